import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { manifestPageFromHtml, urlOfHtmlFile, type Manifest } from '../lib/manifest.ts';
import { builtFiles } from './build-files.ts';

/** Writes `dist/manifest.json`: every built page and every quiz id (the catalogue other tools read). */
export function biosecManifest(): AstroIntegration {
  return {
    name: 'biosec-manifest',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = builtFiles(out)
          .filter((f) => f.endsWith('.html'))
          .map((f) => manifestPageFromHtml(urlOfHtmlFile(f), readFileSync(join(out, f), 'utf8')))
          .filter((p) => p !== null)
          .sort((a, b) => a.url.localeCompare(b.url));
        const quizzes = readdirSync('quizzes', { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
          .sort();
        const manifest: Manifest = { version: 1, generated: new Date().toISOString(), pages, quizzes };
        writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        logger.info(`manifest.json: ${pages.length} pages, ${quizzes.length} quizzes`);
      },
    },
  };
}
