import { describe, expect, test } from 'vitest';
import { classTable, questionDifficulty, readLearnerFiles, toCsv } from '../../../src/lib/dashboard/summary.ts';
import { progressFile } from '../../../src/lib/progress/store.ts';
import type { QuizKey } from '../../../src/lib/quiz/key.ts';

const key: QuizKey = {
  id: 'q',
  passMark: 50,
  shuffle: false,
  questions: [
    { id: 'a', type: 'single', objective: 'o', prompt: '', options: [{ id: 'x', text: '' }, { id: 'y', text: '' }], correct: 'x', explanation: '', source: '' },
    { id: 'b', type: 'true-false', objective: 'o', statement: '', correct: true, explanation: '', source: '' },
  ],
};
const file = (name: string, learner: string, answers: Record<string, unknown>, score: number) => ({
  name,
  text: progressFile({ version: 1, visits: {}, attempts: [{ quiz: 'q', score, max: 2, passed: score >= 1, time: '2026-01-01T00:00:00Z', answers }] }, learner, new Date()).text,
});

describe('readLearnerFiles', () => {
  test('accepts good files and lists bad ones with the reason', () => {
    const { learners, rejected } = readLearnerFiles([file('a.json', 'Ann', {}, 1), { name: 'bad.json', text: '{' }, { name: 'other.json', text: '{"x":1}' }]);
    expect(learners.map((l) => l.name)).toEqual(['Ann']);
    expect(rejected).toEqual([{ file: 'bad.json', reason: 'not-json' }, { file: 'other.json', reason: 'not-progress-file' }]);
  });
  test('a learner without a name is shown by file name', () => {
    expect(readLearnerFiles([file('nameless.json', '', {}, 1)]).learners[0]!.name).toBe('nameless.json');
  });
});

test('classTable and questionDifficulty summarise best attempts', () => {
  const { learners } = readLearnerFiles([file('a.json', 'Ann', { a: 'x', b: true }, 2), file('b.json', 'Ben', { a: 'y', b: true }, 1)]);
  expect(classTable(learners, ['q', 'none'])).toEqual([
    { learner: 'Ann', cells: [{ score: 2, max: 2, passed: true }, undefined] },
    { learner: 'Ben', cells: [{ score: 1, max: 2, passed: true }, undefined] },
  ]);
  expect(questionDifficulty(learners, [key])).toEqual([
    { quiz: 'q', question: 'a', answered: 2, correctShare: 0.5 },
    { quiz: 'q', question: 'b', answered: 2, correctShare: 1 },
  ]);
});

test('toCsv quotes what needs quoting and defuses spreadsheet formulas', () => {
  expect(toCsv([['a,b', 'say "hi"', '=HYPERLINK("x")', '+1', 3]])).toBe('"a,b","say ""hi""","\'=HYPERLINK(""x"")",\'+1,3\r\n');
});
