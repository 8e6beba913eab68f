/**
 * The element that starts at `start` (an opening `<div` tag), with everything
 * inside it, found by counting nested `<div>`s. Astro's output is well formed,
 * so counting one tag name is enough for our own wrappers.
 */
export function outerDivAt(html: string, start: number): string {
  const re = /<div\b|<\/div>/g;
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error('unbalanced <div> in built page');
}

/** The page's content block: our wrapper marked `data-biosec-content`. */
export function contentOf(html: string): string {
  const start = html.indexOf('<div data-biosec-content');
  if (start < 0) throw new Error('built page has no data-biosec-content block');
  return outerDivAt(html, start);
}

/** Stylesheet URLs and inline `<style>` blocks of a built page, in order. */
export function stylesOf(html: string): { links: string[]; inline: string[] } {
  return {
    links: [...html.matchAll(/<link\s[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
    inline: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
  };
}

/** Site-absolute links (`href="/x/"`) made absolute on `site`, so they still lead somewhere from inside an LMS. */
export function absolutizeLinks(html: string, site: string): string {
  return html.replace(/\shref="\/(?!\/)([^"]*)"/g, (_, path: string) => ` href="${new URL(path, site).href}"`);
}

/** `url(/_astro/x.woff2)` in CSS → `url(x.woff2)`, with the list of files so referenced. */
export function flattenCssUrls(css: string): { css: string; files: string[] } {
  const files: string[] = [];
  const out = css.replace(/url\((['"]?)\/_astro\/([^)'"]+)\1\)/g, (_, q: string, name: string) => {
    files.push(name);
    return `url(${q}${name}${q})`;
  });
  return { css: out, files };
}

/** Removes the site's module scripts (the package brings its own classic script); data scripts such as the quiz key stay. */
export function stripModuleScripts(html: string): string {
  return html.replace(/<script\b(?=[^>]*\btype="module")[^>]*>[\s\S]*?<\/script>/g, '');
}
