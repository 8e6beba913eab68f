import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

/**
 * Gzipped bytes a browser fetches before a page is usable: the HTML, every
 * linked stylesheet, and every script that runs on load (module and classic
 * scripts, inline or linked). `read` returns a site-relative asset's content.
 */
export function pageWeight(html: string, read: (url: string) => string | Uint8Array): PageWeight {
  const css = [...html.matchAll(/<link\s[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce((sum, m) => sum + gz(read(m[1]!)), 0);
  const linked = [...html.matchAll(/<script\s[^>]*src="([^"]+)"[^>]*><\/script>/g)].reduce((sum, m) => sum + gz(read(m[1]!)), 0);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1]!.trim())
    .reduce((sum, m) => sum + gz(m[1]!), 0);
  return { html: gz(html), css, js: linked + inline };
}

/** The middle value of a list of numbers (the lower middle for an even count). */
export function median<T>(items: T[], by: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => by(a) - by(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
