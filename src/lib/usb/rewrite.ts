/**
 * Rewriting the built site for file:// (a USB stick): no server resolves
 * `/path/` to `/path/index.html`, and Chromium blocks ES modules there, so
 * every site URL becomes relative and points at a file, and module scripts
 * become classic scripts.
 */

const posixDirname = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

/**
 * A site-absolute URL as a path from the site root that names a file
 * (`/modules/x/#a` → `modules/x/index.html#a`); `null` for other URLs.
 */
export function rootRelative(url: string): string | null {
  const match = /^\/([^?#]*)([?#].*)?$/.exec(url);
  if (!match || url.startsWith('//')) return null;
  let path = match[1]!;
  if (path === '' || path.endsWith('/')) path += 'index.html';
  else if (!/\.[a-z0-9]+$/i.test(path.split('/').pop()!)) path += '/index.html';
  return `${path}${match[2] ?? ''}`;
}

/** A site-absolute URL as seen from the HTML or CSS file at `file` (a path relative to the site root). */
export function relativeUrl(url: string, file: string): string {
  return pageHref(url, rootPrefix(file));
}

/**
 * A site-absolute page URL for a link that a script builds: unchanged on the
 * web; in the USB edition (`usbRoot` is `<html data-usb-root>`), the file it
 * names, relative to the page.
 */
export function pageHref(url: string, usbRoot: string | undefined): string {
  const path = usbRoot === undefined ? null : rootRelative(url);
  return path === null ? url : `${usbRoot}${path}`;
}

/** The way from the page at `file` back to the site root: `''` at the root, `'../../'` two folders down. */
export function rootPrefix(file: string): string {
  return '../'.repeat(posixDirname(file).split('/').filter(Boolean).length);
}

/**
 * The page with every `href`/`src` (and the language picker's option values)
 * made relative, `<html data-usb-root>` set to the way back to the site root
 * (scripts find the offline search index there), its module scripts replaced
 * by one classic bundle of all of them (`bundle`; separate bundles would each
 * carry a copy of the chunks they share, and define custom elements twice),
 * inline module scripts run as classic scripts after parsing, and module
 * preloads dropped.
 */
export function rewriteHtml(html: string, file: string, bundle: string | undefined): string {
  let placed = false;
  const prefix = rootPrefix(file);
  const fromRoot = (url: string) => pageHref(url, prefix);
  return html
    // Module preloads name chunks the bundle already holds; font preloads are CORS requests, which file:// pages (origin null) cannot make.
    .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/g, '')
    .replace(/<script\b[^>]*\btype="module"[^>]*\bsrc="[^"]+"[^>]*><\/script>/g, () => {
      if (!bundle) throw new Error(`${file}: no classic bundle for its module scripts`);
      if (placed) return '';
      placed = true;
      return `<script defer src="${fromRoot(bundle)}"></script>`;
    })
    .replace(/<script\b([^>]*)\btype="module"([^>]*)>([\s\S]*?)<\/script>/g, (whole, a: string, b: string, code: string) => {
      if (/\bimport\s*[({"'\w*]/.test(code)) throw new Error(`${file}: an inline module script imports code; it cannot run as a classic script`);
      // Module scripts run after the document is parsed; classic ones run at once, so wait.
      return `<script${`${a}${b}`.trimEnd()}>document.addEventListener('DOMContentLoaded',function(){${code}\n});</script>`;
    })
    .replace(/(\s(?:href|src|action|poster)=")(\/(?!\/)[^"]*)"/g, (_, attr: string, url: string) => `${attr}${fromRoot(url)}"`)
    .replace(/(<option\b[^>]*\svalue=")(\/(?!\/)[^"]*)"/g, (_, start: string, url: string) => `${start}${fromRoot(url)}"`)
    .replace(/<html\b/, `<html data-usb-root="${prefix}"`);
}

/** CSS in `_astro/`: `url(/_astro/x)` → `url(x)`. */
export function rewriteCss(css: string, file: string): string {
  return css.replace(/url\((['"]?)(\/(?!\/)[^)'"]+)\1\)/g, (_, q: string, url: string) => `url(${q}${relativeUrl(url, file)}${q})`);
}

/** Module script URLs a page loads (`<script type="module" src>`), in document order. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
}

/** A stable file name for the bundle of one combination of module scripts. */
export function bundleName(scripts: string[]): string {
  let h = 2166136261;
  for (const c of scripts.join('|')) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return `/_astro/page-scripts.${(h >>> 0).toString(36)}.classic.js`;
}
