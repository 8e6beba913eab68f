import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'esbuild';
import { zipSync } from 'fflate';
import { sha256, sha256sums } from '../lib/usb/integrity.ts';
import { bundleName, moduleScripts, rewriteCss, rewriteHtml } from '../lib/usb/rewrite.ts';
import { usbReadme } from '../lib/usb/readme.ts';
import { fillZipFacts, offlineZipPath, showUsbEdition } from '../lib/usb/download.ts';
import { manifestPageFromHtml, urlOfHtmlFile } from '../lib/manifest.ts';
import { buildOfflineIndex, offlineIndexScript, pageForIndex, type OfflineDoc } from '../lib/search/offline.ts';
import { builtFiles, classicScript } from './build-files.ts';

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

/** Each locale's pages in its own language (English fallback pages left out, as on the web), for the offline index. */
function offlineDocs(html: Map<string, string>): Map<string, OfflineDoc[]> {
  const byLang = new Map<string, OfflineDoc[]>();
  for (const [file, page] of html) {
    const meta = manifestPageFromHtml(urlOfHtmlFile(file), page);
    if (!meta || meta.translation === 'fallback') continue;
    const docs = byLang.get(meta.locale) ?? byLang.set(meta.locale, []).get(meta.locale)!;
    docs.push({ id: docs.length, url: file, title: meta.title, ...pageForIndex(page) });
  }
  return byLang;
}

/**
 * Writes `dist-usb/`, the site for a USB stick opened from file://, with
 * `SHA256SUMS` and `README.txt`, and zips it to `dist/downloads/biosec-hub-offline.zip`.
 */
export function biosecUsb(): AstroIntegration {
  return {
    name: 'biosec-usb',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const web = fileURLToPath(dir);
        const usb = join(web, '..', 'dist-usb');
        rmSync(usb, { recursive: true, force: true });
        const all = builtFiles(web).filter((f) => !skipped.some((s) => f.startsWith(s)));
        const html = new Map(all.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(join(web, f), 'utf8')]));

        // One classic bundle per combination of module scripts a page loads, with lazy chunks inlined.
        const bundles = new Map<string, string>();
        for (const [, page] of html) {
          const srcs = moduleScripts(page);
          if (!srcs.length) continue;
          const out = bundleName(srcs);
          if (bundles.has(out)) continue;
          const script = await classicScript({
            stdin: { contents: srcs.map((s) => `import ${JSON.stringify(join(web, s))};`).join('\n'), resolveDir: web, loader: 'js' },
            plugins: [noPreload, offlineSearch],
          });
          if (Buffer.from(script).includes('pagefind-ui__')) throw new Error(`${out}: Pagefind's UI is still in the USB bundle; it cannot work on file://`);
          mkdirSync(dirname(join(usb, out)), { recursive: true });
          writeFileSync(join(usb, out), script);
          bundles.set(out, out);
        }

        const written = new Map<string, Uint8Array>();
        for (const f of all) {
          let data: Uint8Array;
          if (f.endsWith('.html')) {
            const srcs = moduleScripts(html.get(f)!);
            data = Buffer.from(showUsbEdition(rewriteHtml(html.get(f)!, f, srcs.length ? bundleName(srcs) : undefined)));
          }
          else if (f.endsWith('.css')) data = Buffer.from(rewriteCss(readFileSync(join(web, f), 'utf8'), f));
          else data = readFileSync(join(web, f));
          mkdirSync(dirname(join(usb, f)), { recursive: true });
          writeFileSync(join(usb, f), data);
          written.set(f, data);
        }
        for (const out of bundles.keys()) written.set(out.slice(1), readFileSync(join(usb, out)));
        for (const [lang, docs] of offlineDocs(html)) {
          mkdirSync(join(usb, '_search', lang), { recursive: true });
          const index = buildOfflineIndex(docs, lang);
          for (const [key, data] of [['docs', index.docs] as const, ...index.shards]) {
            const script = Buffer.from(offlineIndexScript(`${lang}/${key}`, data));
            writeFileSync(join(usb, '_search', lang, `${key}.js`), script);
            written.set(`_search/${lang}/${key}.js`, script);
          }
        }
        const readme = Buffer.from(usbReadme());
        writeFileSync(join(usb, 'README.txt'), readme);
        written.set('README.txt', readme);
        writeFileSync(join(usb, 'SHA256SUMS'), sha256sums(written));

        const zip = zipSync(Object.fromEntries(builtFiles(usb).map((f) => [`biosec-hub-offline/${f}`, readFileSync(join(usb, f))])), { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
        const zipFile = join(web, offlineZipPath);
        mkdirSync(dirname(zipFile), { recursive: true });
        writeFileSync(zipFile, zip);
        const zipSha256 = sha256(zip);
        writeFileSync(`${zipFile}.sha256`, `${zipSha256}  ${basename(zipFile)}\n`);
        for (const [f, page] of html) if (page.includes('data-offline-zip')) writeFileSync(join(web, f), fillZipFacts(page, { size: zip.length, sha256: zipSha256 }));
        logger.info(`dist-usb: ${written.size + 1} files, ${bundles.size} classic bundles; zip ${(zip.length / 1e6).toFixed(1)} MB (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
