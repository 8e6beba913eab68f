import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { sha256, sha256sums } from '../lib/usb/integrity.ts';
import { ZipWriter } from '../lib/zip.ts';
import { bundleName, moduleScripts, rewriteCss, rewriteHtml } from '../lib/usb/rewrite.ts';
import { usbReadme } from '../lib/usb/readme.ts';
import { fillZipFacts, offlineZipPath, showUsbEdition } from '../lib/usb/download.ts';
import { manifestPageFromHtml, urlOfHtmlFile } from '../lib/manifest.ts';
import { buildOfflineIndex, offlineIndexScript, pageForIndex, type OfflineDoc } from '../lib/search/offline.ts';
import { builtFiles, classicScript } from './build-files.ts';

// The USB copy of the built site. It runs in a worker thread (see usb.ts),
// alongside the other build steps, as it is the longest of them.

/**
 * Parts of the web build the USB copy leaves out: the download itself, the
 * web search index (it needs fetch and WebAssembly) and the HTTP headers file
 * (no server reads it on file://). LMS exports stay: trainers without a
 * network need them most.
 */
const skipped = ['downloads/', 'pagefind/', '_headers'];

/**
 * Vite's preload helper adds <link rel=modulepreload> tags for lazy chunks; in a
 * single classic bundle those chunks are already inlined, so it only has to call through.
 */
const noPreload: Plugin = {
  name: 'biosec-no-preload',
  setup(b) {
    b.onLoad({ filter: /preload-helper\.[\w-]+\.js$/ }, (args) => {
      const name = /export\s*\{\s*\w+\s+as\s+(\w+)\s*\}/.exec(readFileSync(args.path, 'utf8'))?.[1];
      if (!name) throw new Error(`${args.path}: Vite's preload helper changed shape`);
      return { contents: `const preload = (load) => load();\nexport { preload as ${name} };`, loader: 'js' };
    });
  },
};

const offlineSearchUi = fileURLToPath(new URL('../components/search/offline-search-ui.ts', import.meta.url));

/**
 * Starlight's search script loads Pagefind's UI lazily (Vite's `ui-core` chunk);
 * on file:// Pagefind cannot fetch its index, so the offline search takes its place.
 */
const offlineSearch: Plugin = {
  name: 'biosec-offline-search',
  setup(b) {
    b.onLoad({ filter: /[\\/]ui-core\.[\w-]+\.js$/ }, (args) => {
      if (!/\bas PagefindUI\}/.test(readFileSync(args.path, 'utf8'))) throw new Error(`${args.path}: Pagefind's UI chunk changed shape`);
      return { contents: `export { OfflineSearchUI as PagefindUI } from ${JSON.stringify(offlineSearchUi)};`, loader: 'js', resolveDir: dirname(offlineSearchUi) };
    });
  },
};

export interface UsbResult {
  files: number;
  bundles: number;
  zipBytes: number;
  ms: number;
}

/**
 * Writes `dist-usb/`, the site for a USB stick opened from file://, with
 * `SHA256SUMS` and `README.txt`, and zips it to `dist/downloads/biosec-hub-offline.zip`.
 * `exportsReady` resolves once the LMS exports are written: everything else is
 * copied (and zipped) while they are made, then `exports/` is added.
 */
