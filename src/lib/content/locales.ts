/**
 * The nine locales of BIOSEC Hub. English is the root locale (no URL prefix);
 * every other locale lives under `/<key>/`. `lang` is the BCP 47 tag used in
 * `<html lang>` and in `src/content/i18n/<lang>.json`.
 */
export const locales = [
  { key: 'root', lang: 'en', label: 'English', script: 'Latn' },
  { key: 'th', lang: 'th', label: 'ไทย', script: 'Thai' },
  { key: 'vi', lang: 'vi', label: 'Tiếng Việt', script: 'Latn' },
  { key: 'id', lang: 'id', label: 'Bahasa Indonesia', script: 'Latn' },
  { key: 'ms', lang: 'ms', label: 'Bahasa Melayu', script: 'Latn' },
  { key: 'km', lang: 'km', label: 'ខ្មែរ', script: 'Khmr' },
  { key: 'lo', lang: 'lo', label: 'ລາວ', script: 'Laoo' },
  { key: 'my', lang: 'my', label: 'မြန်မာ', script: 'Mymr' },
  { key: 'fil', lang: 'fil', label: 'Filipino', script: 'Latn' },
] as const;

export type Locale = (typeof locales)[number];
export type LocaleLang = Locale['lang'];

/** Language tags of all locales, English first. */
export const localeLangs: LocaleLang[] = locales.map((l) => l.lang);

/** Locale prefixes used in URLs and content folders (every locale except English). */
export const translatedLangs = localeLangs.filter((l) => l !== 'en');

/**
 * Splits a docs slug such as `th/modules/wp1/x` into its locale and the
 * locale-independent part (`modules/wp1/x`). English slugs have no prefix.
 */
export function splitLocale(slug: string): { lang: LocaleLang; base: string } {
  const [first, ...rest] = slug.split('/');
  const match = translatedLangs.find((l) => l === first);
  if (match) return { lang: match, base: rest.join('/') };
  return { lang: 'en', base: slug };
}

/** The Starlight `locales` config object. */
export function starlightLocales(): Record<string, { label: string; lang: string }> {
  return Object.fromEntries(locales.map((l) => [l.key, { label: l.label, lang: l.lang }]));
}

/** The URL prefix of a locale's pages: none for English (the root locale), `/th` for Thai. */
export const localePrefix = (lang: string) => (lang === 'en' ? '' : `/${lang}`);
