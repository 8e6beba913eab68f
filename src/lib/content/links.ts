import GithubSlugger from 'github-slugger';

/** An internal link found in a page body, with its 1-based line number. */
export interface BodyLink {
  href: string;
  line: number;
}

// Markdown links `[text](/path/)` and JSX/HTML `href="/path/"` or `link: '/path/'` (Starlight hero actions),
// root-relative (`/…`) or to a part of the same page (`#…`).
const linkPatterns = [/\]\(([/#][^)\s]*)\)/g, /\bhref=["']([/#][^"']*)["']/g, /\blink:\s*["']?(\/[^"'\s]*)["']?/g];

/** Root-relative links (`/…`) and links to a part of the same page (`#…`) in a page body or frontmatter text. */
export function internalLinks(text: string, firstLine = 1): BodyLink[] {
  const out: BodyLink[] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const re of linkPatterns) {
      for (const m of lineText.matchAll(re)) out.push({ href: m[1]!, line: firstLine + i });
    }
  });
  return out;
}

/**
 * The docs slug a root-relative link points at, or `null` for a static file
 * (a path with a file extension) that is checked elsewhere.
 * `/th/modules/wp1/x/#part` → `th/modules/wp1/x`; `/` → `` (the home page).
 */
export function linkSlug(href: string): string | null {
  const path = href.split(/[?#]/)[0]!;
  const last = path.split('/').pop() ?? '';
  if (/\.[a-z0-9]+$/i.test(last) && !last.endsWith('.html')) return null;
  return path.replace(/\/index\.html$|\.html$/, '').replace(/^\/+|\/+$/g, '');
}

/** The fragment of a link (`/x/#part` → `part`), or `null` where it has none. */
export function linkFragment(href: string): string | null {
  const i = href.indexOf('#');
  return i >= 0 && i < href.length - 1 ? decodeURIComponent(href.slice(i + 1)) : null;
}

/**
 * The ids a page's parts can be linked by: its Markdown headings, slugged as
 * Astro's Markdown processor does (github-slugger over the heading's text,
 * repeats numbered), and the `id` of any HTML element written in the body.
 */
export function anchorIds(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const text = heading[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '');
      ids.add(slugger.slug(text));
    }
    // HTML elements only (lower-case names): a component's `id` prop, like <Term id>, names no element.
    for (const m of line.matchAll(/<[a-z][\w-]*\s[^>]*?\bid=["']([^"']+)["']/g)) ids.add(m[1]!);
  }
  return ids;
}
