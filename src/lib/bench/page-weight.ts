import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

/**
 * The script at `url` and every chunk it imports statically (`import … from "./x.js"`),
 * which the browser loads before running it. Dynamic `import()` chunks are left out: they load later.
 */
export function staticImportClosure(url: string, read: (url: string) => string | Uint8Array): string[] {
  const seen = new Set<string>();
  const visit = (u: string) => {
    if (seen.has(u)) return;
    seen.add(u);
    const code = Buffer.from(read(u)).toString('utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?"(\.\/[^"]+)"/g)) visit(new URL(m[1]!, `http://x${u}`).pathname);
  };
  visit(url);
  return [...seen];
}

/**
 * Gzipped bytes a browser fetches before a page is usable: the HTML, every
 * linked stylesheet, and every script that runs on load (module and classic
 * scripts, inline or linked, with the chunks they import statically).
 * `read` returns a site-relative asset's content.
 */
export function pageWeight(html: string, read: (url: string) => string | Uint8Array): PageWeight {
  const css = [...html.matchAll(/<link\s[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce((sum, m) => sum + gz(read(m[1]!)), 0);
  const scripts = new Set([...html.matchAll(/<script\s[^>]*src="([^"]+)"[^>]*><\/script>/g)].flatMap((m) => staticImportClosure(m[1]!, read)));
  const linked = [...scripts].reduce((sum, url) => sum + gz(read(url)), 0);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1]!.trim())
    .reduce((sum, m) => sum + gz(m[1]!), 0);
  return { html: gz(html), css, js: linked + inline };
}

/** Gzipped size of a text or file. */
export const gzSize = gz;

/** The middle value of a list of numbers (the lower middle for an even count). */
export function median<T>(items: T[], by: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => by(a) - by(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
