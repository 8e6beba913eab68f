import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { collectInlineHashes, contentSecurityPolicy, headersFile, headersFor, inlineHandlers, parseHeadersFile, securityHeaders } from '../../../src/lib/security/headers.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

test('inline scripts and styles are hashed; external scripts and JSON data blocks are not', () => {
  const html = '<script>a()</script><script src="/x.js"></script><script type="application/json">{"a":1}</script><script type="module">b()</script><style>p{}</style>';
  const hashes = collectInlineHashes(html, { scripts: new Set(), styles: new Set() });
  expect([...hashes.scripts].sort()).toEqual([sha('a()'), sha('b()')].sort());
  expect([...hashes.styles]).toEqual([sha('p{}')]);
  const policy = contentSecurityPolicy(hashes);
  expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[sha('a()'), sha('b()')].sort().join(' ')}`);
  expect(policy).toContain(`style-src 'self' ${sha('p{}')}`);
  expect(policy).not.toMatch(/https?:|\*/);
});

test('inline event handlers are found', () => {
  expect(inlineHandlers('<img src=x onerror="a()"><button type="button" onClick=b>x</button><p>one=two</p>')).toEqual(['onerror', 'onclick']);
  expect(inlineHandlers('<a href="/" data-on="x">online</a>')).toEqual([]);
});

test('_headers round-trips, and rules match paths by pattern', () => {
  const headers = securityHeaders("default-src 'self'");
  const rules = parseHeadersFile(`# comment\n${headersFile(headers)}/exports/*\n  X-Extra: 1\n`);
  expect(headersFor('/modules/x/', rules)).toEqual(headers);
  expect(headersFor('/exports/a.zip', rules)).toEqual({ ...headers, 'X-Extra': '1' });
  expect(() => parseHeadersFile('  X-Orphan: 1\n')).toThrow(/outside a rule/);
});
