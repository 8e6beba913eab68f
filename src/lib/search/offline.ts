/**
 * Offline search for the USB edition: Pagefind needs fetch and WebAssembly,
 * which Chromium blocks on file://, so each locale gets a MiniSearch index
 * that ships as a classic script. Words come from `segment.ts`, like the web
 * index's, so Thai, Khmer, Lao and Burmese are found inside a run of text.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { decodeEntities } from '../html-entities.ts';
import { htmlText, indexWords, needsSegmentation, queryTokens } from './segment.ts';

/** One page in the index. `url` is relative to the site root (`modules/wp1/x/index.html`). */
export interface OfflineDoc {
  id: number;
  url: string;
  title: string;
  description: string;
  text: string;
}

export type OfflineHit = Pick<OfflineDoc, 'url' | 'title' | 'description'>;

/** How a word becomes an index term; shard keys are taken from terms made the same way. */
const termOf = (word: string, lang: string) => word.toLocaleLowerCase(lang);

function options(lang: string): Options<OfflineDoc> {
  const spaced = !needsSegmentation(lang);
  return {
    fields: ['title', 'description', 'text'],
    storeFields: ['url', 'title', 'description'],
    tokenize: (text) => indexWords(text, lang),
    processTerm: (term) => termOf(term, lang),
    searchOptions: {
      tokenize: (query) => queryTokens(query, lang),
      boost: { title: 4, description: 2 },
      combineWith: 'AND',
      // While the learner types, the last word is usually unfinished.
      prefix: (_term, i, terms) => i === terms.length - 1,
      // Typos are forgiven in long words of spaced scripts only: an edit in a
      // short word, or in a syllable of an unspaced script, is another word.
      fuzzy: (term) => (spaced && term.length > 5 ? 0.2 : false),
    },
  };
}

/** Terms with their postings, as MiniSearch serialises them. */
export type IndexEntries = AsPlainObject['index'];
/** Everything of a serialised index but its terms, plus the names of the term shards that exist. */
export type IndexDocs = Omit<AsPlainObject, 'index'> & { shards: string[] };

/**
 * The shard a term lives in: its first character. A query loads only the
 * shards of its words, so the first search stays fast as the site grows (the
 * whole English index took 60–150 ms to load and build in Chromium; one
 * shard takes a few). The price: a typo in a word's first letter is not forgiven.
 */
export function shardOf(term: string): string {
  return term.codePointAt(0)!.toString(16).padStart(4, '0');
}

/** One locale's index, split into the document table and one part per shard. */
export function buildOfflineIndex(docs: OfflineDoc[], lang: string): { docs: IndexDocs; shards: Map<string, IndexEntries> } {
  const index = new MiniSearch(options(lang));
  index.addAll(docs);
  const { index: entries, ...rest } = index.toJSON();
  const shards = new Map<string, IndexEntries>();
  for (const entry of entries) {
    const key = shardOf(entry[0]);
    (shards.get(key) ?? shards.set(key, []).get(key)!).push(entry);
  }
  return { docs: { ...rest, shards: [...shards.keys()].sort() }, shards };
}

/** The shards a query's words live in, of those that exist. */
export function shardsForQuery(query: string, lang: string, docs: IndexDocs): string[] {
  const keys = new Set(queryTokens(query, lang).map((t) => shardOf(termOf(t, lang))));
  return docs.shards.filter((k) => keys.has(k));
}

/** A searchable index from the document table and the shards loaded so far. */
export function loadOfflineIndex(docs: IndexDocs, shards: IndexEntries[], lang: string): MiniSearch<OfflineDoc> {
  const { shards: _names, ...rest } = docs;
  return MiniSearch.loadJS({ ...rest, index: shards.flat() }, options(lang));
}

/** Best pages first; an empty or wordless query finds nothing. */
export function searchOffline(index: MiniSearch<OfflineDoc>, query: string, lang: string, limit = 20): OfflineHit[] {
  if (!queryTokens(query, lang).length) return [];
  return index.search(query).slice(0, limit).map((r) => ({ url: r.url as string, title: r.title as string, description: r.description as string }));
}

/**
 * The classic script that carries one part of an index (`en/docs`,
 * `en/0069`): it only stores the data, so loading it is cheap.
 */
export function offlineIndexScript(key: string, data: unknown): string {
  // JSON.parse of a string literal is faster for engines to load than the same object literal.
  return `(self.biosecSearch=self.biosecSearch||{})[${JSON.stringify(key)}]=JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}

/**
 * What the index reads of a built page: the description and the text of
 * `<main>`, leaving out what the web index leaves out too (quizzes and other
 * forms, `data-pagefind-ignore` labels, the page footer).
 */
export function pageForIndex(html: string): { description: string; text: string } {
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const body = main
    .replace(/<(biosec-quiz|form|footer)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g, ' ');
  return {
    description: decodeEntities(description),
    text: decodeEntities(htmlText(body)).replace(/\s+/g, ' ').trim(),
  };
}
