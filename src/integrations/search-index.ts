import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { manifestPageFromHtml, urlOfHtmlFile } from '../lib/manifest.ts';
import { builtFiles } from './build-files.ts';
import { patchPagefindSegmentation } from '../lib/search/pagefind-patch.ts';
import { htmlText, needsSegmentation, segmentWords, spaceWordsInHtml, subwords } from '../lib/search/segment.ts';

const check = <T extends { errors: string[] }>(response: T): T => {
  if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
  return response;
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The page as the index should read it: words of unspaced scripts separated,
 * the parts of compound words added at low weight (see `subwords`), and the
 * title kept as written for the results list.
 */
function segmentedCopy(html: string, lang: string, title: string): string {
  const main = /<main data-pagefind-body[^>]*>/;
  const words = [...new Set(segmentWords(htmlText(html), lang))];
  const parts = [...new Set(words.flatMap((w) => subwords(w, lang)))];
  return spaceWordsInHtml(html, lang)
    .replace(main, (tag) => `${tag}<span data-pagefind-meta="title" hidden>${escapeHtml(title)}</span>`)
    .replace('</main>', `<div data-pagefind-weight="0.5" hidden>${escapeHtml(parts.join(' '))}</div></main>`);
}

/**
 * The web search index, in place of Starlight's: every page in its own
 * language (English fallback pages in other locales are left out, so results
 * stay in the reader's language), with Thai, Khmer, Lao and Burmese text split
 * into words first. The built pages themselves are not changed.
 */
export function biosecSearchIndex(): AstroIntegration {
  return {
    name: 'biosec-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { index } = check(await pagefind.createIndex({}));
        let pages = 0;
        try {
          for (const f of builtFiles(out).filter((name) => name.endsWith('.html'))) {
            const url = urlOfHtmlFile(f);
            const html = readFileSync(join(out, f), 'utf8');
            const meta = manifestPageFromHtml(url, html);
            if (!meta || meta.translation === 'fallback') continue;
            const content = needsSegmentation(meta.locale) ? segmentedCopy(html, meta.locale, meta.title) : html;
            check(await index!.addHTMLFile({ url, content }));
            pages++;
          }
          check(await index!.writeFiles({ outputPath: join(out, 'pagefind') }));
        } finally {
          await pagefind.close();
        }
        for (const name of ['pagefind.js', 'pagefind-worker.js']) {
          const path = join(out, 'pagefind', name);
          writeFileSync(path, patchPagefindSegmentation(readFileSync(path, 'utf8'), name));
        }
        logger.info(`search index: ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
