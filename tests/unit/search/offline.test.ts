import { describe, expect, test } from 'vitest';
import { decodeEntities } from '../../../src/lib/html-entities.ts';
import { buildOfflineIndex, loadOfflineIndex, offlineIndexScript, pageForIndex, searchOffline, shardOf, shardsForQuery, type OfflineDoc } from '../../../src/lib/search/offline.ts';

const doc = (id: number, title: string, text: string, description = ''): OfflineDoc => ({ id, url: `p${id}/index.html`, title, description, text });

const json = <T>(data: T): T => JSON.parse(JSON.stringify(data));

/** Built in one step and loaded in another with every shard, as the build writes it and the USB page reads it. */
function roundTrip(docs: OfflineDoc[], lang: string) {
  const built = buildOfflineIndex(docs, lang);
  return loadOfflineIndex(json(built.docs), [...built.shards.values()].map(json), lang);
}

describe('offline search', () => {
  const en = roundTrip(
    [
      doc(1, 'Biorisk management', 'Managing risk in laboratories and stores of pathogens.'),
      doc(2, 'Border control', 'Customs officers check permits for biological materials.', 'Permits at the border'),
      doc(3, 'National inventories', 'A register of high-risk biological materials kept up to date.'),
    ],
    'en',
  );

  test('finds pages by words of the title, description and text, best first', () => {
    expect(searchOffline(en, 'border', 'en').map((h) => h.url)).toEqual(['p2/index.html']);
    expect(searchOffline(en, 'biological materials', 'en').map((h) => h.url).sort()).toEqual(['p2/index.html', 'p3/index.html']);
    expect(searchOffline(en, 'permits', 'en')[0]).toEqual({ url: 'p2/index.html', title: 'Border control', description: 'Permits at the border' });
  });
  test('every word must match; the last one may be unfinished; long words forgive a typo', () => {
    expect(searchOffline(en, 'biological register', 'en').map((h) => h.url)).toEqual(['p3/index.html']);
    expect(searchOffline(en, 'invent', 'en').map((h) => h.url)).toEqual(['p3/index.html']);
    expect(searchOffline(en, 'labratories', 'en').map((h) => h.url)).toEqual(['p1/index.html']);
    expect(searchOffline(en, 'zebra', 'en')).toEqual([]);
  });
  test('an empty or punctuation-only query finds nothing', () => {
    expect(searchOffline(en, '', 'en')).toEqual([]);
    expect(searchOffline(en, ' ?! ', 'en')).toEqual([]);
  });
  test('finds Thai and Khmer words inside a run of text, and the parts of a Khmer compound', () => {
    const th = roundTrip([doc(1, 'หน้า', 'ความมั่นคงทางชีวภาพในภูมิภาค'), doc(2, 'อื่น', 'กฎหมายระหว่างประเทศ')], 'th');
    expect(searchOffline(th, 'ชีวภาพ', 'th').map((h) => h.url)).toEqual(['p1/index.html']);
    expect(searchOffline(th, 'กฎหมาย', 'th').map((h) => h.url)).toEqual(['p2/index.html']);
    const km = roundTrip([doc(1, 'ទំព័រ', 'ការឆ្លើយតបនឹងជំងឺរោគរាតត្បាតនៅតំបន់')], 'km');
    expect(searchOffline(km, 'រោគរាតត្បាត', 'km')).toHaveLength(1);
    expect(searchOffline(km, 'រាតត្បាត', 'km')).toHaveLength(1);
  });
  test('a query needs only the shards of its words, and finds the same with them as with all', () => {
    const docs = [doc(1, 'Biorisk management', 'risk register'), doc(2, 'Border control', 'permits and risk'), doc(3, 'Inventories', 'register')];
    const built = buildOfflineIndex(docs, 'en');
    expect(built.docs.shards).toContain(shardOf('risk'));
    expect(shardsForQuery('Risk REGISTER zzz', 'en', built.docs).sort()).toEqual([shardOf('r')]);
    expect(shardsForQuery('zzz', 'en', built.docs)).toEqual([]);
    for (const query of ['risk register', 'border', 'perm', 'inventories risk']) {
      const some = loadOfflineIndex(built.docs, shardsForQuery(query, 'en', built.docs).map((k) => built.shards.get(k)!), 'en');
      expect(searchOffline(some, query, 'en'), query).toEqual(searchOffline(roundTrip(docs, 'en'), query, 'en'));
    }
    const km = buildOfflineIndex([doc(1, 'ទំព័រ', 'ការឆ្លើយតបនឹងជំងឺរោគរាតត្បាត')], 'km');
    expect(shardsForQuery('ជំងឺរោគ', 'km', km.docs).sort()).toEqual([shardOf('ជ'), shardOf('រ')].sort());
  });
  test('an index script only stores its data under its key', () => {
    const data = { title: 'A "quoted" title', text: 'text </script> here \u2028' };
    const self: { biosecSearch?: Record<string, unknown> } = {};
    new Function('self', offlineIndexScript('en/docs', data))(self);
    expect(self.biosecSearch?.['en/docs']).toEqual(data);
  });
});

describe('pageForIndex', () => {
  test('reads the description and the main text, without quizzes, forms, ignored labels or the footer', () => {
    const html = `<head><meta name="description" content="Risks &amp; rules"></head><body><nav>Menu</nav><main data-pagefind-body><h1>Title</h1>
      <h2>Scope<span class="sr-only" data-pagefind-ignore>Section titled Scope</span></h2><p>Law &lt;and&gt; practice&#39;s&nbsp;core</p>
      <biosec-quiz><form><p>Question text</p></form></biosec-quiz><form><input></form><template>hidden</template>
      <footer>Previous page</footer></main></body>`;
    expect(pageForIndex(html)).toEqual({ description: 'Risks & rules', text: 'Title Scope Law <and> practice\'s core' });
  });
  test('decodes numeric and named entities and leaves unknown ones', () => {
    expect(decodeEntities('&#x41;&#66;&quot;&unknown;')).toBe('AB"&unknown;');
  });
});
