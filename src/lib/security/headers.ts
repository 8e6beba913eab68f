/**
 * HTTP security headers for the web build, written to `dist/_headers` (the
 * format Netlify and Cloudflare Pages read; `scripts/serve.ts` applies it in
 * tests). The Content-Security-Policy allows the site's own files and the
 * exact inline scripts and styles the build wrote (by hash), and nothing from
 * other origins. Not used for the USB copy: on file:// there is no server.
 */
import { createHash } from 'node:crypto';

export interface InlineHashes {
  scripts: Set<string>;
  styles: Set<string>;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Adds the CSP hashes of a page's inline scripts and `<style>` elements (not JSON data blocks, which never run). */
export function collectInlineHashes(html: string, into: InlineHashes): InlineHashes {
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/\ssrc=/.test(attrs) || /\stype="application\/(?:ld\+)?json"/.test(attrs)) continue;
    into.scripts.add(hash(m[2]!));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) into.styles.add(hash(m[1]!));
  return into;
}

/** Inline event handler attributes (`onclick="…"`) in a page: the policy blocks them, and the site must not need them. */
export function inlineHandlers(html: string): string[] {
  // Candidates first (cheap), then keep those inside a tag: the last `<` before them comes after the last `>`.
  return [...html.matchAll(/\s(on[a-z]+)=/gi)].filter((m) => html.lastIndexOf('<', m.index) > html.lastIndexOf('>', m.index)).map((m) => m[1]!.toLowerCase());
}

export function contentSecurityPolicy(hashes: InlineHashes): string {
  const sorted = (s: Set<string>) => [...s].sort().join(' ');
  return [
    "default-src 'self'",
    // Pagefind's search runs as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${sorted(hashes.scripts)}`.trim(),
    `style-src 'self' ${sorted(hashes.styles)}`.trim(),
    // Starlight sets CSS custom properties in style attributes.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

export const securityHeaders = (policy: string): Record<string, string> => ({
  'Content-Security-Policy': policy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
});

/** `_headers`: one rule for every path. */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}\n`).join('')}`;
}

/** Rules of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: Record<string, string> }[] {
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${JSON.stringify(line)}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

export function headersFor(path: string, rules: ReturnType<typeof parseHeadersFile>): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));
}
