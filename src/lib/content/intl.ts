// Intl formatters take far longer to create than to use (PageFacts alone spent
// about 0.9 ms a page creating two, measured at 2,000 pages), so each is made
// once per language and kept.
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();

function once<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let f = made.get(key) as T | undefined;
  if (!f) made.set(key, (f = make()));
  return f;
}

/** Numbers in the reader's language. */
export const numberFormat = (lang: string) => once(`number:${lang}`, () => new Intl.NumberFormat(lang));

/** A long date ("7 December 2026" in its language); dates in content are calendar days, so UTC. */
export const longDate = (lang: string) => once(`date:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));

/** A language's name in the reader's language, or its code where Intl has no name for it. */
export const languageName = (code: string, lang: string) => once(`language:${lang}`, () => new Intl.DisplayNames([lang], { type: 'language' })).of(code) ?? code;
