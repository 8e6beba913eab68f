// `npm run bench`: builds the site, measures build time per page and the gzipped
// weight of the median module page, and compares each with bench/budgets.json.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { gzSize, median, pageWeight, staticImportClosure } from '../src/lib/bench/page-weight.ts';
import type { Manifest } from '../src/lib/manifest.ts';

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

console.log(`pages built: ${manifest.pages.length} in ${Math.round(buildMs)} ms (includes Pagefind, link validation, manifest)`);
if (mid) console.log(`median module page: ${mid.url} (of ${modules.length})`);
let over = 0;
for (const [name, value, budget] of rows) {
  const ok = value <= budget;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(34)} ${value.toFixed(name.startsWith('build') ? 1 : 0).padStart(9)}  budget ${budget}`);
}
process.exit(over ? 1 : 0);
