import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtFiles } from '../../src/integrations/build-files.ts';
import { progressFile } from '../../src/lib/progress/store.ts';
import { loadQuiz } from '../../src/lib/quiz/load.ts';
import { localePages, seedWords } from '../../src/lib/bench/usb-search.ts';
import { formatSize, showUsbEdition } from '../../src/lib/usb/download.ts';
import { bundleName, moduleScripts, rewriteHtml } from '../../src/lib/usb/rewrite.ts';
import { sha256 } from '../../src/lib/usb/integrity.ts';
import { localeFolders, templates } from './templates.ts';
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
  // A request cut short by the next navigation (ERR_ABORTED) is not a missing file.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  return problems;
}

const locales = localeFolders;
const pagePath = (locale: string, id: string) => [locale, id, 'index.html'].filter(Boolean).join('/');

for (const locale of locales) {
  test(`over file://, every template in ${locale || 'en'} loads with its stylesheet, no failed request, no console error and no broken link`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = await offline(page);
    const links = new Set<string>();
    for (const id of templates) {
      await page.goto(url(pagePath(locale, id)));
      await page.waitForLoadState('load');
      // Starlight's stylesheet is applied: the header is laid out as a fixed bar.
      await expect(page.locator('header.header'), pagePath(locale, id)).toHaveCSS('position', 'fixed');
      // Let idle callbacks run (the search dialog is set up then).
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 })));
      for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) links.add(href.split('#')[0]!);
    }
    expect(problems).toEqual([]);
    const broken = [...links].filter((h) => h.startsWith('file:') && !existsSync(fileURLToPath(h)));
    expect(broken).toEqual([]);
  });
}

