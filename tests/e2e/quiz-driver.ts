import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Answer } from '../../src/lib/quiz/grade.ts';
import { bestScenarioChoices } from '../../src/lib/quiz/grade.ts';
import type { Question, ScenarioQuestion } from '../../src/schemas/quiz.ts';

/** The answer key of a question, in the shape the grader takes. */
export function rightAnswer(q: Question): Answer {
  return q.type === 'scenario' ? bestScenarioChoices(q) : q.correct;
}

/** A fully wrong answer: every choice differs from the key (reversed order, shifted pairs, poor scenario choices). */
export function wrongAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return q.options.find((o) => o.id !== q.correct)!.id;
    case 'multiple':
      return [q.options.find((o) => !q.correct.includes(o.id))!.id];
    case 'true-false':
      return !q.correct;
    case 'ordering':
      return [...q.correct].reverse();
    case 'matching': {
      const lefts = Object.keys(q.correct);
      return Object.fromEntries(lefts.map((l) => [l, q.right.find((r) => r.id !== q.correct[l])!.id]));
    }
    case 'scenario':
      return poorScenarioChoices(q);
  }
}

function poorScenarioChoices(q: ScenarioQuestion): string[] {
  const choices: string[] = [];
  let step = q.steps.find((s) => s.id === q.start);
  while (step) {
    const option = step.options.find((o) => o.id !== step!.correct)!;
    choices.push(option.id);
    step = option.next ? q.steps.find((s) => s.id === option.next) : undefined;
  }
  return choices;
}

async function press(target: Locator, key: string) {
  await target.focus();
  await target.page().keyboard.press(key);
}

/** Answers one question with the keyboard only: Space on radios and checkboxes, Enter on move buttons, arrow keys in selects. */
/** `scope` is the page, or a frame inside it (a SCORM package in an LMS frame). */
export async function answerWithKeyboard(scope: Page | FrameLocator, quizId: string, q: Question, answer: Answer) {
  const el = scope.locator(`biosec-quiz[data-quiz-id="${quizId}"] [data-question-id="${q.id}"]`);
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      for (const value of Array.isArray(answer) ? answer : [String(answer)]) await press(el.locator(`input[value="${value}"]`), 'Space');
      break;
    case 'ordering': {
      const target = answer as string[];
      let moves = 0;
      for (let i = 0; i < target.length; i++) {
        const ids = await el.locator('[data-ordering] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.optionId));
        const up = el.locator(`[data-option-id="${target[i]}"] [data-move="up"]`);
        for (let p = ids.indexOf(target[i]); p > i; p--, moves++) await press(up, 'Enter');
      }
      // Already in the wanted order: a learner who agrees with it still has to touch the list once to answer.
      if (moves === 0) {
        await press(el.locator(`[data-option-id="${target[0]}"] [data-move="down"]`), 'Enter');
        await press(el.locator(`[data-option-id="${target[0]}"] [data-move="up"]`), 'Enter');
      }
      break;
    }
    case 'matching':
      for (const [left, right] of Object.entries(answer as Record<string, string>)) {
        const select = el.locator(`select[data-match-id="${left}"]`);
        const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        await select.focus();
        for (let i = 0; i < values.indexOf(right); i++) await select.page().keyboard.press('ArrowDown');
      }
      break;
    case 'scenario': {
      let stepId: string | undefined = q.start;
      for (const choice of answer as string[]) {
        await press(el.locator(`[data-step-id="${stepId}"] input[value="${choice}"]`), 'Space');
        stepId = q.steps.find((s) => s.id === stepId)!.options.find((o) => o.id === choice)!.next;
      }
      break;
    }
  }
}

/** Presses the check button with the keyboard. */
export async function checkWithKeyboard(scope: Page | FrameLocator, quizId: string) {
  await press(scope.locator(`biosec-quiz[data-quiz-id="${quizId}"] [data-quiz-action="check"]`), 'Enter');
}
