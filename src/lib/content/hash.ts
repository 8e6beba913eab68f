import { createHash } from 'node:crypto';

/**
 * The hash a translation records as `translation.source`: the first 12 hex
 * characters of the git blob id of the English file. Using git's own id means
 * `git log --raw` can tell which English version a translation follows, and a
 * translator can reproduce it with `git hash-object <file>`.
 */
export function sourceHash(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex').slice(0, 12);
}
