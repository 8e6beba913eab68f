import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
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

// The USB copy of the built site. It runs in a worker thread (see usb.ts) and
// takes each page as Astro renders it, so that its work (the longest build
// step) overlaps with rendering, which keeps only one core busy.

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
  /** Pages taken as they were rendered, and pages read back from the web build (not rendered this time). */
  streamed: number;
  readBack: number;
  ms: number;
}

/**
 * Writes `dist-usb/`, the site for a USB stick opened from file://, with
 * `SHA256SUMS` and `README.txt`, and zips it to `dist/downloads/biosec-hub-offline.zip`.
 * Pages come in through `rendered()` as Astro renders them; `finish()` checks
 * them against the files Astro wrote, copies the rest of the web build, and
 * adds the exports.
 */
export class UsbCopy {
  private readonly started = performance.now();
  private readonly usb: string;
  /** The zip is written beside dist-usb/ and moved into the web build at the end: Astro empties that folder when it starts building. */
  private readonly partialZip: string;
  private readonly zipFd: number;
  private readonly zipHash = createHash('sha256');
  private zipBytes = 0;
  private readonly zip: ZipWriter;
  private readonly hashes = new Map<string, string>();
  private readonly folders = new Set<string>();
  /** The pages done, with their size, to check against the files Astro wrote. */
  private readonly pages = new Map<string, number>();
  /** One classic bundle per combination of module scripts a page loads, started as soon as a page needs it. */
  private readonly bundles = new Map<string, Promise<Uint8Array>>();
  private readonly docsByLang = new Map<string, OfflineDoc[]>();
  private readonly zipFactPages = new Set<string>();

  private readonly web: string;

  constructor(web: string) {
    this.web = web;
    this.usb = join(web, '..', 'dist-usb');
    this.partialZip = `${this.usb}.zip.partial`;
    rmSync(this.usb, { recursive: true, force: true });
    this.zipFd = openSync(this.partialZip, 'w');
    this.zip = new ZipWriter((chunk) => {
      writeSync(this.zipFd, chunk);
      this.zipHash.update(chunk);
      this.zipBytes += chunk.length;
    });
  }

  /** A page as Astro rendered it (or read back from the web build), by its file (`th/about/index.html`). */
  page(f: string, body: Uint8Array): void {
    if (this.pages.has(f)) throw new Error(`${f}: rendered twice`);
    const html = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    const srcs = moduleScripts(html);
    const bundle = srcs.length ? bundleName(srcs) : undefined;
    if (bundle && !this.bundles.has(bundle)) {
      const script = this.bundle(bundle, srcs);
      // A failure is reported when finish() awaits it, not as an unhandled rejection in the meantime.
      script.catch(() => {});
      this.bundles.set(bundle, script);
    }
    if (html.includes('data-offline-zip')) this.zipFactPages.add(f);
    // Each locale's pages in its own language: English fallback pages are left out, as on the web.
    const meta = manifestPageFromHtml(urlOfHtmlFile(f), html);
    if (meta && meta.translation !== 'fallback') {
      const docs = this.docsByLang.get(meta.locale) ?? this.docsByLang.set(meta.locale, []).get(meta.locale)!;
      docs.push({ id: 0, url: f, title: meta.title, ...pageForIndex(html) });
    }
    this.pages.set(f, body.byteLength);
    this.emit(f, Buffer.from(showUsbEdition(rewriteHtml(html, f, bundle))));
  }

  /** The page's module scripts as one classic script, with lazy chunks inlined (Vite's client build is written before pages render). */
  private async bundle(out: string, srcs: string[]): Promise<Uint8Array> {
    const script = await classicScript({
      stdin: { contents: srcs.map((s) => `import ${JSON.stringify(join(this.web, s))};`).join('\n'), resolveDir: this.web, loader: 'js' },
      plugins: [noPreload, offlineSearch],
    });
    if (Buffer.from(script).includes('pagefind-ui__')) throw new Error(`${out}: Pagefind's UI is still in the USB bundle; it cannot work on file://`);
    return script;
  }

  private emit(f: string, data: Uint8Array): void {
    const folder = dirname(join(this.usb, f));
    if (!this.folders.has(folder)) mkdirSync(folder, { recursive: true });
    this.folders.add(folder);
    writeFileSync(join(this.usb, f), data);
    this.hashes.set(f, sha256(data));
    this.zip.add(`biosec-hub-offline/${f}`, data);
  }

  /**
   * Everything after rendering: the pages not taken while rendering (read
   * back; a page whose size differs from what was taken is an error, as the
   * zip holds it already), the classic bundles, the other files, the offline
   * index, then the exports once `exportsReady` says they are written.
   */
  async finish(exportsReady: Promise<void>): Promise<UsbResult> {
    const { web } = this;
    const all = builtFiles(web).filter((f) => !skipped.some((s) => f.startsWith(s)) && !f.startsWith('exports/'));
    let readBack = 0;
    for (const f of this.pages.keys()) if (!existsSync(join(web, f))) throw new Error(`${f}: the USB copy took a rendered page for this file, but Astro wrote no such file`);
    for (const f of all.filter((name) => name.endsWith('.html'))) {
      const size = this.pages.get(f);
      if (size === undefined) {
        this.page(f, readFileSync(join(web, f)));
        readBack++;
        continue;
      }
      const now = statSync(join(web, f)).size;
      if (now !== size) throw new Error(`${f}: changed after it was rendered (${size} bytes then, ${now} now); the USB copy takes pages as Astro renders them, so a build step that rewrites pages must not come before it`);
    }

    for (const [out, script] of this.bundles) this.emit(out.slice(1), await script);

    for (const f of all) {
      if (f.endsWith('.html')) continue;
      if (f.endsWith('.css')) this.emit(f, Buffer.from(rewriteCss(readFileSync(join(web, f), 'utf8'), f)));
      else this.emit(f, readFileSync(join(web, f)));
    }
    for (const [lang, docs] of this.docsByLang) {
      // In file order, not the order pages were rendered in, so the index does not depend on it.
      const index = buildOfflineIndex(docs.sort((a, b) => (a.url < b.url ? -1 : 1)).map((d, id) => ({ ...d, id })), lang);
      for (const [key, data] of [['docs', index.docs] as const, ...index.shards]) this.emit(`_search/${lang}/${key}.js`, Buffer.from(offlineIndexScript(`${lang}/${key}`, data)));
    }
    await exportsReady;
    if (existsSync(join(web, 'exports'))) for (const f of builtFiles(join(web, 'exports'))) this.emit(`exports/${f}`, readFileSync(join(web, 'exports', f)));
    this.emit('README.txt', Buffer.from(usbReadme()));
    const sums = Buffer.from(sha256sums(this.hashes));
    writeFileSync(join(this.usb, 'SHA256SUMS'), sums);
    this.zip.add('biosec-hub-offline/SHA256SUMS', sums);
    this.zip.end();
    closeSync(this.zipFd);

    const zipFile = join(web, offlineZipPath);
    mkdirSync(dirname(zipFile), { recursive: true });
    renameSync(this.partialZip, zipFile);
    const zipSha256 = this.zipHash.digest('hex');
    writeFileSync(`${zipFile}.sha256`, `${zipSha256}  ${basename(zipFile)}\n`);
    for (const f of this.zipFactPages) writeFileSync(join(web, f), fillZipFacts(readFileSync(join(web, f), 'utf8'), { size: this.zipBytes, sha256: zipSha256 }));
    return { files: this.hashes.size + 1, bundles: this.bundles.size, zipBytes: this.zipBytes, streamed: this.pages.size - readBack, readBack, ms: performance.now() - this.started };
  }
}
