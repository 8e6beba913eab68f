import { formatScore } from '../../lib/quiz/grade.ts';
import { bestAttempts } from '../../lib/progress/merge.ts';
import { browserStorage, parseProgressFile, progressFile, ProgressStore, PROGRESS_KEY } from '../../lib/progress/store.ts';
import { progressSummary } from '../../lib/progress/summary.ts';

const panel = document.querySelector<HTMLElement>('[data-progress-panel]')!;
const strings = Object.fromEntries([...panel.querySelector('template')!.content.querySelectorAll<HTMLElement>('[data-s]')].map((s) => [s.dataset.s!, s.textContent!]));
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
const message = panel.querySelector<HTMLElement>('[data-progress-message]')!;
const store = new ProgressStore(browserStorage());
const rows = [...panel.querySelectorAll<HTMLTableRowElement>('tr[data-module-id]')];

/** Fills the table and the summary from the store. */
function render() {
  const progress = store.read();
  const best = bestAttempts(progress.attempts);
  const modules = rows.map((row) => ({ id: row.dataset.moduleId!, quiz: row.dataset.quizId }));
  for (const row of rows) {
    const attempt = row.dataset.quizId ? best.get(row.dataset.quizId) : undefined;
    const visited = Boolean(progress.visits[row.dataset.moduleId!]);
    row.querySelector('[data-status]')!.textContent = attempt ? strings[attempt.passed ? 'passed' : 'failed']! : strings[visited ? 'visited' : 'notStarted']!;
    row.querySelector('[data-best]')!.textContent = attempt ? formatScore(attempt.score, attempt.max) : '–';
  }
  const summary = progressSummary(progress, modules);
  const el = panel.querySelector<HTMLElement>('[data-progress-summary]')!;
  el.textContent = fill(el.dataset.template!, summary);
}

panel.querySelector('[data-progress-action="export"]')!.addEventListener('click', () => {
  const name = panel.querySelector<HTMLInputElement>('[data-progress-name]')!.value.trim();
  const { filename, text } = progressFile(store.read(), name, new Date());
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  message.textContent = fill(strings.exported!, { file: filename });
});

panel.querySelector<HTMLInputElement>('[data-progress-import]')!.addEventListener('change', async (e) => {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  const parsed = parseProgressFile(await file.text());
  input.value = '';
  if (!parsed.ok) {
    message.textContent = strings[parsed.reason]!;
    return;
  }
  const { result, changes } = store.importProgress(parsed.progress);
  if (!result.ok) {
    message.textContent = strings.quota!;
    return;
  }
  message.textContent = fill(strings.imported!, { visits: changes.visitsAdded, attempts: changes.attemptsAdded, improved: changes.quizzesImproved.length });
  render();
});

// Another tab changed progress: show the same state here.
window.addEventListener('storage', (e) => {
  if (e.key === PROGRESS_KEY) render();
});

render();
