import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { PageFields } from '../schemas/page.ts';
import { splitLocale } from '../lib/content/locales.ts';
import { translationStateOf } from '../lib/content/translation-state.ts';

/**
 * What `dist/manifest.json` records about a page, emitted on every page as
 * `<meta name="biosec:page">` so the manifest step reads the built HTML only.
 */
export function pageMetaOf(route: StarlightRouteData) {
  const data = route.entry.data as unknown as PageFields & { title: string };
  const translation = route.isFallback
    ? 'fallback'
    : route.lang === 'en'
      ? 'source'
      : data.translation
        ? translationStateOf(process.cwd(), route.entry.filePath ?? '', data.translation)
        : 'missing';
  return {
    /** The page's locale-independent id (its slug without locale), used as the progress key. */
    id: splitLocale(route.id).base,
    title: data.title,
    kind: data.kind ?? 'page',
    workPackage: data.workPackage ?? null,
    level: data.level ?? null,
    quiz: data.quiz ?? null,
    translation,
  };
}

export type PageMeta = ReturnType<typeof pageMetaOf>;
