import { expect, test } from 'vitest';
import { languageName, longDate, numberFormat } from '../../../src/lib/content/intl.ts';
import { localePrefix } from '../../../src/lib/content/locales.ts';

test('formatters follow the reader’s language and are made once per language', () => {
  expect(numberFormat('en').format(1500)).toBe('1,500');
  expect(numberFormat('th')).toBe(numberFormat('th'));
  expect(numberFormat('th')).not.toBe(numberFormat('en'));
  expect(longDate('en').format(new Date('2026-12-07T00:00:00Z'))).toBe('December 7, 2026');
  // A calendar day stays that day wherever the build runs.
  expect(longDate('en').format(new Date('2026-12-07T23:30:00Z'))).toBe('December 7, 2026');
});

test('language names are in the reader’s language, and a code Intl does not know stays a code', () => {
  expect(languageName('th', 'en')).toBe('Thai');
  expect(languageName('en', 'id')).toBe('Inggris');
  expect(languageName('zz', 'en')).toBe('zz');
});

test('the locale prefix is empty for English, the root locale', () => {
  expect(localePrefix('en')).toBe('');
  expect(localePrefix('km')).toBe('/km');
});