test('over file://, page links point at index.html files', async ({ page }) => {
  await page.goto(url('index.html'));
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => !/^(https?:|mailto:|#)/.test(h)));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const h of hrefs) expect(h.split('#')[0], h).toMatch(/(\.html|\.svg|\.xml|\.txt|\.zip)$/);
});

test('over file://, the home page offers every language, and the language picker switches a page', async ({ page }) => {
  const problems = await offline(page);
  await page.goto(url('index.html'));
  const choice = page.locator('nav[data-language-choice] a');
  await expect(choice).toHaveCount(9);
  await choice.filter({ hasText: 'ខ្មែរ' }).click();
  await expect(page).toHaveURL(url('km/index.html'));
  await page.goto(url('modules/wp1/biorisk-management/index.html'));
  await page.locator('starlight-lang-select select').first().selectOption({ label: 'ไทย' });
  await expect(page).toHaveURL(url('th/modules/wp1/biorisk-management/index.html'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  expect(problems).toEqual([]);
});

for (const locale of ['en', 'th', 'km', 'my']) {
  test(`over file://, offline search finds words of a ${locale} page and links to local pages`, async ({ page }) => {
    const problems = await offline(page);
    const prefix = locale === 'en' ? '' : locale;
    const pages = localePages(usb, JSON.parse(readFileSync('dist/manifest.json', 'utf8')), locale);
    const source = join(usb, pagePath(prefix, 'modules/wp1/biorisk-management'));
    const words = seedWords(locale, pages, source, 5);
    expect(words).toHaveLength(5);
    await page.goto(url(pagePath(prefix, '')));
    await page.locator('site-search button[data-open-modal]').click();
    const input = page.locator('dialog[open] input[type=search]');
    await expect(input).toBeFocused();
    for (const word of words) {
      await input.fill(word);
      await expect(page.locator('dialog[open] ul[data-search-query]')).toHaveAttribute('data-search-query', word);
      const results = page.locator('dialog[open] a[data-search-result]');
      await expect(results.first(), word).toBeVisible();
      const files = (await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map((h) => fileURLToPath(h));
      expect(files, word).toContain(source);
      // Results stay in the page's language and name pages of this copy.
      for (const file of files) expect(pages.has(file), file).toBe(true);
    }
    // A result opens its page.
    const first = page.locator('dialog[open] a[data-search-result]').first();
    const target = await first.evaluate((a) => (a as HTMLAnchorElement).href);
    await first.click();
    await expect(page).toHaveURL(target);
    expect(problems).toEqual([]);
  });
}

test('over file://, axe finds nothing in the offline search dialog showing results', async ({ page }) => {
  await page.goto(url('index.html'));
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('dialog[open] input[type=search]').fill('inventory');
  await expect(page.locator('dialog[open] a[data-search-result]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('over file://, search says so when the index is missing from a copy', async ({ page }) => {
  const copy = mkdtempSync(join(tmpdir(), 'biosec-usb-'));
  cpSync(join(usb, 'index.html'), join(copy, 'index.html'));
  cpSync(join(usb, '_astro'), join(copy, '_astro'), { recursive: true });
  await page.goto(pathToFileURL(join(copy, 'index.html')).href);
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('dialog[open] input[type=search]').fill('biosecurity');
  await expect(page.locator('dialog[open] [role=status]')).toHaveText(/could not load its index/);
  rmSync(copy, { recursive: true, force: true });
});

test('over file://, the trainer dashboard loads a progress file', async ({ page }) => {
  const problems = await offline(page);
  const quiz = loadQuiz(process.cwd(), 'wp1-biorisk-management');
  const progress = {
    version: 1,
    visits: { 'modules/wp1/biorisk-management': { first: '2026-12-01T09:00:00.000Z', last: '2026-12-01T10:00:00.000Z' } },
    attempts: [{ quiz: quiz.id, score: quiz.questions.length, max: quiz.questions.length, passed: true, time: '2026-12-01T10:00:00.000Z', answers: Object.fromEntries(quiz.questions.map((q) => [q.id, rightAnswer(q)])) }],
  };
  await page.goto(url('dashboard/index.html'));
  await page.locator('input[type=file][data-dashboard-input]').setInputFiles({ name: 'sok.json', mimeType: 'application/json', buffer: Buffer.from(progressFile(progress as never, 'Sok Dara', new Date()).text) });
  await expect(page.locator('table[data-dashboard-table] tr[data-learner]')).toHaveCount(1);
  await expect(page.locator('table[data-dashboard-table] th[scope="row"]')).toHaveText('Sok Dara');
  expect(problems).toEqual([]);
});

test('the "Get it offline" page offers the zip with its real size and checksum; the USB copy says it is the USB edition', async ({ page }) => {
  const zip = readFileSync('dist/downloads/biosec-hub-offline.zip');
  await page.goto('/offline/');
  const link = page.locator('a[data-offline-download]');
  await expect(link).toHaveAttribute('href', '/downloads/biosec-hub-offline.zip');
  await expect(page.locator('[data-offline-zip="size"]')).toHaveText(formatSize(zip.length));
  await expect(page.locator('[data-offline-zip="sha256"]')).toHaveText(sha256(zip));
  expect(readFileSync('dist/downloads/biosec-hub-offline.zip.sha256', 'utf8')).toBe(`${sha256(zip)}  biosec-hub-offline.zip\n`);
  await expect(page.locator('section[data-edition="usb"]')).toBeHidden();
  const response = await page.request.get('/downloads/biosec-hub-offline.zip');
  expect(response.status()).toBe(200);
  await page.goto(url('offline/index.html'));
  await expect(page.locator('a[data-offline-download]')).toHaveCount(0);
  await expect(page.locator('section[data-edition="usb"]')).toBeVisible();
  for (const os of ['Windows', 'macOS', 'Linux', 'Android']) await expect(page.getByRole('heading', { name: os })).toBeVisible();
});

test('the zip unpacks to the same tree as dist-usb/', () => {
  const out = mkdtempSync(join(tmpdir(), 'biosec-unzip-'));
  const zip = resolve('dist/downloads/biosec-hub-offline.zip');
  // An unzip other than the library that wrote it: Info-ZIP where installed, else Python's zipfile.
  const unzip = spawnSync('unzip', ['-q', zip, '-d', out]);
  if (unzip.error) execFileSync('python3', ['-m', 'zipfile', '-e', zip, out]);
  else expect(unzip.status).toBe(0);
  const unpacked = join(out, 'biosec-hub-offline');
  const files = builtFiles(usb);
  expect(builtFiles(unpacked)).toEqual(files);
  const differing = files.filter((f) => !readFileSync(join(usb, f)).equals(readFileSync(join(unpacked, f))));
  expect(differing).toEqual([]);
  rmSync(out, { recursive: true, force: true });
});

test('over file://, a quiz answered on a module page shows on My progress, in the sidebar, on the track and its certificate; trainer view works', async ({ page }) => {
  const problems = await offline(page);
  const quizId = 'wp1-biorisk-management';
  const quiz = loadQuiz(process.cwd(), quizId);
  await page.goto(url('modules/wp1/biorisk-management/index.html'));
  const key = page.locator('biosec-quiz [data-answer-key]').first();
  await expect(key).toBeHidden();
  await page.locator('[data-trainer-view-toggle]').check();
  await expect(key).toBeVisible();
  await page.locator('[data-trainer-view-toggle]').uncheck();
  for (const q of quiz.questions) await answerWithKeyboard(page, quizId, q, rightAnswer(q));
  await checkWithKeyboard(page, quizId);
  await expect(page.locator('biosec-quiz')).toHaveAttribute('data-quiz-state', 'passed');
  await page.goto(url('progress/index.html'));
  await expect(page.locator('tr[data-module-id="modules/wp1/biorisk-management"] [data-status]')).toHaveText('Quiz passed');
  // The sidebar ticks the page, from a relative link.
  await page.goto(url('modules/wp1/one-health-cross-cutting-risks/index.html'));
  await expect(page.locator('#starlight__sidebar a[href="../../../modules/wp1/biorisk-management/index.html"][data-done]')).toHaveCount(1);
  // The track counts it, and its certificate lists what is left, with links to local files.
  await page.goto(url('tracks/wp1-awareness/index.html'));
  await expect(page.locator('[data-track-progress-text]')).toContainText('1 of 4 quizzes passed');
  await page.goto(url('tracks/wp1-awareness/certificate/index.html'));
  const todo = page.locator('[data-certificate-todo] a');
  await expect(todo.first()).toBeVisible();
  for (const href of await todo.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) expect(existsSync(fileURLToPath(href)), href).toBe(true);
  expect(problems).toEqual([]);
});

test('every page of the USB copy is its web page, rewritten: the pages the copy took while they rendered are the pages Astro wrote', () => {
  const pages = builtFiles('dist').filter((f) => f.endsWith('.html') && !f.startsWith('exports/'));
  expect(pages.length).toBeGreaterThan(800);
  let compared = 0;
  for (const f of pages) {
    const web = readFileSync(join('dist', f), 'utf8');
    // The "Get it offline" pages get the zip's size and checksum once it is written, after the copy took them.
    if (web.includes('data-offline-zip')) continue;
    const scripts = moduleScripts(web);
    expect(readFileSync(join(usb, f), 'utf8'), f).toBe(showUsbEdition(rewriteHtml(web, f, scripts.length ? bundleName(scripts) : undefined)));
    compared++;
  }
  expect(compared).toBeGreaterThan(800);
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
