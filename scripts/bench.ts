// `npm run bench`: every speed and size budget in bench/budgets.json, measured in one run.
//  1. The real site: build, quiz weight, the USB copy's size, the first offline search over file://.
//  2. Lighthouse (mobile) on the home page, a module with a quiz, a track and a Khmer page.
//  3. Scale: the same generated corpus built by BIOSEC Hub and by stock Astro + Starlight, at 200
//     and 2,000 pages: build time per page, peak memory and the bytes of a module page.
// Prints every figure with its budget; exits 1 if one is over.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtFiles } from '../src/integrations/build-files.ts';
import { corpusPages, sourcePagesFor, writeOursProject, writeStockProject } from '../src/lib/bench/corpus.ts';
import { gzSize, pageWeight, staticImportClosure, type PageWeight } from '../src/lib/bench/page-weight.ts';
import { measure } from '../src/lib/bench/process.ts';
import { firstSearch, localePages, seedWords } from '../src/lib/bench/usb-search.ts';
import { localeLangs } from '../src/lib/content/locales.ts';
import { htmlFileOfUrl, type Manifest } from '../src/lib/manifest.ts';
import { chromiumArgs, findChromium } from '../tests/browser.ts';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const rows: { name: string; value: number; budget: number; max?: boolean }[] = [];
/** A figure that must stay at or under its budget (`atLeast` for scores that must reach it). */
const row = (name: string, value: number, budget: number, atLeast = false) => rows.push({ name, value, budget, max: !atLeast });
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.max(0, Math.ceil(q * values.length) - 1))]!;
const node = process.execPath;
const astro = resolve('node_modules/astro/bin/astro.mjs');
const chromiumPath = (await findChromium()).path;

// 1. The real site.
console.log('building the site…');
const build = await measure(node, [astro, 'build'], '.');
if (build.status !== 0) throw new Error(`bench: the build failed\n${build.stderr.slice(-2000)}`);
const dist = 'dist';
const manifest: Manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
console.log(`site: ${manifest.pages.length} pages in ${Math.round(build.ms)} ms (${(build.ms / manifest.pages.length).toFixed(1)} ms/page), peak memory ${Math.round(build.peakRss / 2 ** 20)} MB`);

const read = (root: string) => (asset: string) => readFileSync(join(root, asset));
const fileOf = (root: string, url: string) => join(root, htmlFileOfUrl(url));

// The quiz: its runtime script with the chunks it imports statically, and the HTML ten questions add.
const quizChunk = readdirSync(join(dist, '_astro')).find((f) => f.startsWith('Quiz.astro_astro_type_script'));
if (!quizChunk) throw new Error('bench: no quiz script in the build');
row('quiz runtime JS (gz)', staticImportClosure(`/_astro/${quizChunk}`, read(dist)).reduce((sum, url) => sum + gzSize(read(dist)(url)), 0), budgets.quiz.runtimeJsGz);
const quizPage = readFileSync(fileOf(dist, '/modules/wp1/biorisk-management/'), 'utf8');
const markup = /<biosec-quiz[\s\S]*<\/biosec-quiz>/.exec(quizPage)![0];
row('HTML of a 10-question quiz (gz)', Math.round((gzSize(markup) / markup.match(/data-question-id=/g)!.length) * 10), budgets.quiz.tenQuestionHtmlGz);

// The USB copy against the web build it comes from (without the download, which is the USB copy zipped).
const folderBytes = (dir: string, skip: string[] = []) => builtFiles(dir).filter((f) => !skip.some((s) => f.startsWith(s))).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
const webBytes = folderBytes(dist, ['downloads/']);
const usbBytes = folderBytes('dist-usb');
row('dist-usb size / dist (no downloads)', usbBytes / webBytes, budgets.usb.sizeRatio);
console.log(`USB copy: ${(usbBytes / 1e6).toFixed(1)} MB; web build without downloads: ${(webBytes / 1e6).toFixed(1)} MB; zip: ${(statSync(join(dist, 'downloads/biosec-hub-offline.zip')).size / 1e6).toFixed(1)} MB`);

// The first offline search over file://: every locale, five words each, three fresh page loads per word.
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
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
row('first offline search p95 (ms)', quantile(searches.map((r) => r.total), 0.95), budgets.usb.firstSearchP95Ms);
const ms = (values: number[]) => `median ${quantile(values, 0.5).toFixed(1)}, p95 ${quantile(values, 0.95).toFixed(1)}, max ${Math.max(...values).toFixed(1)}`;
console.log(`first offline search, ${searches.length} runs (ms): total ${ms(searches.map((r) => r.total))}`);
console.log(`  loading index parts ${ms(searches.map((r) => r.load))}; building ${ms(searches.map((r) => r.build))}; searching ${ms(searches.map((r) => r.search))}`);
console.log(`  by locale (median / p95): ${localeLangs.map((l) => { const v = searches.filter((r) => r.locale === l).map((r) => r.total); return `${l} ${quantile(v, 0.5).toFixed(0)}/${quantile(v, 0.95).toFixed(0)}`; }).join(', ')}`);

