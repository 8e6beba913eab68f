import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { readYaml } from '../../src/lib/content/yaml.ts';
import { progressFile } from '../../src/lib/progress/store.ts';
import { loadQuiz } from '../../src/lib/quiz/load.ts';
import { answerWithKeyboard, checkWithKeyboard, rightAnswer, wrongAnswer } from './quiz-driver.ts';

const track = readYaml(readFileSync('src/content/tracks/wp1-awareness.yaml', 'utf8')) as { title: string; days: { sessions: { pages: string[] }[] }[] };
const pages: string[] = [...new Set(track.days.flatMap((d) => d.sessions.flatMap((s) => s.pages)))];

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  return { pages: totalPages, text };
}

async function completeTrack(page: Page) {
  for (const id of pages) {
    await page.goto(`/${id}/`);
    const quizEl = page.locator('biosec-quiz');
    if (await quizEl.count()) {
      const quizId = (await quizEl.getAttribute('data-quiz-id'))!;
      for (const q of loadQuiz(process.cwd(), quizId).questions) await answerWithKeyboard(page, quizId, q, rightAnswer(q));
      await checkWithKeyboard(page, quizId);
      await expect(quizEl).toHaveAttribute('data-quiz-state', 'passed');
    }
    // The visit is recorded when the page is idle.
    await expect.poll(() => page.evaluate((pid) => Boolean(JSON.parse(localStorage.getItem('biosec-hub:progress') ?? '{"visits":{}}').visits[pid]), id)).toBe(true);
  }
}

test('a learner completes a track with the keyboard: progress reaches 100% and the certificate prints with their name and scores', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/tracks/wp1-awareness/');
  await expect(page.locator('[data-track-progress] progress')).toHaveAttribute('value', '0');
  await completeTrack(page);

  await page.goto('/tracks/wp1-awareness/');
  await expect(page.locator('[data-track-progress] progress')).toHaveJSProperty('value', 100);
  await expect(page.locator('[data-track-progress-text]')).toHaveText(`${pages.length} of ${pages.length} pages read, 4 of 4 quizzes passed.`);
  await expect(page.locator('[data-track-page] [data-done-mark]:visible')).toHaveCount(pages.length);
  await expect(page.locator('#starlight__sidebar a[href="/modules/wp1/biorisk-management/"][data-done]')).toHaveCount(1);

  await page.goto('/tracks/wp1-awareness/certificate/');
  await page.locator('[data-certificate-name]').focus();
  await page.keyboard.type('Dara Sok');
  await expect(page.locator('[data-certificate-learner]')).toHaveText('Dara Sok');
  await expect(page.locator('[data-certificate-scores] li')).toHaveCount(4);
  await expect(page.locator('[data-certificate-scores] li').first()).toContainText('9/9');
  await expect(page.locator('[data-certificate-code]')).toHaveText(/^BSH-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await page.emulateMedia({ media: 'print' });
  const { pages: n, text } = await pdfText(await page.pdf({ format: 'A4' }));
  expect(n).toBeGreaterThan(0);
  expect(text).toContain('Dara Sok');
  expect(text).toContain('self-attested');
  expect(text).toContain(track.title);
});

test('the certificate is not offered before the track is complete, and says what is left', async ({ page }) => {
  await page.goto('/tracks/wp1-awareness/certificate/');
  await expect(page.locator('[data-certificate-missing]')).toBeVisible();
  await expect(page.locator('[data-certificate-todo] li')).toHaveCount(pages.length);
  await expect(page.locator('[data-certificate-ready]')).toBeHidden();
});

test('module pages in a track link the previous and next pages of the track', async ({ page }) => {
  await page.goto('/modules/wp1/one-health-cross-cutting-risks/');
  const nav = page.locator('[data-track-nav] p').filter({ has: page.locator('a[href="/tracks/wp1-awareness/"]') });
  await expect(nav.locator('a[rel="prev"]').first()).toHaveAttribute('href', '/modules/wp1/biorisk-management/');
  await expect(nav.locator('a[rel="next"]').first()).toHaveAttribute('href', '/modules/wp1/dual-use-research/');
});

