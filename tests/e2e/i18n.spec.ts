import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { contentOf } from '../../src/lib/exports/html.ts';
import { locales } from '../../src/lib/content/locales.ts';
import { segmentWords } from '../../src/lib/search/segment.ts';

const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as { pages: { url: string; locale: string; translation: string }[] };
const strings = (lang: string) => JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const english = strings('en');

/** A small seeded generator, so the drawn words are the same on every run. */
function random(seed: number) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The visible text of a page's content, as words (segmented for scripts without spaces). */
function pageWords(url: string, lang: string): string[] {
  const html = readFileSync(join('dist', url, url.endsWith('/') ? 'index.html' : ''), 'utf8');
  // The reading text: Pagefind leaves out forms (so the quiz), and hidden feedback and glossary pop-ups are not what a reader searches for.
  const text = contentOf(html)
    .replace(/<biosec-quiz\b[\s\S]*?<\/biosec-quiz>/g, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(p|span|div|fieldset)\b[^>]*\s(?:hidden|popover)[\s>=][^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
  return segmentWords(text, lang).filter((w) => [...w].length >= 3 && !/^\d+$/.test(w));
}

for (const locale of locales) {
  const searchable = (url: string) => readFileSync(join('dist', url, 'index.html'), 'utf8').includes('<main data-pagefind-body');
  const pages = manifest.pages.filter((p) => p.locale === locale.lang && p.translation !== 'fallback' && p.url.endsWith('/') && searchable(p.url));

  test(`${locale.lang}: search finds words from the middle of this locale's pages (19 of 20 or better)`, async ({ page }) => {
    test.setTimeout(120_000);
    const rand = random(7 + locale.lang.charCodeAt(0));
    const words = new Map(pages.map((p) => [p.url, pageWords(p.url, locale.lang)]));
    // Prefer words found on few pages, so the page they come from ranks among the first results.
    const frequency = new Map<string, number>();
    for (const list of words.values()) for (const w of new Set(list.map((x) => x.toLocaleLowerCase(locale.lang)))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    const draws: { word: string; url: string }[] = [];
    for (let tries = 0; draws.length < 20 && tries < 2000; tries++) {
      const p = pages[Math.floor(rand() * pages.length)]!;
      const list = words.get(p.url)!;
      if (list.length < 10) continue;
      // From the middle: never the first or last tenth of the page.
      const word = list[Math.floor(list.length * (0.1 + rand() * 0.8))]!;
      if ((frequency.get(word.toLocaleLowerCase(locale.lang)) ?? 0) > 3 || draws.some((d) => d.word === word)) continue;
      draws.push({ word, url: p.url });
    }
    expect(draws.length).toBe(20);

    await page.goto(pages[0]!.url);
    await page.locator('site-search button[data-open-modal]').click();
    const input = page.getByRole('dialog').getByRole('textbox');
    let found = 0;
    const missed: string[] = [];
    for (const { word, url } of draws) {
      await input.fill(word);
      const links = page.locator('dialog[open] .pagefind-ui__result-link');
      // Wait for this query's results, not the previous one's: Pagefind's message names the term.
      await expect(page.locator('dialog[open] .pagefind-ui__message')).toContainText(word);
      // Results render a moment after the message, five at a time. Poll: each round shows more results if there are any,
      // so "finds that page" depends neither on ranking nor on when the button appears.
      const more = page.locator('dialog[open] .pagefind-ui__button');
      const hrefs = async () => {
        if (await more.isVisible()) await more.click();
        return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      };
      try {
        await expect.poll(hrefs, { timeout: 8000 }).toContain(url);
        found++;
      } catch {
        missed.push(`${word} (${url})`);
      }
    }
    console.log(`search ${locale.lang}: ${found}/20 found${missed.length ? `; missed ${missed.join(', ')}` : ''}`);
    expect(found, missed.join(', ')).toBeGreaterThanOrEqual(19);
  });

  if (locale.lang !== 'en') {
    test(`${locale.lang}: the interface is in ${locale.label}, with no English left in a sample of strings`, async ({ page }) => {
      const own = strings(locale.lang);
      await page.goto(`/${locale.lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      for (const key of ['skipLink.label', 'search.label', 'themeSelect.accessibleLabel', 'languageSelect.accessibleLabel']) expect(own[key], key).not.toBe(english[key]);
      await expect(page.locator('a[href="#_top"]')).toHaveText(own['skipLink.label']!);
      await expect(page.locator('site-search button[data-open-modal] span').first()).toHaveText(own['search.label']!);
      await expect(page.locator('starlight-theme-select select')).toHaveAccessibleName(own['themeSelect.accessibleLabel']!);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
    });
  }
}

test('the web search index splits Khmer, Lao and Burmese queries too (the mechanism)', async ({ request }) => {
  for (const file of ['pagefind.js', 'pagefind-worker.js']) {
    const code = await (await request.get(`/pagefind/${file}`)).text();
    expect(code, file).toContain('["zh","ja","th","km","lo","my"]');
  }
});

for (const url of ['/km/', '/my/']) {
  test(`axe finds nothing on ${url} pages`, async ({ page }) => {
    const translated = manifest.pages.find((p) => p.url.startsWith(url) && p.url.includes('/modules/') && p.translation !== 'fallback')?.url ?? url;
    await page.goto(translated);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
