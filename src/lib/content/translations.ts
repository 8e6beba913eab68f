import type { ContentIndex } from './check.ts';
import { translatedLangs, type LocaleLang } from './locales.ts';

export type TranslationCell = 'missing' | 'draft' | 'reviewed' | 'outdated';
export const translationCells: TranslationCell[] = ['missing', 'draft', 'reviewed', 'outdated'];

export interface TranslationRow {
  /** Locale-independent page id, e.g. `modules/wp1/biorisk-management`. */
  page: string;
  title: string;
  states: Record<string, TranslationCell>;
}

/**
 * What is translated where: for every English page and every other locale,
 * whether a translation is missing, a draft, reviewed, or out of date (its
 * English source changed since). `npm run translations` and the Translation
 * status page both print this.
 */
export function translationReport(index: ContentIndex) {
  const english = index.pages.filter((p) => p.lang === 'en' && p.base !== '404').sort((a, b) => a.base.localeCompare(b.base));
  const rows: TranslationRow[] = english.map((en) => ({
    page: en.base,
    title: en.data.title,
    states: Object.fromEntries(
      translatedLangs.map((lang) => {
        const t = index.pages.find((p) => p.lang === lang && p.base === en.base);
        const state: TranslationCell = !t ? 'missing' : t.translationState === 'source' ? 'draft' : t.translationState;
        return [lang, state];
      }),
    ),
  }));
  const totals = Object.fromEntries(
    translatedLangs.map((lang) => [lang, Object.fromEntries(translationCells.map((c) => [c, rows.filter((r) => r.states[lang] === c).length])) as Record<TranslationCell, number>]),
  ) as Record<Exclude<LocaleLang, 'en'>, Record<TranslationCell, number>>;
  return { rows, totals };
}
