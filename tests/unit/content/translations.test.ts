import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { sourceHash } from '../../../src/lib/content/hash.ts';
import { translationReport } from '../../../src/lib/content/translations.ts';

const page = (title: string, extra = '') => `---\ntitle: ${title}\ndescription: d\nkind: page\nclassification: TLP:CLEAR\nlastReviewed: 2026-11-25${extra}\n---\n\n${title} text.\n`;

function repo(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'biosec-translations-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  const write = (all: Record<string, string>) => {
    for (const [path, text] of Object.entries(all)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    git('add', '-A');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'x');
  };
  write(files);
  return { root, write };
}

describe('translationReport', () => {
  const english = page('About');
  const { root, write } = repo({
    'src/content/docs/about.mdx': english,
    'src/content/docs/license.mdx': page('License'),
    'src/content/docs/th/about.mdx': page('เกี่ยวกับ', `\ntranslation:\n  status: draft\n  source: ${sourceHash(english)}`),
    'src/content/docs/km/about.mdx': page('អំពី', `\ntranslation:\n  status: reviewed\n  source: ${sourceHash(english)}`),
  });

  test('counts missing, draft and reviewed translations per locale', () => {
    const { rows, totals } = translationReport(checkContent(root).index);
    expect(rows.find((r) => r.page === 'about')?.states).toMatchObject({ th: 'draft', km: 'reviewed', vi: 'missing' });
    expect(totals.th).toEqual({ missing: 1, draft: 1, reviewed: 0, outdated: 0 });
    expect(totals.km).toEqual({ missing: 1, draft: 0, reviewed: 1, outdated: 0 });
  });

  test('changing the English page marks its translations out of date, without failing the check', () => {
    write({ 'src/content/docs/about.mdx': readFileSync(join(root, 'src/content/docs/about.mdx'), 'utf8').replace('text.', 'new text.') });
    const { issues, index } = checkContent(root);
    expect(issues).toEqual([]);
    expect(translationReport(index).rows.find((r) => r.page === 'about')?.states).toMatchObject({ th: 'outdated', km: 'outdated' });
  });
});
