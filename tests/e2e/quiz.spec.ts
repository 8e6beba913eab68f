import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadQuiz } from '../../src/lib/quiz/load.ts';
import { questionTypes } from '../../src/schemas/quiz.ts';
import { answerWithKeyboard, checkWithKeyboard, rightAnswer, wrongAnswer } from './quiz-driver.ts';

const quizId = 'wp1-one-health';
const url = '/modules/wp1/one-health-cross-cutting-risks/';
const quiz = loadQuiz(process.cwd(), quizId);
const root = `biosec-quiz[data-quiz-id="${quizId}"]`;

test('the quiz used here covers all six question types', () => {
  expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(questionTypes));
});

for (const type of questionTypes) {
  const q = quiz.questions.find((x) => x.type === type)!;
  for (const [label, answer, score] of [
    ['right', rightAnswer(q), `1/${quiz.questions.length}`],
    ['wrong', wrongAnswer(q), `0/${quiz.questions.length}`],
  ] as const) {
    test(`${type} answered ${label} with the keyboard scores ${score}`, async ({ page }) => {
      await page.goto(url);
      await answerWithKeyboard(page, quizId, q, answer);
      await checkWithKeyboard(page, quizId);
      await expect(page.locator(root)).toHaveAttribute('data-quiz-state', 'failed');
      await expect(page.locator(`${root} [data-quiz-score]`)).toHaveText(score);
      await expect(page.locator(`${root} [data-question-id="${q.id}"] [data-question-result]`)).toHaveText(label === 'right' ? 'Correct' : 'Not correct');
    });
  }
}

test('all right passes; reload keeps the result; retry starts again with the same ids', async ({ page }) => {
  await page.goto(url);
  for (const q of quiz.questions) await answerWithKeyboard(page, quizId, q, rightAnswer(q));
  await checkWithKeyboard(page, quizId);
  const el = page.locator(root);
  await expect(el).toHaveAttribute('data-quiz-state', 'passed');
  await expect(el.locator('[data-quiz-score]')).toHaveText(`${quiz.questions.length}/${quiz.questions.length}`);
  await expect(el.locator('[data-quiz-action="retry"]')).toBeFocused();

  await page.reload();
  await expect(el).toHaveAttribute('data-quiz-state', 'passed');
  await expect(el.locator('[data-quiz-score]')).toHaveText(`${quiz.questions.length}/${quiz.questions.length}`);
  await expect(el.locator('[data-quiz-best]')).toBeVisible();

  const ids = async () => (await el.locator('[data-option-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.optionId))).sort();
  const before = await ids();
  await page.keyboard.press('Tab'); // focus moves on from the restored state; retry is reached by keyboard below
  await el.locator('[data-quiz-action="retry"]').focus();
  await page.keyboard.press('Enter');
  await expect(el).toHaveAttribute('data-quiz-state', 'unanswered');
  await expect(el.locator('input:checked')).toHaveCount(0);
  await expect(el.locator('input:disabled')).toHaveCount(0);
  expect(await ids()).toEqual(before);
  await expect(el.locator('[data-quiz-action="check"]')).toBeVisible();
});

test('feedback is announced through a live region and axe finds nothing with feedback shown', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(url);
  for (const q of quiz.questions) await answerWithKeyboard(page, quizId, q, wrongAnswer(q));
  await checkWithKeyboard(page, quizId);
  const live = page.locator(`${root} [aria-live="polite"][data-quiz-result]`);
  await expect(live).toContainText('Not passed yet');
  await expect(page.locator(`${root} [data-feedback]:visible`).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('ordering moves are announced and keep focus on the button', async ({ page }) => {
  await page.goto(url);
  const q = quiz.questions.find((x) => x.type === 'ordering')!;
  const second = page.locator(`${root} [data-question-id="${q.id}"] [data-ordering] > li`).nth(1);
  const text = await second.locator('.text').textContent();
  const up = second.locator('[data-move="up"]');
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`${root} [data-question-id="${q.id}"] [data-ordering] > li`).first().locator('.text')).toHaveText(text!);
  await expect(page.locator(`${root} [data-question-id="${q.id}"] [data-ordering] > li`).first().locator('[data-move="up"]')).toBeFocused();
  await expect(page.locator(`${root} [data-quiz-announce]`)).toContainText('position 1');
});

test('trainer view shows answer keys and is remembered', async ({ page }) => {
  await page.goto(url);
  const key = page.locator(`${root} [data-answer-key]`).first();
  await expect(key).toBeHidden();
  await page.locator('[data-trainer-view-toggle]').focus();
  await page.keyboard.press('Space');
  await expect(key).toBeVisible();
  await expect(page.locator('details[data-trainer-notes]').first()).toHaveAttribute('open', '');
  await page.reload();
  await expect(key).toBeVisible();
  await expect(page.locator('[data-trainer-view-control]')).toContainText('not a secret');
});

test('print: a worksheet for learners, an answer key in trainer view', async ({ page }) => {
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  const matching = quiz.questions.find((q) => q.type === 'matching')!;
  const el = page.locator(`${root} [data-question-id="${matching.id}"]`);
  await expect(el.locator('.print-options')).toBeVisible();
  await expect(el.locator('select').first()).toBeHidden();
  await expect(page.locator(`${root} [data-answer-key]`).first()).toBeHidden();
  await expect(page.locator(`${root} [data-quiz-action="check"]`)).toBeHidden();
  await expect(page.locator('.sidebar-pane, header').first()).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await page.locator('[data-trainer-view-toggle]').check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`${root} [data-answer-key]`).first()).toBeVisible();
  await expect(page.locator(`${root} [data-explanation]`).first()).toBeVisible();
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the quiz is readable: every question, option and case text is in the page', async ({ page }) => {
    await page.goto(url);
    for (const q of quiz.questions) await expect(page.locator(`${root} [data-question-id="${q.id}"] legend`).first()).toBeVisible();
    await expect(page.locator(`${root} form input`).first()).toBeVisible();
    await expect(page.locator(`${root} [data-quiz-action="check"]`)).toBeHidden();
    await expect(page.locator(`${root} [data-answer-key]`).first()).toBeHidden();
  });
});

test('every quiz on the site passes with its own answer key', async ({ page, request }) => {
  test.setTimeout(120_000);
  const manifest = await (await request.get('/manifest.json')).json();
  const modules = manifest.pages.filter((p: { quiz: string | null; translation: string }) => p.quiz && p.translation === 'source');
  expect(modules.length).toBe(manifest.quizzes.length);
  for (const m of modules) {
    const q = loadQuiz(process.cwd(), m.quiz);
    await page.goto(m.url);
    for (const question of q.questions) await answerWithKeyboard(page, q.id, question, rightAnswer(question));
    await checkWithKeyboard(page, q.id);
    await expect(page.locator(`biosec-quiz[data-quiz-id="${q.id}"]`), m.url).toHaveAttribute('data-quiz-state', 'passed');
    await expect(page.locator(`biosec-quiz[data-quiz-id="${q.id}"] [data-quiz-score]`)).toHaveText(`${q.questions.length}/${q.questions.length}`);
  }
});
