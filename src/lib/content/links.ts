/** An internal link found in a page body, with its 1-based line number. */
export interface BodyLink {
  href: string;
  line: number;
}

// Markdown links `[text](/path/)` and JSX/HTML `href="/path/"` or `link: '/path/'` (Starlight hero actions).
const linkPatterns = [/\]\((\/[^)\s]*)\)/g, /\bhref=["'](\/[^"']*)["']/g, /\blink:\s*["']?(\/[^"'\s]*)["']?/g];

/** Root-relative links (`/…`) in a page body or frontmatter text. */
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
