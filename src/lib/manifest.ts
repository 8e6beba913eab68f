import { decodeEntities } from './html-entities.ts';

/** One built page in `dist/manifest.json`. */
export interface ManifestPage {
  url: string;
  /** Locale-independent page id (`modules/wp1/x`): the same for a page in every locale. */
  id: string;
  locale: string;
  title: string;
  kind: string;
  workPackage: number | null;
  level: string | null;
  quiz: string | null;
  /** `source` (English), `draft` | `reviewed` | `outdated` (translated), `fallback` (English text served in another locale). */
  translation: string;
}

export interface Manifest {
  version: 1;
  generated: string;
  pages: ManifestPage[];
  quizzes: string[];
}

/** URL path of a built HTML file relative to the output folder: `th/about/index.html` → `/th/about/`. */
export function urlOfHtmlFile(relativePath: string): string {
  const posix = relativePath.replaceAll('\\', '/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** The built HTML file of a page URL, relative to the output folder: the inverse of `urlOfHtmlFile`. */
export function htmlFileOfUrl(url: string): string {
  return url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
}

/** Reads the `<meta name="biosec:page">` record and `<html lang>` of a built page; `null` for pages without one. */
export function manifestPageFromHtml(url: string, html: string): ManifestPage | null {
  const meta = /<meta name="biosec:page" content="([^"]*)"/.exec(html);
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html);
  if (!meta || !lang) return null;
  const data = JSON.parse(decodeEntities(meta[1]!));
  return {
    url,
    id: data.id,
    locale: lang[1]!,
    title: data.title,
    kind: data.kind,
    workPackage: data.workPackage,
    level: data.level,
    quiz: data.quiz,
    translation: data.translation,
  };
}
