import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'esbuild';
import { zipSync } from 'fflate';
import { sha256, sha256sums } from '../lib/usb/integrity.ts';
import { bundleName, moduleScripts, rewriteCss, rewriteHtml } from '../lib/usb/rewrite.ts';
import { usbReadme } from '../lib/usb/readme.ts';
import { builtFiles, classicScript } from './build-files.ts';

/** Parts of the web build the USB copy leaves out: LMS exports, the download itself, and the web search index (it needs fetch and WebAssembly). */
const skipped = ['exports/', 'downloads/', 'pagefind/'];

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
            plugins: [noPreload],
          });
          mkdirSync(dirname(join(usb, out)), { recursive: true });
          writeFileSync(join(usb, out), script);
          bundles.set(out, out);
        }

        const written = new Map<string, Uint8Array>();
        for (const f of all) {
          let data: Uint8Array;
          if (f.endsWith('.html')) {
            const srcs = moduleScripts(html.get(f)!);
            data = Buffer.from(rewriteHtml(html.get(f)!, f, srcs.length ? bundleName(srcs) : undefined));
          }
          else if (f.endsWith('.css')) data = Buffer.from(rewriteCss(readFileSync(join(web, f), 'utf8'), f));
          else data = readFileSync(join(web, f));
          mkdirSync(dirname(join(usb, f)), { recursive: true });
          writeFileSync(join(usb, f), data);
          written.set(f, data);
        }
        for (const out of bundles.keys()) written.set(out.slice(1), readFileSync(join(usb, out)));
        const readme = Buffer.from(usbReadme());
        writeFileSync(join(usb, 'README.txt'), readme);
        written.set('README.txt', readme);
        writeFileSync(join(usb, 'SHA256SUMS'), sha256sums(written));

        const zip = zipSync(Object.fromEntries(builtFiles(usb).map((f) => [`biosec-hub-offline/${f}`, readFileSync(join(usb, f))])), { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
        mkdirSync(join(web, 'downloads'), { recursive: true });
        writeFileSync(join(web, 'downloads', 'biosec-hub-offline.zip'), zip);
        writeFileSync(join(web, 'downloads', 'biosec-hub-offline.zip.sha256'), `${sha256(zip)}  biosec-hub-offline.zip\n`);
        logger.info(`dist-usb: ${written.size + 1} files, ${bundles.size} classic bundles; zip ${(zip.length / 1e6).toFixed(1)} MB (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