// 2. Lighthouse, mobile profile (its default), against the web build served with its real headers.
const port = 4399;
const server = spawn(node, ['scripts/serve.ts', '--dir', dist, '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1000));
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
try {
  for (const path of ['/', '/modules/wp1/biorisk-management/', '/tracks/foundation/', '/km/modules/wp1/biorisk-management/']) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    const c = result!.lhr.categories;
    const score = (k: string) => Math.round(c[k]!.score! * 100);
    row(`lighthouse ${path} performance`, score('performance'), budgets.lighthouse.performance, true);
    row(`lighthouse ${path} accessibility`, score('accessibility'), budgets.lighthouse.accessibility, true);
    row(`lighthouse ${path} best practices`, score('best-practices'), budgets.lighthouse.bestPractices, true);
    const a = result!.lhr.audits;
    console.log(`lighthouse ${path}: FCP ${a['first-contentful-paint']!.displayValue}, LCP ${a['largest-contentful-paint']!.displayValue}, TBT ${a['total-blocking-time']!.displayValue}, CLS ${a['cumulative-layout-shift']!.displayValue}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}

// 3. Scale against stock Starlight, on the same corpus. Each project is built five times, alternating
// with the other, each time from a clean state (no output, no content cache) as on a fresh checkout; the
// fastest run counts, since noise on a shared machine only ever adds time (one build here has taken twice
// as long as the next). Peak memory is the largest of the runs.
const rounds = 5;
interface Built {
  pages: number;
  ms: number;
  runs: number[];
  peakRss: number;
  weight: PageWeight;
}
async function buildOnce(dir: string, kind: string, pages: number) {
  for (const d of ['dist', 'dist-usb', '.astro', 'node_modules']) rmSync(join(dir, d), { recursive: true, force: true });
  const run = await measure(node, [astro, 'build'], dir);
  if (run.status !== 0) throw new Error(`bench: the ${kind} build of ${pages} pages failed\n${run.stderr.slice(-2000)}`);
  return run;
}
function builtPage(dir: string, slug: string): Pick<Built, 'pages' | 'weight'> {
  const out = join(dir, 'dist');
  const pages = builtFiles(out).filter((f) => f.endsWith('.html') && f !== '404.html').length;
  // The same module in both: the page's own bytes, its stylesheets and the scripts that run on load.
  return { pages, weight: pageWeight(readFileSync(fileOf(out, `/${slug}/`), 'utf8'), read(out)) };
}
const scale: Record<string, Built> = {};
try {
  for (const pages of [200, 2000]) {
    const corpus = corpusPages('.', sourcePagesFor(pages));
    const dirs = { stock: resolve('.bench', `stock-${pages}`), ours: resolve('.bench', `ours-${pages}`) };
    writeStockProject('.', dirs.stock, corpus);
    writeOursProject('.', dirs.ours, corpus);
    for (let round = 1; round <= rounds; round++) {
      for (const kind of ['stock', 'ours'] as const) {
        console.log(`building ${kind} at ${pages} pages (${round}/${rounds})…`);
        const run = await buildOnce(dirs[kind], kind, pages);
        const key = `${kind}-${pages}`;
        const seen = scale[key];
        scale[key] = seen
          ? { ...seen, ms: Math.min(seen.ms, run.ms), runs: [...seen.runs, run.ms], peakRss: Math.max(seen.peakRss, run.peakRss) }
          : { ...builtPage(dirs[kind], corpus[0]!.slug), ms: run.ms, runs: [run.ms], peakRss: run.peakRss };
      }
    }
  }
} finally {
  rmSync('.bench', { recursive: true, force: true });
}
const perPage = (b: Built) => b.ms / b.pages;
const total = (w: PageWeight) => w.html + w.css + w.js;
console.log('scale (same corpus):');
for (const [k, b] of Object.entries(scale)) console.log(`  ${k.padEnd(11)} ${b.pages} pages, fastest ${Math.round(b.ms)} ms (${perPage(b).toFixed(1)} ms/page; runs ${b.runs.map((ms) => Math.round(ms)).join(', ')}), peak ${Math.round(b.peakRss / 2 ** 20)} MB; module page gz: HTML ${b.weight.html}, CSS ${b.weight.css}, JS ${b.weight.js}`);
const [s2, o2, s20, o20] = [scale['stock-200']!, scale['ours-200']!, scale['stock-2000']!, scale['ours-2000']!];
row('build ms/page vs stock at 2,000', perPage(o20) / perPage(s20), budgets.scale.buildMsPerPageVsStock);
row('build ms/page vs stock at 200', perPage(o2) / perPage(s2), budgets.scale.buildMsPerPageVsStock);
row('build time 2,000 / 200 pages', o20.ms / o2.ms, budgets.scale.timeRatio2000To200);
row('peak memory at 2,000 pages (MB)', o20.peakRss / 2 ** 20, budgets.scale.peakMemoryMb);
// Our module pages carry a quiz, which stock pages cannot: it has its own budget (runtime + markup).
const quizAllowance = budgets.quiz.runtimeJsGz + budgets.quiz.tenQuestionHtmlGz;
row('module page bytes vs stock, less quiz budget', (total(o20.weight) - quizAllowance) / total(s20.weight), budgets.scale.pageBytesVsStock);
const growth = (small: Built, big: Built) => big.weight.html - small.weight.html;
console.log(`page HTML growth 200 → 2,000 pages (gz bytes): ours +${growth(o2, o20)}, stock +${growth(s2, s20)}`);
row('page HTML growth 200→2,000, ours / stock', growth(o2, o20) / Math.max(1, growth(s2, s20)), budgets.scale.htmlGrowthVsStock);

// The table.
let over = 0;
console.log('\n| measure | value | budget |\n| --- | --- | --- |');
for (const r of rows) {
  const ok = r.max ? r.value <= r.budget : r.value >= r.budget;
  if (!ok) over++;
  const digits = Number.isInteger(r.value) ? 0 : r.value < 10 ? 2 : 1;
  console.log(`| ${ok ? '' : 'OVER: '}${r.name} | ${r.value.toFixed(digits)} | ${r.max ? '≤' : '≥'} ${r.budget} |`);
}
process.exit(over ? 1 : 0);
