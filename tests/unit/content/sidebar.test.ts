import { describe, expect, test } from 'vitest';
import type { PageEntry } from '../../../src/lib/content/check.ts';
import { buildSidebar } from '../../../src/lib/content/sidebar.ts';

const page = (slug: string, data: Partial<PageEntry['data']>, lang: PageEntry['lang'] = 'en') =>
  ({ slug, lang, base: slug, data: { title: slug, kind: 'page', ...data } }) as PageEntry;

describe('buildSidebar', () => {
  const label = (key: string) => ({ label: key, translations: {} });
  const pages = [
    page('work-packages/wp1', { kind: 'overview', workPackage: 1 }),
    page('modules/wp1/b', { kind: 'module', workPackage: 1, sidebar: { order: 2 } }),
    page('modules/wp1/a', { kind: 'module', workPackage: 1, sidebar: { order: 1 } }),
    page('guidance/g', { kind: 'guidance', workPackage: 1 }),
    page('work-packages/wp2', { kind: 'overview', workPackage: 2 }),
    page('th/modules/wp1/a', { kind: 'module', workPackage: 1 }, 'th'),
    page('about', {}),
    page('tracks', {}),
  ];
  const sidebar = buildSidebar(pages, label);

  test('groups pages by work package: overview, modules by order, then guidance', () => {
    expect(sidebar[1]).toEqual({ label: 'biosec.sidebar.wp1', translations: {}, items: [{ slug: 'work-packages/wp1' }, { slug: 'modules/wp1/a' }, { slug: 'modules/wp1/b' }, { slug: 'guidance/g' }] });
  });

  test('lists only English pages (Starlight localises the links)', () => {
    expect(JSON.stringify(sidebar)).not.toContain('th/');
  });

  test('starts with the start group and ends with the about group', () => {
    expect(sidebar[0]).toMatchObject({ label: 'biosec.sidebar.start', items: [{ slug: 'tracks' }] });
    expect(sidebar.at(-1)).toMatchObject({ label: 'biosec.sidebar.about', items: [{ slug: 'about' }] });
  });

  test('leaves out work packages that have no pages yet', () => {
    expect(sidebar.map((g) => ('label' in g ? g.label : ''))).not.toContain('biosec.sidebar.wp3');
  });
});