for (const kit of ['facilitator-guide', 'learner-handout']) {
  test(`the ${kit} prints to PDF with pages and no navigation text`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/tracks/foundation/${kit}/`);
    await page.emulateMedia({ media: 'print' });
    const { pages: n, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    expect(n).toBeGreaterThan(5);
    for (const nav of ['Skip to content', 'Select theme', 'Select language', 'On this page', 'Start here']) expect(text, nav).not.toContain(nav);
    expect(text).toContain('BIOSEC foundation');
    if (kit === 'facilitator-guide') {
      expect(text).toContain('Notes for trainers');
      expect(text).toContain('Answer:');
    } else {
      expect(text).not.toContain('Answer:');
      expect(text).toContain('Glossary of this track');
    }
  });
}

test('the trainer dashboard loads three files: one hostile, one malformed; no script runs; CSV is right', async ({ page }, testInfo) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const quiz = loadQuiz(process.cwd(), 'wp1-biorisk-management');
  const answers = (right: boolean) => Object.fromEntries(quiz.questions.map((q) => [q.id, right ? rightAnswer(q) : wrongAnswer(q)]));
  const attempt = (score: number, passed: boolean, right: boolean) => ({ quiz: quiz.id, score, max: quiz.questions.length, passed, time: '2026-11-20T10:00:00.000Z', answers: answers(right) });
  const progress = (a: object) => ({ version: 1, visits: { 'modules/wp1/biorisk-management': { first: '2026-11-20T09:00:00.000Z', last: '2026-11-20T10:00:00.000Z' } }, attempts: [a] });
  const hostile = '<img src=x onerror=alert(1)>';
  const files = [
    { name: 'dara.json', mimeType: 'application/json', buffer: Buffer.from(progressFile(progress(attempt(9, true, true)) as never, 'Dara Sok', new Date()).text) },
    { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(progressFile(progress(attempt(0, false, false)) as never, hostile, new Date()).text) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "biosec-hub-progress", "version": 1,') },
  ];
  await page.goto('/dashboard/');
  await expect(page.getByText('Nothing leaves this browser')).toBeVisible();
  await page.locator('input[type=file][data-dashboard-input]').setInputFiles(files);
  await expect(page.locator('table[data-dashboard-table] tr[data-learner]')).toHaveCount(2);
  await expect(page.locator('[data-dashboard-errors] li')).toHaveCount(1);
  await expect(page.locator('[data-dashboard-errors] li')).toContainText('broken.json');
  await expect(page.locator('table[data-dashboard-table] th[scope="row"]').nth(1)).toHaveText(hostile);
  expect(await page.locator('table[data-dashboard-table] img').count()).toBe(0);
  await expect(page.locator(`td[data-quiz="${quiz.id}"]`).first()).toHaveText('9/9 ✓');
  // One learner right, one wrong on every question: each question at 50%.
  const shares = await page.locator(`[data-dashboard-difficulty] tr[data-question^="${quiz.id}/"] td[data-share]`).evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.share));
  expect(shares).toHaveLength(quiz.questions.length);
  expect(new Set(shares)).toEqual(new Set(['0.5']));

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-dashboard-action="csv"]').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(`learner,${quiz.id} score,${quiz.id} max,${quiz.id} passed`);
  expect(csv).toContain(`Dara Sok,9,${quiz.questions.length},yes`);
  expect(csv).toContain(`${hostile},0,${quiz.questions.length},no`);
  expect(dialogs).toBe(0);
  void testInfo;
});

for (const url of ['/tracks/foundation/', '/dashboard/', '/tracks/foundation/certificate/', '/tracks/foundation/learner-handout/', '/tracks/wp1-awareness/facilitator-guide/', '/tracks/foundation/evaluation/']) {
  test(`axe finds nothing on ${url}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(url);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('a translated track page shows the track in its language', async ({ page }) => {
  const th = readYaml(readFileSync('src/content/tracks/translations/th/foundation.yaml', 'utf8')) as { title: string; days: { title: string }[] };
  await page.goto('/th/tracks/foundation/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(page.locator('[data-track] h3').first()).toHaveText(th.days[0].title);
  await expect(page.locator('[data-translation-state="draft"]')).toBeVisible();
});
