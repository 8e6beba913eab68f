import { describe, expect, test } from 'vitest';
import { pageFields, pageRuleIssues } from '../../../src/schemas/page.ts';

const base = { kind: 'module', classification: 'TLP:CLEAR', lastReviewed: '2026-11-25' };

describe('pageFields', () => {
  test('accepts dates as strings or as the Date objects Astro parses them into', () => {
    expect(pageFields.parse({ ...base, kind: 'page' }).lastReviewed).toBe('2026-11-25');
    expect(pageFields.parse({ ...base, kind: 'page', lastReviewed: new Date('2026-11-25') }).lastReviewed).toBe('2026-11-25');
  });

  test('refuses anything but TLP:CLEAR', () => {
    expect(pageFields.safeParse({ ...base, classification: 'TLP:GREEN' }).success).toBe(false);
  });
});

describe('pageRuleIssues', () => {
  test('a module needs a work package, level, duration, 3-6 objectives, 3 sources and a quiz', () => {
    const issues = pageRuleIssues(pageFields.parse(base));
    expect(issues.map((i) => i.path.join('.'))).toEqual(['workPackage', 'level', 'duration', 'objectives', 'sources', 'quiz']);
  });

  test('a plain page needs none of them', () => {
    expect(pageRuleIssues(pageFields.parse({ ...base, kind: 'page' }))).toEqual([]);
  });
});
