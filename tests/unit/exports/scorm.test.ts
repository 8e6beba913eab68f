import { describe, expect, test } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { absolutizeLinks, contentOf, flattenCssUrls, outerDivAt, stripModuleScripts } from '../../../src/lib/exports/html.ts';
import { cmiTimespan, readSuspendData, scorePercent, suspendData, SUSPEND_DATA_LIMIT } from '../../../src/lib/exports/scorm-api.ts';
import { scormManifest } from '../../../src/lib/exports/scorm-package.ts';
import { exportPaths, moduleExportName } from '../../../src/lib/exports/paths.ts';

describe('SCORM 1.2 values', () => {
  test('session time is HH:MM:SS, not ISO 8601', () => {
    expect(cmiTimespan(0)).toBe('00:00:00');
    expect(cmiTimespan(3_725_000)).toBe('01:02:05');
    expect(cmiTimespan(1000 * 3600 * 12345)).toBe('9999:00:00');
  });
  test('score is a percentage with at most two decimals', () => {
    expect(scorePercent(7, 9)).toBe('77.78');
    expect(scorePercent(9, 9)).toBe('100');
  });
  test('suspend data round-trips and never exceeds 4096 characters', () => {
    expect(readSuspendData(suspendData({ q1: 'a' }))).toEqual({ q1: 'a' });
    const big = suspendData({ q1: 'x'.repeat(5000) });
    expect(big.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(readSuspendData(big)).toBeUndefined();
    expect(readSuspendData('garbage')).toBeUndefined();
  });
});

test('the manifest is well formed SCORM 1.2 and lists every file', () => {
  const xml = scormManifest({ identifier: 'biosec x/1', title: 'A & B', masteryScore: 70, files: ['index.html', 'quiz.js'] });
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
  expect(xml).toContain('adlcp:scormtype="sco"');
  expect(xml).toContain('<schemaversion>1.2</schemaversion>');
  expect(xml).toContain('<file href="quiz.js"/>');
  expect(xml).toContain('identifier="biosec-x-1"');
});

describe('built-page helpers', () => {
  test('outerDivAt returns the whole nested block', () => {
    const html = '<p>x</p><div data-biosec-content><div>a</div><div><div>b</div></div></div><div>after</div>';
    expect(contentOf(html)).toBe('<div data-biosec-content><div>a</div><div><div>b</div></div></div>');
    expect(() => outerDivAt('<div><div>', 0)).toThrow();
  });
  test('module scripts are removed, data scripts kept', () => {
    expect(stripModuleScripts('<script type="module" src="/a.js"></script><script type="application/json" data-quiz-key>{}</script><script type="module">x()</script>')).toBe('<script type="application/json" data-quiz-key>{}</script>');
  });
  test('site links become absolute; CSS asset URLs become local', () => {
    expect(absolutizeLinks('<a href="/modules/x/">m</a><a href="https://a.org/">e</a>', 'https://site.org/')).toBe('<a href="https://site.org/modules/x/">m</a><a href="https://a.org/">e</a>');
    expect(flattenCssUrls('a{src:url(/_astro/f.woff2)} b{src:url("/_astro/g.woff")}')).toEqual({ css: 'a{src:url(f.woff2)} b{src:url("g.woff")}', files: ['f.woff2', 'g.woff'] });
  });
});

test('export paths follow the documented layout', () => {
  expect(moduleExportName('modules/wp1/biorisk-management')).toBe('wp1-biorisk-management');
  expect(exportPaths('wp1-x', 'q', 'th')).toEqual({
    gift: 'exports/gift/th/q.gift.txt',
    moodleXml: 'exports/moodle-xml/th/q.xml',
    scorm: 'exports/scorm/th/wp1-x.zip',
    pack: 'exports/packs/wp1-x.zip',
  });
});
