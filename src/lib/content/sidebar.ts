import type { PageEntry } from './check.ts';

export interface SidebarLabel {
  label: string;
  translations: Record<string, string>;
}

type SidebarItem = { slug: string } | { label: string; translations: Record<string, string>; items: SidebarItem[] };

const kindOrder = ['overview', 'module', 'guidance', 'exercise', 'reference'];

/**
 * Starlight's sidebar, grouped by work package: each group lists the
 * overview, then modules, guidance, exercises and references (by
 * `sidebar.order`, then title). Built from English pages; Starlight localises
 * each slug to the reader's locale.
 */
export function buildSidebar(pages: PageEntry[], label: (key: string) => SidebarLabel): SidebarItem[] {
  const english = pages.filter((p) => p.lang === 'en');
  const bySlug = (slug: string) => english.some((p) => p.slug === slug);
  const group = (key: string, items: SidebarItem[]) => ({ ...label(key), items });
  const start = ['tracks', 'progress', 'dashboard', 'offline'].filter(bySlug).map((slug) => ({ slug }));
  const wps = [1, 2, 3, 4, 5, 6].map((wp) =>
    group(
      `biosec.sidebar.wp${wp}`,
      english
        .filter((p) => p.data.workPackage === wp)
        .sort(
          (a, b) =>
            kindOrder.indexOf(a.data.kind) - kindOrder.indexOf(b.data.kind) ||
            (a.data.sidebar?.order ?? 999) - (b.data.sidebar?.order ?? 999) ||
            a.data.title.localeCompare(b.data.title),
        )
        // No attributes: Starlight repeats the sidebar on every page, so every byte here is paid once per page and link.
        // The progress script finds a link's page id from its URL (pageIdOfUrl).
        .map((p) => ({ slug: p.slug })),
    ),
  );
  const about = ['glossary', 'lms-guide', 'translation-status', 'about', 'license'].filter(bySlug).map((slug) => ({ slug }));
  return [group('biosec.sidebar.start', start), ...wps.filter((g) => g.items.length), group('biosec.sidebar.about', about)];
}
