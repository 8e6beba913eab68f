import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadQuiz } from '../../src/lib/quiz/load.ts';
import { answerWithKeyboard, checkWithKeyboard, rightAnswer } from './quiz-driver.ts';

const quizId = 'wp1-biorisk-management';
const moduleUrl = '/modules/wp1/biorisk-management/';
const quiz = loadQuiz(process.cwd(), quizId);

async function passQuiz(page: import('@playwright/test').Page) {
  await page.goto(moduleUrl);
  for (const q of quiz.questions) await answerWithKeyboard(page, quizId, q, rightAnswer(q));
  await checkWithKeyboard(page, quizId);
  await expect(page.locator(`biosec-quiz[data-quiz-id="${quizId}"]`)).toHaveAttribute('data-quiz-state', 'passed');
}

const row = (page: import('@playwright/test').Page) => page.locator(`tr[data-module-id="modules/wp1/biorisk-management"]`);

test('export, clear storage, import: progress comes back', async ({ page }, testInfo) => {
  await passQuiz(page);
  await page.goto('/progress/');
  await expect(row(page).locator('[data-status]')).toHaveText('Quiz passed');
  await page.locator('input[data-progress-name]').fill('Dara Sok');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-progress-action="export"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^biosec-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'biosec-hub-progress', version: 1, learner: 'Dara Sok' });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(row(page).locator('[data-status]')).toHaveText('Not started');

  await page.locator('input[type=file][data-progress-import]').setInputFiles(file);
  await expect(page.locator('[data-progress-message]')).toContainText('Imported');
  await expect(row(page).locator('[data-status]')).toHaveText('Quiz passed');
  await expect(row(page).locator('[data-best]')).toHaveText(`${quiz.questions.length}/${quiz.questions.length}`);
});

test('a bad import file is refused with the reason and nothing is lost', async ({ page }) => {
  await passQuiz(page);
  await page.goto('/progress/');
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('biosec-hub:progress')!).visits.progress)).toBeTruthy();
  const before = await page.evaluate(() => localStorage.getItem('biosec-hub:progress'));
  await page.locator('input[type=file][data-progress-import]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.locator('[data-progress-message]')).toHaveText('This JSON file is not a BIOSEC Hub progress export. Nothing was changed.');
  await page.locator('input[type=file][data-progress-import]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(page.locator('[data-progress-message]')).toContainText('it is not JSON');
  expect(await page.evaluate(() => localStorage.getItem('biosec-hub:progress'))).toBe(before);
});

test('corrupt saved progress is set aside with a notice and the page keeps working', async ({ page }) => {
  await page.goto('/');
  // Let the home page record its visit first, so the corrupt value is met by the next page.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('biosec-hub:progress'))).not.toBeNull();
  await page.evaluate(() => localStorage.setItem('biosec-hub:progress', '{"version": 1, "visits": [oops'));
  await page.goto(moduleUrl);
  await expect(page.locator('[data-progress-notice]')).toBeVisible();
  await expect(page.locator('[data-progress-notice]')).toContainText('backup copy');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('biosec-hub:progress:backup:'))).toBe(true);
  await page.locator('site-search button[data-open-modal]').click();
  await expect(page.getByRole('dialog').getByRole('textbox')).toBeVisible();
});

test('two open tabs stay in step', async ({ context }) => {
  const progressTab = await context.newPage();
  await progressTab.goto('/progress/');
  await expect(row(progressTab).locator('[data-status]')).toHaveText('Not started');
  const quizTab = await context.newPage();
  await passQuiz(quizTab);
  await expect(row(progressTab).locator('[data-status]')).toHaveText('Quiz passed');
  await expect(progressTab.locator('[data-progress-summary]')).toContainText('1 quizzes passed');
});

test('the progress page exists in every locale with its interface in that language', async ({ page }) => {
  await page.goto('/th/progress/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(page.locator('[data-progress-action="export"]')).not.toHaveText('Export my progress');
});
