/**
 * Offline search over file://, shared by the e2e tests (does it find?) and
 * `npm run bench` (how fast is the first search?).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { htmlFileOfUrl, type Manifest } from '../manifest.ts';
import { pageForIndex } from '../search/offline.ts';
import { needsSegmentation, segmentWords } from '../search/segment.ts';

/** The text of every page of a locale in its own language (what its offline index holds), by file in `usb`. */
export function localePages(usb: string, manifest: Manifest, locale: string): Map<string, string> {
  const squash = (t: string) => t.toLocaleLowerCase(locale).replace(/\s/g, '');
  return new Map(
    manifest.pages
      .filter((p) => p.locale === locale && p.translation !== 'fallback')
      .map((p) => {
        const file = join(usb, htmlFileOfUrl(p.url));
        const text = pageForIndex(readFileSync(file, 'utf8'));
        return [file, squash(`${text.description} ${text.text}`)];
      }),
  );
}

/**
 * Words from the middle of the page `source`, as Node segments them, that at
 * most 10 pages of the locale hold: a search for one must list `source` among
 * its 20 results. In Thai, Khmer, Lao and Burmese, only words of the
 * locale's own script, the ones that need segmenting.
 */
export function seedWords(locale: string, pages: Map<string, string>, source: string, count: number): string[] {
  const text = pageForIndex(readFileSync(source, 'utf8')).text;
  const unspaced = needsSegmentation(locale);
  const rare = [...new Set(segmentWords(text.slice(text.length / 3), locale))]
    .filter((w) => [...w].length >= (unspaced ? 4 : 6) && !/\d/.test(w) && (!unspaced || !/\p{Script=Latin}/u.test(w)))
    .filter((w) => [...pages.values()].filter((t) => t.includes(w.toLocaleLowerCase(locale))).length <= 10);
  return rare.filter((_, i) => i % Math.max(1, Math.floor(rare.length / count)) === 0).slice(0, count);
}

/**
 * The first search on a freshly loaded page, as the learner meets it: search
 * opens (the index starts loading) and the query is there at once, so the
 * time covers loading the index parts, building the index and searching.
 * Read from the offline search's performance marks, in the page's own clock.
 */
export async function firstSearch(page: Page, url: string, query: string): Promise<{ total: number; load: number; build: number; search: number }> {
  await page.goto(url);
  await page.waitForLoadState('load');
  // The search UI is set up in an idle callback after load.
  await page.waitForFunction(() => document.querySelector('dialog input[type=search]'));
  return page.evaluate(async (q) => {
    document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')!.click();
    const input = document.querySelector<HTMLInputElement>('dialog input[type=search]')!;
    input.value = q;
    input.dispatchEvent(new Event('input'));
    const mark = (name: string) => performance.getEntriesByName(`biosec-search:${name}`)[0]?.startTime;
    while (mark('results') === undefined) await new Promise((resolve) => setTimeout(resolve, 1));
    if (!document.querySelector('a[data-search-result]')) throw new Error(`no result for ${q}`);
    return { total: mark('results')! - mark('index-start')!, load: mark('index-loaded')! - mark('index-start')!, build: mark('index-ready')! - mark('index-loaded')!, search: mark('results')! - mark('index-ready')! };
  }, query);
}
