import { expect, test } from 'vitest';
import { sessionSchedule } from '../../../src/lib/content/session-plan.ts';

test('sessionSchedule gives each activity its start and end minute and the total', () => {
  const { rows, total } = sessionSchedule([
    { minutes: 10, activity: 'Welcome' },
    { minutes: 25, activity: 'Talk' },
  ]);
  expect(rows.map((r) => [r.start, r.end])).toEqual([
    [0, 10],
    [10, 35],
  ]);
  expect(total).toBe(35);
});
