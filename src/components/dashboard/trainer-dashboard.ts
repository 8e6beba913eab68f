import { classTable, questionDifficulty, readLearnerFiles, toCsv, type Learner, type LearnerFile } from '../../lib/dashboard/summary.ts';
import type { QuizKey } from '../../lib/quiz/key.ts';
import { formatScore } from '../../lib/quiz/grade.ts';

const root = document.querySelector<HTMLElement>('[data-dashboard]')!;
const { quizzes, reasons } = JSON.parse(root.querySelector('[data-dashboard-data]')!.textContent!) as { quizzes: { id: string; title: string; key: QuizKey }[]; reasons: Record<string, string> };
const input = root.querySelector<HTMLInputElement>('[data-dashboard-input]')!;
const drop = root.querySelector<HTMLElement>('[data-dashboard-drop]')!;
let learners: Learner[] = [];

// Every value from a file goes in through textContent, so a hostile name stays text.
const el = (tag: string, text = '', attrs: Record<string, string> = {}) => {
  const e = document.createElement(tag);
  e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

function render() {
  const shown = quizzes.filter((q) => learners.some((l) => l.progress.attempts.some((a) => a.quiz === q.id)));
  const table = classTable(learners, shown.map((q) => q.id));
  const head = root.querySelector('[data-dashboard-table] thead tr')!;
  head.replaceChildren(el('th', head.firstElementChild!.textContent!, { scope: 'col' }), ...shown.map((q) => el('th', q.title, { scope: 'col', 'data-quiz': q.id })));
  root.querySelector('[data-dashboard-table] tbody')!.replaceChildren(
    ...table.map((row) => {
      const tr = el('tr', '', { 'data-learner': row.learner });
      tr.append(el('th', row.learner, { scope: 'row' }));
      row.cells.forEach((c, i) => tr.append(el('td', c ? `${formatScore(c.score, c.max)}${c.passed ? ' ✓' : ''}` : '–', { 'data-quiz': shown[i]!.id, 'data-passed': String(Boolean(c?.passed)) })));
      return tr;
    }),
  );
  const difficulty = questionDifficulty(learners, shown.map((q) => q.key)).filter((d) => d.answered > 0);
  root.querySelector('[data-dashboard-difficulty] tbody')!.replaceChildren(
    ...difficulty
      .sort((a, b) => a.correctShare - b.correctShare)
      .map((d) => {
        const tr = el('tr', '', { 'data-question': `${d.quiz}/${d.question}` });
        tr.append(el('th', `${quizzes.find((q) => q.id === d.quiz)!.title} · ${d.question}`, { scope: 'row' }), el('td', `${Math.round(d.correctShare * 100)}%`, { 'data-share': String(d.correctShare) }), el('td', String(d.answered)));
        return tr;
      }),
  );
  root.querySelector<HTMLElement>('[data-dashboard-results]')!.hidden = learners.length === 0;
}

async function load(files: File[]) {
  const read: LearnerFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  const result = readLearnerFiles(read);
  learners = [...learners, ...result.learners];
  const errors = root.querySelector('[data-dashboard-errors]')!;
  errors.append(...result.rejected.map((r) => el('li', `${r.file}: ${reasons[r.reason]}`)));
  root.querySelector<HTMLElement>('[data-dashboard-rejected]')!.hidden = errors.children.length === 0;
  const status = root.querySelector<HTMLElement>('[data-dashboard-status]')!;
  status.textContent = status.dataset.template!.replace('{{count}}', String(learners.length));
  render();
}

input.addEventListener('change', () => void load([...(input.files ?? [])]));
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.dataset.over = '';
});
drop.addEventListener('dragleave', () => delete drop.dataset.over);
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  delete drop.dataset.over;
  void load([...(e.dataTransfer?.files ?? [])]);
});

root.querySelector('[data-dashboard-action="csv"]')!.addEventListener('click', () => {
  const shown = quizzes.filter((q) => learners.some((l) => l.progress.attempts.some((a) => a.quiz === q.id)));
  const rows = classTable(learners, shown.map((q) => q.id));
  const csv = toCsv([['learner', ...shown.flatMap((q) => [`${q.id} score`, `${q.id} max`, `${q.id} passed`])], ...rows.map((r) => [r.learner, ...r.cells.flatMap((c) => (c ? [c.score, c.max, c.passed ? 'yes' : 'no'] : ['', '', '']))])]);
  const a = el('a', '', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), download: `biosec-class-${new Date().toISOString().slice(0, 10)}.csv` }) as HTMLAnchorElement;
  document.body.append(a);
  a.click();
  a.remove();
});
