import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeLangs, splitLocale } from '../../../src/lib/content/locales.ts';

const i18n = (lang: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../src/content/i18n', `${lang}.json`), 'utf8'));
const english = i18n('en');

describe('UI strings', () => {
  for (const lang of localeLangs.filter((l) => l !== 'en')) {
    test(`${lang} has every key that English has, each non-empty`, () => {
      const strings = i18n(lang);
      const missing = Object.keys(english).filter((k) => typeof strings[k] !== 'string' || !strings[k].trim());
      expect(missing).toEqual([]);
    });

    test(`${lang} keeps every placeholder of the English strings`, () => {
      const strings = i18n(lang);
      for (const [key, value] of Object.entries<string>(english)) {
        const placeholders = value.match(/\{\{\w+\}\}|\[[A-Z_]+\]/g) ?? [];
        for (const p of placeholders) expect(strings[key], `${lang} ${key}`).toContain(p);
      }
    });
  }

  test('English includes every Starlight UI key', async () => {
    // @ts-ignore -- Starlight's built translation file ships without type declarations.
    const { default: starlightEnglish } = (await import('../../../node_modules/@astrojs/starlight/dist/translations/en.js')) as { default: Record<string, string> };
    expect(Object.keys(english)).toEqual(expect.arrayContaining(Object.keys(starlightEnglish)));
  });
});

describe('splitLocale', () => {
  test('separates a locale prefix', () => expect(splitLocale('th/modules/wp1/x')).toEqual({ lang: 'th', base: 'modules/wp1/x' }));
  test('treats unprefixed slugs as English', () => expect(splitLocale('modules/wp1/x')).toEqual({ lang: 'en', base: 'modules/wp1/x' }));
  test('does not mistake a folder that starts like a locale', () => expect(splitLocale('thesis/x').lang).toBe('en'));
});
