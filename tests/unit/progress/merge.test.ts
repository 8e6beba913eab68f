import { describe, expect, test } from 'vitest';
import { bestAttempts, mergeProgress } from '../../../src/lib/progress/merge.ts';
import { migrateProgress } from '../../../src/lib/progress/migrate.ts';
import { progressSummary } from '../../../src/lib/progress/summary.ts';
import type { Attempt, Progress } from '../../../src/lib/progress/schema.ts';

const attempt = (quiz: string, score: number, time: string, passed = score >= 7): Attempt => ({ quiz, score, max: 9, passed, time, answers: {} });
const progress = (visits: Progress['visits'], attempts: Attempt[]): Progress => ({ version: 1, visits, attempts });

describe('mergeProgress', () => {
  const mine = progress({ a: { first: '2026-01-05', last: '2026-01-06' } }, [attempt('q1', 5, '2026-01-05')]);
  const theirs = progress({ a: { first: '2026-01-01', last: '2026-01-02' }, b: { first: '2026-01-03', last: '2026-01-03' } }, [attempt('q1', 5, '2026-01-05'), attempt('q1', 8, '2026-01-07'), attempt('q2', 3, '2026-01-08')]);

  test('keeps the union of visits with the earliest first and latest last visit', () => {
    const { merged } = mergeProgress(mine, theirs);
    expect(merged.visits).toEqual({ a: { first: '2026-01-01', last: '2026-01-06' }, b: { first: '2026-01-03', last: '2026-01-03' } });
  });

  test('keeps every attempt once, in time order', () => {
    const { merged, changes } = mergeProgress(mine, theirs);
    expect(merged.attempts.map((a) => a.time)).toEqual(['2026-01-05', '2026-01-07', '2026-01-08']);
    expect(changes).toEqual({ visitsAdded: 1, attemptsAdded: 2, quizzesImproved: ['q1', 'q2'] });
  });

  test('merging the same record twice changes nothing', () => {
    const once = mergeProgress(mine, theirs).merged;
    const twice = mergeProgress(once, theirs);
    expect(twice.merged).toEqual(once);
    expect(twice.changes).toEqual({ visitsAdded: 0, attemptsAdded: 0, quizzesImproved: [] });
  });
});

test('bestAttempts keeps the highest share per quiz, the earlier on a tie', () => {
  const best = bestAttempts([attempt('q', 5, '1'), attempt('q', 8, '2'), attempt('q', 8, '3')]);
  expect(best.get('q')?.time).toBe('2');
});

describe('migrateProgress', () => {
  test('current data passes through', () => expect(migrateProgress({ version: 1, visits: {}, attempts: [] })).toEqual({ version: 1, visits: {}, attempts: [] }));
  test('older data is brought forward one step at a time', () => {
    const steps = { 1: (d: Record<string, unknown>) => ({ ...d, renamed: d.visits }), 2: (d: Record<string, unknown>) => ({ ...d, extra: true }) };
    expect(migrateProgress({ version: 1, visits: 'v' }, steps, 3)).toEqual({ version: 3, visits: 'v', renamed: 'v', extra: true });
  });
  test('a future version, a missing step or no version gives undefined', () => {
    expect(migrateProgress({ version: 2 })).toBeUndefined();
    expect(migrateProgress({ version: 1 }, {}, 2)).toBeUndefined();
    expect(migrateProgress({ visits: {} })).toBeUndefined();
    expect(migrateProgress('x')).toBeUndefined();
  });
});

test('progressSummary counts modules read and quizzes passed', () => {
  const p = progress({ m1: { first: 'x', last: 'x' }, m2: { first: 'x', last: 'x' } }, [attempt('q1', 8, '1'), attempt('q2', 2, '2')]);
  expect(progressSummary(p, [{ id: 'm1', quiz: 'q1' }, { id: 'm2', quiz: 'q2' }, { id: 'm3', quiz: 'q3' }])).toEqual({ total: 3, visited: 2, passed: 1 });
});
