import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { zipFiles } from '../../src/lib/zip.ts';

const files = {
  'a/index.html': Buffer.from('<p>hello</p>'.repeat(100)),
  'font.woff2': Buffer.from([0, 1, 2, 3, 250, 251]),
  'ümlaut/ต.txt': Buffer.from('unicode names'),
  'empty.txt': Buffer.alloc(0),
};

test('archives read back with fflate, byte for byte, deflated or stored', () => {
  const out = unzipSync(zipFiles(files));
  expect(Object.keys(out).sort()).toEqual(Object.keys(files).sort());
  for (const [name, data] of Object.entries(files)) expect(Buffer.from(out[name]!).equals(data), name).toBe(true);
  expect(strFromU8(out['a/index.html']!)).toContain('hello');
});

test('archives pass the integrity test of another unzip (Info-ZIP, or Python)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'biosec-zip-'));
  const file = join(dir, 'x.zip');
  writeFileSync(file, zipFiles(files));
  const unzip = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
  if (unzip.error) execFileSync('python3', ['-c', `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None`, file]);
  else expect(unzip.stdout).toContain('No errors detected');
  expect(readFileSync(file).subarray(0, 4).toString('hex')).toBe('504b0304');
  rmSync(dir, { recursive: true, force: true });
});

test('the same files give the same archive', () => {
  expect(Buffer.from(zipFiles(files)).equals(Buffer.from(zipFiles(files)))).toBe(true);
});

test('a buffer shared by several archives (compressed once) reads back the same in each, at each level', () => {
  const shared = Buffer.from('body { color: black }\n'.repeat(200));
  const first = unzipSync(zipFiles({ 'style.css': shared, 'a.txt': Buffer.from('a') }));
  const second = unzipSync(zipFiles({ 'other/style.css': shared }));
  const faster = unzipSync(zipFiles({ 'style.css': shared }, 1));
  for (const out of [first['style.css'], second['other/style.css'], faster['style.css']]) expect(Buffer.from(out!).equals(shared)).toBe(true);
  // The same bytes in another buffer make the same archive.
  expect(Buffer.from(zipFiles({ 'style.css': shared })).equals(Buffer.from(zipFiles({ 'style.css': Buffer.from(shared) })))).toBe(true);
});
