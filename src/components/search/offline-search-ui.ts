/**
 * The search dialog's contents in the USB edition. The USB bundler puts this
 * class where Starlight's search script expects Pagefind's `PagefindUI`, so
 * it is built the same way (`new PagefindUI({ element, translations })`).
 * The locale's index comes as classic scripts: its document table, loaded
 * when the search box first gets focus (Starlight focuses it when the dialog
 * opens), and the shards of the words a query holds, loaded as needed.
 *
 * Test contract: the query goes into `input[type=search]`; each result is an
 * `a[data-search-result]`, in a list whose `data-search-query` names the query
 * it answers. Performance marks `biosec-search:index-start`
 * (search opened), `…:index-loaded` (the parts a query needs are read),
 * `…:index-ready` (index built) and `…:results` time the first search
 * (`npm run bench`).
 */
import type MiniSearch from 'minisearch';
import { loadOfflineIndex, searchOffline, shardsForQuery, type IndexDocs, type IndexEntries, type OfflineDoc } from '../../lib/search/offline.ts';

declare global {
  var biosecSearch: Record<string, unknown> | undefined;
}

type Strings = Record<string, string | undefined>;

// Starlight leaves room for its Cancel button on phones (--sl-search-cancel-space).
const css = `
.biosec-offline-search input{width:calc(100% - var(--sl-search-cancel-space, 0px));box-sizing:border-box;padding:.6rem .8rem;font:inherit;color:var(--sl-color-white);background:var(--sl-color-black);border:1px solid var(--sl-color-gray-4);border-radius:.4rem}
.biosec-offline-search input:focus{outline:2px solid var(--sl-color-text-accent);outline-offset:1px}
.biosec-offline-search [role=status]{margin:.8rem 0;color:var(--sl-color-gray-2)}
.biosec-offline-search ul{list-style:none;padding:0;margin:0}
.biosec-offline-search li{padding:.6rem 0;border-top:1px solid var(--sl-color-gray-5)}
.biosec-offline-search a{font-weight:600;color:var(--sl-color-text-accent)}
.biosec-offline-search p{margin:.2rem 0 0;color:var(--sl-color-gray-2);font-size:var(--sl-text-sm)}`;

const fill = (template: string, values: Record<string, string>) => template.replace(/\[(\w+)\]/g, (whole, k: string) => values[k] ?? whole);

export class OfflineSearchUI {
  constructor(options: { element: string; translations?: Strings }) {
    const host = document.querySelector<HTMLElement>(options.element);
    if (!host) return;
    const t: Strings = options.translations ?? {};
    const lang = document.documentElement.lang;
    const root = document.documentElement.dataset.usbRoot ?? '';
    const unavailable = document.querySelector('[data-offline-search-unavailable]')?.textContent ?? 'Search could not load its index.';

    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);

    const form = document.createElement('form');
    form.className = 'biosec-offline-search';
    form.setAttribute('role', 'search');
    const input = document.createElement('input');
    input.type = 'search';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.placeholder = t.placeholder ?? 'Search';
    input.setAttribute('aria-label', t.search_label ?? 'Search this site');
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    const list = document.createElement('ul');
    form.append(input, status, list);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      list.querySelector('a')?.focus();
    });
    host.replaceChildren(form);

    // Index parts arrive as classic scripts that store their data in `biosecSearch[key]`.
    const parts = new Map<string, Promise<unknown>>();
    const part = (key: string) => {
      let loading = parts.get(key);
      if (!loading) {
        loading = new Promise((resolve, reject) => {
          const script = document.createElement('script');
          script.src = `${root}_search/${key}.js`;
          script.onload = () => (globalThis.biosecSearch?.[key] ? resolve(globalThis.biosecSearch[key]) : reject(new Error(`${key}: no data`)));
          script.onerror = () => reject(new Error(`${script.src} did not load`));
          document.head.append(script);
        });
        parts.set(key, loading);
      }
      return loading;
    };
    const docs = () => part(`${lang}/docs`) as Promise<IndexDocs>;
    // The index is rebuilt only when a query needs a shard it does not have yet.
    let built: { shards: string; index: MiniSearch<OfflineDoc> } | undefined;
    const indexFor = async (query: string) => {
      const table = await docs();
      const needed = shardsForQuery(query, lang, table);
      const have = new Set(built?.shards.split(' ').filter(Boolean));
      if (built && needed.every((k) => have.has(k))) return built.index;
      const keys = [...new Set([...have, ...needed])].sort();
      const shards = (await Promise.all(keys.map((k) => part(`${lang}/${k}`)))) as IndexEntries[];
      performance.mark('biosec-search:index-loaded');
      built = { shards: keys.join(' '), index: loadOfflineIndex(table, shards, lang) };
      performance.mark('biosec-search:index-ready');
      return built.index;
    };

    const show = async () => {
      const query = input.value;
      if (!query.trim()) {
        status.textContent = '';
        list.replaceChildren();
        return;
      }
      let hits;
      try {
        hits = searchOffline(await indexFor(query), query, lang);
      } catch {
        status.textContent = unavailable;
        return;
      }
      // A later keystroke has already started its own search.
      if (input.value !== query) return;
      const values = { SEARCH_TERM: query, COUNT: String(hits.length) };
      // Which query the list answers, for tests and tools that must not read a list still showing an earlier one.
      list.dataset.searchQuery = query;
      status.textContent = fill((hits.length === 0 ? t.zero_results : hits.length === 1 ? t.one_result : t.many_results) ?? '[COUNT]', values);
      list.replaceChildren(
        ...hits.map((hit) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = root + hit.url;
          link.dataset.searchResult = '';
          link.textContent = hit.title;
          item.append(link);
          if (hit.description) {
            const description = document.createElement('p');
            description.textContent = hit.description;
            item.append(description);
          }
          return item;
        }),
      );
      performance.mark('biosec-search:results');
    };
    input.addEventListener(
      'focus',
      () => {
        performance.mark('biosec-search:index-start');
        docs().catch(() => {});
      },
      { once: true },
    );
    input.addEventListener('input', () => void show());
  }
}
