// A minimal static server for tests: serves a built folder on loopback the way a static host does
// (folder URLs → index.html, unknown paths → 404.html). Independent of `astro preview`, which
// refuses to start while another preview of the same project runs. Sends the headers of
// `_headers` and compresses text with gzip, as Netlify or Cloudflare Pages would, so tests
// run under the real CSP and Lighthouse sees the bytes a learner downloads.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../src/lib/security/headers.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' } } });
const root = resolve(values.dir!);
const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

function fileFor(urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const full = join(root, path);
  if (!full.startsWith(root)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  return existsSync(index) ? index : undefined;
}

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);
const gzipped = new Map<string, Buffer>();

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = fileFor(path);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  const headers: Record<string, string> = { ...headersFor(path, headerRules), 'content-type': types[extname(body)] ?? 'application/octet-stream' };
  if (compressible.has(extname(body)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    let zipped = gzipped.get(body);
    if (!zipped) gzipped.set(body, (zipped = gzipSync(readFileSync(body))));
    res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    res.end(zipped);
    return;
  }
  res.writeHead(status, headers);
  createReadStream(body).pipe(res);
}).listen(Number(values.port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${values.port}/`));
