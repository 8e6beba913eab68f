// `npm run bench`: builds the site, measures build time per page and the gzipped
// weight of the median module page, and compares each with bench/budgets.json.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, pageWeight } from '../src/lib/bench/page-weight.ts';
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
const weights = modules.map((p) => ({ url: p.url, ...pageWeight(readFileSync(fileOf(p.url), 'utf8'), (asset) => readFileSync(join(dist, asset))) }));
const mid = median(weights, (w) => w.html + w.css + w.js);

const rows: [string, number, number][] = [['build ms per page', buildMs / manifest.pages.length, budgets.buildMsPerPage]];
if (mid) {
  rows.push(['module page HTML bytes (gz)', mid.html, budgets.modulePage.htmlGz]);
  rows.push(['module page CSS bytes (gz)', mid.css, budgets.modulePage.cssGz]);
  rows.push(['module page eager JS bytes (gz)', mid.js, budgets.modulePage.jsGz]);
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
