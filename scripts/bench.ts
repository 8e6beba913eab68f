// `npm run bench`: builds the site, measures build time per page, the gzipped
// weight of the median module page, the USB copy's size and the first offline
// search over file://, and compares each with bench/budgets.json.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { builtFiles } from '../src/integrations/build-files.ts';
import { gzSize, median, pageWeight, staticImportClosure } from '../src/lib/bench/page-weight.ts';
import { firstSearch, localePages, seedWords } from '../src/lib/bench/usb-search.ts';
import { localeLangs } from '../src/lib/content/locales.ts';
import type { Manifest } from '../src/lib/manifest.ts';
import { chromiumArgs, findChromium } from '../tests/browser.ts';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildMs = performance.now() - started;
if (build.status !== 0) {
  console.error('bench: the build failed');
  process.exit(1);
}

const dist = 'dist';
const manifest: Manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const fileOf = (url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);
const modules = manifest.pages.filter((p) => p.kind === 'module' && p.translation === 'source');
// The quiz has its own budget (below), so the page's HTML is weighed without the quiz markup.
const withoutQuiz = (html: string) => html.replace(/<biosec-quiz[\s\S]*<\/biosec-quiz>/, '');
const weights = modules.map((p) => ({ url: p.url, ...pageWeight(withoutQuiz(readFileSync(fileOf(p.url), 'utf8')), (asset) => readFileSync(join(dist, asset))) }));
const mid = median(weights, (w) => w.html + w.css + w.js);

const rows: [string, number, number][] = [['build ms per page', buildMs / manifest.pages.length, budgets.buildMsPerPage]];
if (mid) {
  rows.push(['module page HTML without quiz (gz)', mid.html, budgets.modulePage.htmlGz]);
  rows.push(['module page CSS bytes (gz)', mid.css, budgets.modulePage.cssGz]);
  rows.push(['module page eager JS bytes (gz)', mid.js, budgets.modulePage.jsGz]);
}

// The quiz: its runtime script with the chunks it imports statically, and the HTML one question adds.
const read = (asset: string) => readFileSync(join(dist, asset));
const quizChunk = readdirSync(join(dist, '_astro')).find((f) => f.startsWith('Quiz.astro_astro_type_script'));
if (quizChunk) {
  const runtime = staticImportClosure(`/_astro/${quizChunk}`, read).reduce((sum, url) => sum + gzSize(read(url)), 0);
  rows.push(['quiz runtime JS (gz)', runtime, budgets.quiz.runtimeJsGz]);
}
if (mid) {
  const html = readFileSync(fileOf(mid.url), 'utf8');
  const markup = /<biosec-quiz[\s\S]*<\/biosec-quiz>/.exec(html)?.[0];
  const questions = markup?.match(/data-question-id=/g)?.length ?? 0;
  if (markup && questions) rows.push(['HTML of a 10-question quiz (gz)', Math.round((gzSize(markup) / questions) * 10), budgets.quiz.tenQuestionHtmlGz]);
}

// The USB copy against the web build it comes from (without the download, which is the USB copy zipped).
const folderBytes = (dir: string, skip: string[] = []) => builtFiles(dir).filter((f) => !skip.some((s) => f.startsWith(s))).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
const webBytes = folderBytes(dist, ['downloads/']);
const usbBytes = folderBytes('dist-usb');
rows.push(['dist-usb size / dist (no downloads)', usbBytes / webBytes, budgets.usb.sizeRatio]);

// The first offline search over file://: every locale, five words each, three fresh page loads per word.
const browser = await chromium.launch({ executablePath: (await findChromium()).path, args: chromiumArgs });
const searches: { locale: string; total: number; load: number; build: number; search: number }[] = [];
try {
  const page = await browser.newPage();
  for (const locale of localeLangs) {
    const prefix = locale === 'en' ? '' : `${locale}/`;
    const usb = resolve('dist-usb');
    const words = seedWords(locale, localePages(usb, manifest, locale), join(usb, `${prefix}modules/wp1/biorisk-management/index.html`), 5);
    if (words.length < 5) throw new Error(`bench: only ${words.length} search words for ${locale}`);
    const home = pathToFileURL(join(usb, `${prefix}index.html`)).href;
    for (const word of words) for (let i = 0; i < 3; i++) searches.push({ locale, ...(await firstSearch(page, home, word)) });
  }
} finally {
  await browser.close();
}
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)]!;
rows.push(['first offline search p95 (ms)', quantile(searches.map((r) => r.total), 0.95), budgets.usb.firstSearchP95Ms]);

console.log(`pages built: ${manifest.pages.length} in ${Math.round(buildMs)} ms (includes Pagefind, link validation, manifest)`);
console.log(`USB copy: ${(usbBytes / 1e6).toFixed(1)} MB; web build without downloads: ${(webBytes / 1e6).toFixed(1)} MB; zip: ${(statSync(join(dist, 'downloads/biosec-hub-offline.zip')).size / 1e6).toFixed(1)} MB`);
const ms = (values: number[]) => `median ${quantile(values, 0.5).toFixed(1)}, p95 ${quantile(values, 0.95).toFixed(1)}, max ${Math.max(...values).toFixed(1)}`;
console.log(`first offline search, ${searches.length} runs (ms): total ${ms(searches.map((r) => r.total))}`);
console.log(`  of which loading index parts ${ms(searches.map((r) => r.load))}; building ${ms(searches.map((r) => r.build))}; searching ${ms(searches.map((r) => r.search))}`);
for (const locale of localeLangs) console.log(`  ${locale.padEnd(4)} ${ms(searches.filter((r) => r.locale === locale).map((r) => r.total))}`);
if (mid) console.log(`median module page: ${mid.url} (of ${modules.length})`);
let over = 0;
for (const [name, value, budget] of rows) {
  const ok = value <= budget;
  if (!ok) over++;
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(38)} ${value.toFixed(digits).padStart(9)}  budget ${budget}`);
}
process.exit(over ? 1 : 0);