export async function writeUsbCopy(web: string, exportsReady: Promise<void>): Promise<UsbResult> {
  const started = performance.now();
  const usb = join(web, '..', 'dist-usb');
  rmSync(usb, { recursive: true, force: true });
  const all = builtFiles(web).filter((f) => !skipped.some((s) => f.startsWith(s)) && !f.startsWith('exports/'));

  // First pass over the pages (they are read twice rather than all held in memory, which at
  // 2,000 pages took gigabytes): the module scripts of each, the text for the offline index,
  // and the pages that show the zip's size.
  const scriptsOf = new Map<string, string[]>();
  const docsByLang = new Map<string, OfflineDoc[]>();
  const zipFactPages: string[] = [];
  for (const f of all.filter((name) => name.endsWith('.html'))) {
    const page = readFileSync(join(web, f), 'utf8');
    scriptsOf.set(f, moduleScripts(page));
    if (page.includes('data-offline-zip')) zipFactPages.push(f);
    // Each locale's pages in its own language: English fallback pages are left out, as on the web.
    const meta = manifestPageFromHtml(urlOfHtmlFile(f), page);
    if (!meta || meta.translation === 'fallback') continue;
    const docs = docsByLang.get(meta.locale) ?? docsByLang.set(meta.locale, []).get(meta.locale)!;
    docs.push({ id: docs.length, url: f, title: meta.title, ...pageForIndex(page) });
  }

  // Every file goes to dist-usb/, into SHA256SUMS and into the zip as it is written.
  const zipFile = join(web, offlineZipPath);
  mkdirSync(dirname(zipFile), { recursive: true });
  const zipFd = openSync(zipFile, 'w');
  const zipHash = createHash('sha256');
  let zipBytes = 0;
  const zip = new ZipWriter((chunk) => {
    writeSync(zipFd, chunk);
    zipHash.update(chunk);
    zipBytes += chunk.length;
  });
  const hashes = new Map<string, string>();
  const folders = new Set<string>();
  const emit = (f: string, data: Uint8Array) => {
    const folder = dirname(join(usb, f));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(join(usb, f), data);
    hashes.set(f, sha256(data));
    zip.add(`biosec-hub-offline/${f}`, data);
  };

  // One classic bundle per combination of module scripts a page loads, with lazy chunks inlined.
  const bundles = new Set<string>();
  for (const srcs of scriptsOf.values()) {
    if (!srcs.length || bundles.has(bundleName(srcs))) continue;
    const out = bundleName(srcs);
    const script = await classicScript({
      stdin: { contents: srcs.map((s) => `import ${JSON.stringify(join(web, s))};`).join('\n'), resolveDir: web, loader: 'js' },
      plugins: [noPreload, offlineSearch],
    });
    if (Buffer.from(script).includes('pagefind-ui__')) throw new Error(`${out}: Pagefind's UI is still in the USB bundle; it cannot work on file://`);
    emit(out.slice(1), script);
    bundles.add(out);
  }

  for (const f of all) {
    const srcs = scriptsOf.get(f);
    if (srcs) emit(f, Buffer.from(showUsbEdition(rewriteHtml(readFileSync(join(web, f), 'utf8'), f, srcs.length ? bundleName(srcs) : undefined))));
    else if (f.endsWith('.css')) emit(f, Buffer.from(rewriteCss(readFileSync(join(web, f), 'utf8'), f)));
    else emit(f, readFileSync(join(web, f)));
  }
  for (const [lang, docs] of docsByLang) {
    const index = buildOfflineIndex(docs, lang);
    for (const [key, data] of [['docs', index.docs] as const, ...index.shards]) emit(`_search/${lang}/${key}.js`, Buffer.from(offlineIndexScript(`${lang}/${key}`, data)));
  }
  await exportsReady;
  if (existsSync(join(web, 'exports'))) for (const f of builtFiles(join(web, 'exports'))) emit(`exports/${f}`, readFileSync(join(web, 'exports', f)));
  emit('README.txt', Buffer.from(usbReadme()));
  const sums = Buffer.from(sha256sums(hashes));
  writeFileSync(join(usb, 'SHA256SUMS'), sums);
  zip.add('biosec-hub-offline/SHA256SUMS', sums);
  zip.end();
  closeSync(zipFd);

  const zipSha256 = zipHash.digest('hex');
  writeFileSync(`${zipFile}.sha256`, `${zipSha256}  ${basename(zipFile)}\n`);
  for (const f of zipFactPages) writeFileSync(join(web, f), fillZipFacts(readFileSync(join(web, f), 'utf8'), { size: zipBytes, sha256: zipSha256 }));
  return { files: hashes.size + 1, bundles: bundles.size, zipBytes, ms: performance.now() - started };
}
