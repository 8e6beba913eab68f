// `npm run verify-usb -- <folder>`: compares a copy of the USB edition with its SHA256SUMS.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compareWithSums, parseSha256sums, sha256 } from '../src/lib/usb/integrity.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run verify-usb -- <folder>');
  process.exit(2);
}
const expected = parseSha256sums(readFileSync(join(folder, 'SHA256SUMS'), 'utf8'));
const actual = new Map(
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(folder, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter((f) => f !== 'SHA256SUMS')
    .map((f) => [f, sha256(readFileSync(join(folder, f)))]),
);
const { changed, missing, extra } = compareWithSums(expected, actual);
for (const [label, list] of [['changed', changed], ['missing', missing], ['extra', extra]] as const) for (const f of list) console.log(`${label}: ${f}`);
console.log(`${expected.size} files listed: ${changed.length} changed, ${missing.length} missing, ${extra.length} extra`);
process.exit(changed.length || missing.length || extra.length ? 1 : 0);
