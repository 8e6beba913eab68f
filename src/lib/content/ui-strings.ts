import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from './locales.ts';

/** Reads `src/content/i18n/<lang>.json` for every locale (missing files give empty objects; `npm run check` reports them). */
export function readUiStrings(root: string): Record<string, Record<string, string>> {
  return Object.fromEntries(
    locales.map((l) => {
      try {
        return [l.lang, JSON.parse(readFileSync(join(root, 'src/content/i18n', `${l.lang}.json`), 'utf8'))];
      } catch {
        return [l.lang, {}];
      }
    }),
  );
}

/** A UI string in English with its translations keyed by Starlight locale key, for config labels. */
export function labelFor(strings: Record<string, Record<string, string>>, key: string): { label: string; translations: Record<string, string> } {
  const translations: Record<string, string> = {};
  for (const l of locales) {
    const value = strings[l.lang]?.[key];
    if (l.lang !== 'en' && value) translations[l.lang] = value;
  }
  return { label: strings.en?.[key] ?? key, translations };
}
