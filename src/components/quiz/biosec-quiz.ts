import { formatScore, gradeQuiz, scenarioPath, type Answer, type Answers } from '../../lib/quiz/grade.ts';
import type { QuizKey } from '../../lib/quiz/key.ts';
import { shuffle } from '../../lib/quiz/shuffle.ts';
import type { ScenarioQuestion } from '../../schemas/quiz.ts';

/** Where attempts are kept: the progress store on the site, the LMS inside a SCORM package. */
export interface QuizPersistence {
  lastAnswers(quizId: string): Promise<Answers | undefined>;
  best(quizId: string): Promise<{ score: number; max: number; time: string } | undefined>;
  save(attempt: { quiz: string; score: number; max: number; passed: boolean; answers: Answers }): Promise<'ok' | 'quota'>;
  /** Calls back when another tab or window changed what is kept. */
  onChange?(callback: () => void): void;
}

const $$ = <E extends Element = HTMLElement>(root: ParentNode, selector: string) => [...root.querySelectorAll<E & Element>(selector)] as E[];

/** The interactive layer over the server-rendered quiz: answer, check, feedback, score, retry. */
export class BiosecQuiz extends HTMLElement {
  /** Set before `customElements.define` (see quiz-web.ts and the SCORM entry). */
  static persistence: QuizPersistence;

  private key!: QuizKey;
  private strings: Record<string, string> = {};

  connectedCallback() {
    this.key = JSON.parse(this.querySelector('[data-quiz-key]')!.textContent!);
    for (const s of $$(this.querySelector('template')!.content, '[data-s]')) this.strings[s.dataset.s!] = s.textContent!;
    for (const el of $$(this, '[data-quiz-action="check"], [data-move]')) el.hidden = false;
    this.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('change', (e) => this.onChange(e));
    // Another tab saved an attempt: keep the best result shown here in step.
    BiosecQuiz.persistence.onChange?.(() => void this.showBest());
    if (this.key.shuffle) this.shuffleChoices();
    for (const q of this.scenarios()) this.showScenarioPath(q);
    void this.restore();
  }

  private question(id: string) {
    return this.querySelector<HTMLElement>(`[data-question-id="${id}"]`)!;
  }

  private scenarios() {
    return this.key.questions.filter((q): q is ScenarioQuestion => q.type === 'scenario');
  }

  private onClick(e: Event) {
    const target = (e.target as Element).closest('button');
    if (!target) return;
    const action = target.dataset.quizAction;
    if (action === 'check') this.check(true);
    else if (action === 'retry') this.retry();
    else if (target.dataset.move) this.move(target);
  }

  private onChange(e: Event) {
    const step = (e.target as Element).closest('[data-step-id]');
    const question = step?.closest<HTMLElement>('[data-question-id]');
    const q = this.scenarios().find((s) => s.id === question?.dataset.questionId);
    if (q) this.showScenarioPath(q);
  }

