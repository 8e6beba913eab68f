// How the page middleware (usb-pages.ts, inside Astro's render bundle) reaches the USB copy's worker (usb.ts):
// one global function, set while a build renders. A registry symbol, as the two are bundled apart.
import { htmlFileOfUrl } from '../lib/manifest.ts';

type TakePage = (file: string, body: Uint8Array) => void;
const channel = Symbol.for('biosec.usb.rendered-page');
const slot = globalThis as { [channel]?: TakePage };

export const pageTaker = (): TakePage | undefined => slot[channel];
export const setPageTaker = (take: TakePage | undefined) => {
  slot[channel] = take;
};

/**
 * The file Astro writes a rendered page to, relative to the output folder: the
 * error pages go to `404.html` and `500.html` whatever their URL (`/404/` with
 * trailingSlash 'always'); every other page to `<path>/index.html`.
 */
export function renderedFile(pathname: string, routePattern: string): string {
  if (routePattern === '/404' || routePattern === '/500') return `${routePattern.slice(1)}.html`;
  const path = decodeURI(pathname);
  return htmlFileOfUrl(path.endsWith('/') ? path : `${path}/`);
}
