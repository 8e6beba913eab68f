import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { sourceHash } from '../../../src/lib/content/hash.ts';

test('sourceHash is the first 12 characters of git hash-object', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'biosec-')), 'page.mdx');
  const text = '---\ntitle: ทดสอบ\n---\nText.\n';
  writeFileSync(file, text);
  const git = execFileSync('git', ['hash-object', file], { encoding: 'utf8' }).trim();
  expect(sourceHash(text)).toBe(git.slice(0, 12));
});

test('sourceHash changes when the text changes', () => {
  expect(sourceHash('a')).not.toBe(sourceHash('b'));
});
