import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtFiles } from '../../src/integrations/build-files.ts';
import { inlineHandlers } from '../../src/lib/security/headers.ts';
import { loadQuiz } from '../../src/lib/quiz/load.ts';
import { answerWithKeyboard, checkWithKeyboard, rightAnswer } from './quiz-driver.ts';
import { templates } from './templates.ts';

/** Everything a page does that the policy refuses, and every request that leaves the site's origin. */
async function watch(page: Page, origin: string) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) problems.push(`third party: ${r.url()}`);
  });
  return problems;
}

test('pages are served with a Content-Security-Policy, X-Content-Type-Options and Referrer-Policy', async ({ request }) => {
  for (const path of ['/', '/km/modules/wp1/biorisk-management/', '/_astro/' + builtFiles('dist/_astro').find((f) => f.endsWith('.css'))]) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toMatch(/default-src 'self'/);
    expect(headers['content-security-policy'], path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
});

test('no built page has an inline event handler', () => {
  const found = builtFiles('dist').filter((f) => f.endsWith('.html')).flatMap((f) => inlineHandlers(readFileSync(`dist/${f}`, 'utf8')).map((h) => `${f}: ${h}`));
  expect(found).toEqual([]);
});

for (const locale of ['', 'km']) {
  test(`under the policy, every template in ${locale || 'en'} runs with no violation, no error and no request to another origin`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const problems = await watch(page, new URL(baseURL!).origin);
    for (const id of templates) {
      const path = `/${[locale, id].filter(Boolean).join('/')}/`.replace('//', '/');
      await page.goto(path);
      await page.waitForLoadState('load');
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 })));
    }
    expect(problems).toEqual([]);
  });
}

test('under the policy, search (WebAssembly), a quiz check, the theme switch and a progress export work', async ({ page, baseURL }) => {
  const problems = await watch(page, new URL(baseURL!).origin);
  await page.goto('/modules/wp1/biorisk-management/');
  await page.locator('site-search button[data-open-modal]').click();
  await page.getByRole('dialog').getByRole('textbox').fill('diversion');
  await expect(page.locator('dialog[open] .pagefind-ui__result').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('starlight-theme-select select').first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const quiz = loadQuiz(process.cwd(), 'wp1-biorisk-management');
  for (const q of quiz.questions) await answerWithKeyboard(page, quiz.id, q, rightAnswer(q));
  await checkWithKeyboard(page, quiz.id);
  await expect(page.locator('biosec-quiz')).toHaveAttribute('data-quiz-state', 'passed');
  await page.goto('/progress/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-progress-action="export"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^biosec-progress-.*\.json$/);
  expect(problems).toEqual([]);
});
