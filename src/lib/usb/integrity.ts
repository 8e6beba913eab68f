import { createHash } from 'node:crypto';

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** `SHA256SUMS` in the format `sha256sum -c` reads, from each file's SHA-256: `<hash>  <path>` per line, sorted by path. */
export function sha256sums(hashes: Map<string, string>): string {
  return `${[...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, hash]) => `${hash}  ${path}`).join('\n')}\n`;
}

export function parseSha256sums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) out.set(m[2]!, m[1]!);
  }
  return out;
}

/** Files whose content changed, files listed but missing, files present but not listed. */
export function compareWithSums(expected: Map<string, string>, actual: Map<string, string>) {
  return {
    changed: [...expected].filter(([p, h]) => actual.has(p) && actual.get(p) !== h).map(([p]) => p),
    missing: [...expected.keys()].filter((p) => !actual.has(p)),
    extra: [...actual.keys()].filter((p) => !expected.has(p)),
  };
}