  /** Moves an ordering item one place and keeps focus on the same button, so keyboard users can keep pressing. */
  private move(button: HTMLButtonElement) {
    const item = button.closest('li')!;
    const list = item.parentElement!;
    const up = button.dataset.move === 'up';
    const sibling = up ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) return;
    if (up) sibling.before(item);
    else sibling.after(item);
    list.dataset.moved = '';
    button.focus();
    const position = [...list.children].indexOf(item) + 1;
    this.announce(this.fill('moved', { item: item.querySelector('.text')!.textContent!, position, total: list.children.length }));
  }

  private fill(name: string, values: Record<string, string | number>) {
    return this.strings[name]!.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
  }

  private announce(text: string) {
    this.querySelector<HTMLElement>('[data-quiz-announce]')!.textContent = text;
  }

  /** Shows the steps reached by the choices made so far, and the outcome once a path ends. */
  private showScenarioPath(q: ScenarioQuestion) {
    const el = this.question(q.id);
    const path = scenarioPath(q, this.readScenario(q, el));
    const reached = new Set([q.start, ...path.map(({ step, choice }) => q.steps.find((s) => s.id === step)!.options.find((o) => o.id === choice)!.next)]);
    for (const step of $$(el, '[data-step-id]')) step.hidden = !reached.has(step.dataset.stepId!);
    const last = path.at(-1);
    const outcome = last && q.steps.find((s) => s.id === last.step)!.options.find((o) => o.id === last.choice)!.outcome;
    for (const o of $$(el, '[data-outcome-id]')) o.hidden = o.dataset.outcomeId !== outcome;
  }

  private readScenario(q: ScenarioQuestion, el: HTMLElement): string[] {
    const choices: string[] = [];
    let stepId: string | undefined = q.start;
    while (stepId) {
      const checked: HTMLInputElement | null = el.querySelector<HTMLInputElement>(`[data-step-id="${stepId}"] input:checked`);
      if (!checked) break;
      choices.push(checked.value);
      const value: string = checked.value;
      stepId = q.steps.find((s) => s.id === stepId)!.options.find((o) => o.id === value)?.next;
      if (choices.length > q.steps.length) break;
    }
    return choices;
  }

  private readAnswers(): Answers {
    const answers: Answers = {};
    for (const q of this.key.questions) {
      const el = this.question(q.id);
      const checked = $$<HTMLInputElement>(el, 'input:checked').map((i) => i.value);
      let answer: Answer | undefined;
      switch (q.type) {
        case 'single':
          answer = checked[0];
          break;
        case 'true-false':
          answer = checked[0] === undefined ? undefined : checked[0] === 'true';
          break;
        case 'multiple':
          answer = checked.length ? checked : undefined;
          break;
        case 'ordering':
          // The first order is the quiz's, not the learner's: untouched, the question is unanswered and earns nothing.
          answer = el.querySelector<HTMLElement>('[data-ordering]')!.hasAttribute('data-moved') ? $$(el, '[data-ordering] > li').map((li) => li.dataset.optionId!) : undefined;
          break;
        case 'matching': {
          const pairs = Object.fromEntries($$<HTMLSelectElement>(el, 'select[data-match-id]').filter((s) => s.value).map((s) => [s.dataset.matchId!, s.value]));
          answer = Object.keys(pairs).length ? pairs : undefined;
          break;
        }
        case 'scenario': {
          const choices = this.readScenario(q, el);
          answer = choices.length ? choices : undefined;
          break;
        }
      }
      answers[q.id] = answer;
    }
    return answers;
  }

  private writeAnswers(answers: Answers) {
    for (const q of this.key.questions) {
      const el = this.question(q.id);
      const a = answers[q.id];
      if (a === undefined) continue;
      if (q.type === 'ordering' && Array.isArray(a)) {
        const list = el.querySelector<HTMLElement>('[data-ordering]')!;
        list.dataset.moved = '';
        for (const id of a) {
          const li = list.querySelector(`[data-option-id="${id}"]`);
          if (li) list.append(li);
        }
      } else if (q.type === 'matching' && typeof a === 'object' && !Array.isArray(a)) {
        for (const s of $$<HTMLSelectElement>(el, 'select[data-match-id]')) s.value = (a as Record<string, string>)[s.dataset.matchId!] ?? '';
      } else if (q.type === 'scenario' && Array.isArray(a)) {
        scenarioPath(q, a).forEach(({ step, choice }) => {
          const input = el.querySelector<HTMLInputElement>(`[data-step-id="${step}"] input[value="${choice}"]`);
          if (input) input.checked = true;
        });
        this.showScenarioPath(q);
      } else {
        const values = Array.isArray(a) ? a : [String(a)];
        for (const input of $$<HTMLInputElement>(el, 'input')) input.checked = values.includes(input.value);
      }
    }
  }

  /** Grades, shows feedback per option and per question, the score and pass or fail, and saves the attempt. */
  private check(save: boolean) {
    const answers = this.readAnswers();
    const result = gradeQuiz(this.key, answers);
    for (const q of this.key.questions) {
      const el = this.question(q.id);
      const r = result.questions.find((x) => x.id === q.id)!;
      const verdict = el.querySelector<HTMLElement>('[data-question-result]')!;
      const kind = !r.answered ? 'notAnswered' : r.correct ? 'correct' : r.score > 0 ? 'partial' : 'incorrect';
      verdict.hidden = false;
      verdict.dataset.result = kind === 'correct' ? 'correct' : kind === 'partial' ? 'partial' : 'incorrect';
      verdict.textContent = this.strings[kind]!;
      this.markOptions(q, el);
    }
    this.dataset.quizState = result.passed ? 'passed' : 'failed';
    this.querySelector('[data-quiz-score]')!.textContent = formatScore(result.score, result.max);
    this.querySelector('[data-quiz-verdict]')!.textContent = this.strings[result.passed ? 'passed' : 'failed']!;
    this.querySelector<HTMLElement>('[data-quiz-summary]')!.hidden = false;
    for (const input of $$<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(this, 'form input, form select, [data-move]')) input.disabled = true;
    this.querySelector<HTMLElement>('[data-quiz-action="check"]')!.hidden = true;
    const retry = this.querySelector<HTMLElement>('[data-quiz-action="retry"]')!;
    retry.hidden = false;
    if (save) {
      retry.focus();
      void this.save({ quiz: this.key.id, score: result.score, max: result.max, passed: result.passed, answers });
    }
  }

  /** Marks each chosen option right or wrong (in words, not colour alone) and shows its feedback. */
  private markOptions(q: QuizKey['questions'][number], el: HTMLElement) {
    const right = (li: HTMLElement, step?: string): boolean => {
      const id = li.dataset.optionId!;
      if (q.type === 'single') return q.correct === id;
      if (q.type === 'multiple') return q.correct.includes(id);
      if (q.type === 'true-false') return String(q.correct) === id;
      if (q.type === 'scenario') return q.steps.find((s) => s.id === step)?.correct === id;
      return false;
    };
    for (const li of $$(el, 'li[data-option-id]')) {
      const input = li.querySelector<HTMLInputElement>('input');
      if (!input?.checked) continue;
      const ok = right(li, li.closest<HTMLElement>('[data-step-id]')?.dataset.stepId);
      li.dataset.result = ok ? 'correct' : 'incorrect';
      const feedback = li.querySelector<HTMLElement>('[data-feedback]');
      if (feedback) {
        feedback.hidden = false;
        feedback.dataset.verdict = this.strings[ok ? 'correct' : 'incorrect'];
        if (!feedback.querySelector('strong')) feedback.prepend(Object.assign(document.createElement('strong'), { textContent: `${this.strings[ok ? 'correct' : 'incorrect']}: ` }));
      }
    }
  }

  private retry() {
    for (const el of $$(this, '[data-feedback], [data-question-result]')) el.hidden = true;
    for (const li of $$(this, '[data-result]')) delete li.dataset.result;
    for (const s of $$(this, 'strong')) if (s.parentElement?.hasAttribute('data-feedback')) s.remove();
    for (const input of $$<HTMLInputElement>(this, 'form input')) {
      input.checked = false;
      input.disabled = false;
    }
    for (const s of $$<HTMLSelectElement>(this, 'form select')) {
      s.value = '';
      s.disabled = false;
    }
    for (const b of $$<HTMLButtonElement>(this, '[data-move]')) b.disabled = false;
    for (const list of $$(this, '[data-ordering]')) delete list.dataset.moved;
    if (this.key.shuffle) this.shuffleChoices();
    for (const q of this.scenarios()) this.showScenarioPath(q);
    this.dataset.quizState = 'unanswered';
    this.querySelector<HTMLElement>('[data-quiz-summary]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-quiz-action="retry"]')!.hidden = true;
    const check = this.querySelector<HTMLElement>('[data-quiz-action="check"]')!;
    check.hidden = false;
    this.querySelector<HTMLElement>('form input, form select, [data-move]')?.focus();
  }

  /** New option order (ids unchanged); ordering items are reshuffled too, so a retry is not a replay. */
  private shuffleChoices() {
    for (const list of $$(this, '.choices, [data-ordering]')) {
      const items = shuffle([...list.children]);
      list.append(...items);
    }
  }

  private async save(attempt: Parameters<QuizPersistence['save']>[0]) {
    const result = await BiosecQuiz.persistence.save(attempt);
    if (result === 'quota') this.announce(this.strings.quota!);
    else void this.showBest();
  }

  /** After a reload, shows the last attempt as it was checked, and the best result so far. */
  private async restore() {
    const last = await BiosecQuiz.persistence.lastAnswers(this.key.id);
    if (last && this.dataset.quizState === 'unanswered') {
      this.writeAnswers(last);
      this.check(false);
    }
    void this.showBest();
  }

  private async showBest() {
    const best = await BiosecQuiz.persistence.best(this.key.id);
    const el = this.querySelector<HTMLElement>('[data-quiz-best]')!;
    if (!best) return;
    el.hidden = false;
    el.textContent = this.fill('best', { score: formatScore(best.score, best.max), date: new Date(best.time).toLocaleDateString(document.documentElement.lang) });
  }
}
