import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { loadQuiz } from '../../src/lib/quiz/load.ts';
import { answerWithKeyboard, checkWithKeyboard, rightAnswer } from './quiz-driver.ts';

const usb = resolve('dist-usb');
const url = (path: string) => pathToFileURL(join(usb, path)).href;

/** Like a stick in a computer with no network: anything that is not a local file fails. */
async function offline(page: Page) {
  const problems: string[] = [];
  await page.route((u) => u.protocol !== 'file:', (route) => {
    problems.push(`network: ${route.request().url()}`);
    return route.abort();
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  return problems;
}

for (const path of ['index.html', 'modules/wp1/biorisk-management/index.html', 'km/modules/wp1/biorisk-management/index.html', 'tracks/foundation/index.html', 'progress/index.html']) {
  test(`over file://, ${path} loads with its styles, scripts and no failed request`, async ({ page }) => {
    const problems = await offline(page);
    await page.goto(url(path));
    await page.waitForLoadState('load');
    // Starlight's stylesheet is applied: the header is laid out as a fixed bar.
    await expect(page.locator('header.header')).toHaveCSS('position', 'fixed');
    await page.waitForTimeout(500);
    expect(problems).toEqual([]);
  });
}

test('over file://, page links point at index.html files that exist', async ({ page }) => {
  await page.goto(url('index.html'));
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => !/^(https?:|mailto:|#)/.test(h)));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const h of hrefs) expect(h.split('#')[0], h).toMatch(/(\.html|\.svg|\.xml|\.txt|\.zip)$/);
});

test('over file://, a quiz answered on a module page shows on My progress', async ({ page }) => {
  const problems = await offline(page);
  const quizId = 'wp1-biorisk-management';
  const quiz = loadQuiz(process.cwd(), quizId);
  await page.goto(url('modules/wp1/biorisk-management/index.html'));
  for (const q of quiz.questions) await answerWithKeyboard(page, quizId, q, rightAnswer(q));
  await checkWithKeyboard(page, quizId);
  await expect(page.locator('biosec-quiz')).toHaveAttribute('data-quiz-state', 'passed');
  await page.goto(url('progress/index.html'));
  await expect(page.locator('tr[data-module-id="modules/wp1/biorisk-management"] [data-status]')).toHaveText('Quiz passed');
  expect(problems).toEqual([]);
});

test('SHA256SUMS checks with sha256sum, and verify-usb reports a flipped byte and a missing file', () => {
  execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: usb });
  const copy = mkdtempSync(join(tmpdir(), 'biosec-usb-'));
  cpSync(usb, copy, { recursive: true });
  const target = join(copy, 'about/index.html');
  const bytes = readFileSync(target);
  bytes[100] ^= 1;
  writeFileSync(target, bytes);
  rmSync(join(copy, 'favicon.svg'));
  let out = '';
  try {
    execFileSync(process.execPath, ['scripts/verify-usb.ts', copy], { encoding: 'utf8' });
  } catch (err) {
    out = (err as { stdout: string }).stdout;
  }
  expect(out).toContain('changed: about/index.html');
  expect(out).toContain('missing: favicon.svg');
  rmSync(copy, { recursive: true, force: true });
});
