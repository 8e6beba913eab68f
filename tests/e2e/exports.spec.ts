import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { loadQuiz } from '../../src/lib/quiz/load.ts';
import { answerWithKeyboard, checkWithKeyboard, rightAnswer, wrongAnswer } from './quiz-driver.ts';

const quizId = 'wp1-biorisk-management';
const quiz = loadQuiz(process.cwd(), quizId);
const lms = 'http://lms.test';

/** An LMS stand-in: scorm-again's SCORM 1.2 API on window.API, the package in a frame, all served from memory. */
async function openInLms(page: import('@playwright/test').Page, pkg: string, seed = '') {
  const files = unzipSync(readFileSync(join('dist/exports/scorm', pkg)));
  expect(Object.keys(files)).toContain('imsmanifest.xml');
  await page.route(`${lms}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>LMS</title><script src="/scorm12.js"></script>
<script>window.API = new Scorm12API({ autocommit: false, logLevel: 5, lmsCommitUrl: false }); window.commits = 0; API.on('LMSCommit', () => window.commits++); ${seed}</script>
<iframe src="/sco/index.html" title="module" style="width:100%;height:90vh"></iframe></html>`,
      });
    }
    if (path === '/scorm12.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync('node_modules/scorm-again/dist/scorm12.js') });
    const file = files[path.replace(/^\/sco\//, '')];
    if (!file) return route.fulfill({ status: 404, body: 'missing' });
    const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.css') ? 'text/css' : path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
    return route.fulfill({ contentType: type, body: Buffer.from(file) });
  });
  await page.goto(`${lms}/`);
  return page.frameLocator('iframe');
}

test('a SCORM package reports score, status and answers to the LMS, and resumes from them', async ({ page }) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  const frame = await openInLms(page, `en/wp1-biorisk-management.zip`);
  await expect(frame.locator(`biosec-quiz[data-quiz-id="${quizId}"] [data-quiz-action="check"]`)).toBeVisible();
  expect(await page.evaluate(() => (window as any).API.renderCMIToJSONObject().cmi.core.lesson_status)).toBe('incomplete');

  for (const q of quiz.questions) await answerWithKeyboard(frame, quizId, q, rightAnswer(q));
  await checkWithKeyboard(frame, quizId);
  await expect(frame.locator(`biosec-quiz[data-quiz-id="${quizId}"]`)).toHaveAttribute('data-quiz-state', 'passed');

  const cmi = await page.evaluate(() => (window as any).API.renderCMIToJSONObject().cmi);
  expect(cmi.core.lesson_status).toBe('passed');
  expect(cmi.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(JSON.parse(cmi.suspend_data).answers).toMatchObject({ [quiz.questions[0]!.id]: rightAnswer(quiz.questions[0]!) });
  expect(await page.evaluate(() => (window as any).commits)).toBeGreaterThan(0);
  expect(failed).toEqual([]);

  // A new session with that suspend data: the quiz opens as it was left.
  const saved = cmi.suspend_data as string;
  const resumed = await openInLms(page, `en/wp1-biorisk-management.zip`, `API.loadFromJSON({ suspend_data: ${JSON.stringify(saved)} });`);
  await expect(resumed.locator(`biosec-quiz[data-quiz-id="${quizId}"]`)).toHaveAttribute('data-quiz-state', 'passed');
});

test('a failed attempt is reported as failed with its percentage', async ({ page }) => {
  const frame = await openInLms(page, `en/wp1-biorisk-management.zip`);
  for (const q of quiz.questions) await answerWithKeyboard(frame, quizId, q, wrongAnswer(q));
  await checkWithKeyboard(frame, quizId);
  const core = await page.evaluate(() => (window as any).API.renderCMIToJSONObject().cmi.core);
  expect(core.lesson_status).toBe('failed');
  expect(core.score.raw).toBe('0');
});

test('without an LMS the package still works on its own', async ({ page }) => {
  const files = unzipSync(readFileSync('dist/exports/scorm/en/wp1-biorisk-management.zip'));
  await page.route(`${lms}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname.slice(1)];
    return file ? route.fulfill({ body: Buffer.from(file), contentType: route.request().url().endsWith('.html') ? 'text/html' : undefined }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${lms}/index.html`);
  const q = quiz.questions[0]!;
  await answerWithKeyboard(page, quizId, q, rightAnswer(q));
  await checkWithKeyboard(page, quizId);
  await expect(page.locator('[data-quiz-score]')).toHaveText(`1/${quiz.questions.length}`);
});

test('module pages offer their exports, and the files are there', async ({ page, request }) => {
  await page.goto('/modules/wp1/biorisk-management/');
  const links = await page.locator('[data-reuse] a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(links).toEqual(expect.arrayContaining(['/exports/packs/wp1-biorisk-management.zip', `/exports/gift/en/${quizId}.gift.txt`, `/exports/moodle-xml/en/${quizId}.xml`, '/exports/scorm/en/wp1-biorisk-management.zip']));
  for (const href of links) expect((await request.get(href!)).status(), href!).toBe(200);
  const pack = unzipSync(new Uint8Array(await (await request.get('/exports/packs/wp1-biorisk-management.zip')).body()));
  const names = Object.keys(pack);
  expect(names).toEqual(expect.arrayContaining(['ATTRIBUTION.txt', 'LICENSE', 'module/en.mdx', 'module/th.mdx', 'quiz/quiz.yaml', 'quiz/th.yaml']));
  // Every language of the module and of its quiz, nothing else.
  expect(names.every((n) => /^(ATTRIBUTION\.txt|LICENSE|module\/[a-z]+\.mdx|quiz\/(quiz|[a-z]+)\.yaml)$/.test(n))).toBe(true);
  expect(names.filter((n) => n.startsWith('module/')).length).toBe(names.filter((n) => n.startsWith('quiz/') && n !== 'quiz/quiz.yaml').length + 1);
  await page.goto('/th/modules/wp1/biorisk-management/');
  await expect(page.locator('[data-reuse] a[href="/exports/scorm/th/wp1-biorisk-management.zip"]')).toHaveCount(1);
});

test('every built GIFT file parses and every Moodle XML file is well formed, with one question per source question', async () => {
  const { readdirSync } = await import('node:fs');
  const { parse } = await import('gift-pegjs');
  const { XMLValidator } = await import('fast-xml-parser');
  const { exportQuestions } = await import('../../src/lib/exports/flatten.ts');
  const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
  let files = 0;
  for (const lang of readdirSync('dist/exports/gift')) {
    for (const file of readdirSync(join('dist/exports/gift', lang))) {
      const id = file.replace('.gift.txt', '');
      const expected = exportQuestions(loadQuiz(process.cwd(), id).questions).length;
      const questions = (parse(readFileSync(join('dist/exports/gift', lang, file), 'utf8')) as { type: string }[]).filter((q) => q.type !== 'Category');
      expect(questions, `${lang}/${file}`).toHaveLength(expected);
      const xml = readFileSync(join('dist/exports/moodle-xml', lang, `${id}.xml`), 'utf8');
      expect(XMLValidator.validate(xml), `${lang}/${id}.xml`).toBe(true);
      expect(xml.match(/<question type="(?!category)/g)).toHaveLength(expected);
      files++;
    }
  }
  expect(files).toBeGreaterThanOrEqual(manifest.quizzes.length);
});
