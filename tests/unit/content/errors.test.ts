import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { describeValue, formatIssue, formatPath, issuesFromZod } from '../../../src/lib/content/errors.ts';

describe('formatPath', () => {
  test('writes list indexes in brackets and fields with dots', () => {
    expect(formatPath(['questions', 2, 'correct'])).toBe('questions[2].correct');
    expect(formatPath([])).toBe('');
  });
});

describe('describeValue', () => {
  test('says when a field is missing', () => expect(describeValue(undefined)).toBe('nothing (the field is missing)'));
  test('quotes strings and shortens long ones', () => {
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue('a'.repeat(100))).toHaveLength(62);
  });
  test('counts list items', () => expect(describeValue([1, 2])).toBe('a list of 2 items'));
});

describe('issuesFromZod', () => {
  const schema = z.strictObject({ n: z.number({ error: 'expected a number of minutes' }), s: z.string() });

  test('uses our "expected …" messages and reports the value found', () => {
    const data = { n: 'ten', s: 'ok' };
    const issues = issuesFromZod('a.yaml', schema.safeParse(data).error!.issues, data);
    expect(issues.map(formatIssue)).toEqual(['a.yaml: n: expected a number of minutes, found "ten"']);
  });

  test("turns zod's own wording into an expectation", () => {
    const data = { n: 1 };
    const issues = issuesFromZod('a.yaml', schema.safeParse(data).error!.issues, data);
    expect(issues.map(formatIssue)).toEqual(['a.yaml: s: expected string, found nothing (the field is missing)']);
  });

  test('names each unknown field', () => {
    const data = { n: 1, s: 'x', extra: true };
    const issues = issuesFromZod('a.yaml', schema.safeParse(data).error!.issues, data);
    expect(issues[0]).toMatchObject({ path: 'extra' });
  });
});
