import { expect, test } from 'vitest';
import { seededShuffle, shuffle } from '../../../src/lib/quiz/shuffle.ts';
import { quizKey } from '../../../src/lib/quiz/key.ts';
import type { Question } from '../../../src/schemas/quiz.ts';

const ordering: Question = { id: 'q', type: 'ordering', objective: 'o', prompt: 'p', options: ['a', 'b', 'c'].map((id) => ({ id, text: id })), correct: ['a', 'b', 'c'], explanation: 'e', source: 's' };

test('shuffle keeps every item', () => expect(shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]));

test('the first order of an ordering question is stable and never the right order', () => {
  for (const seed of ['x', 'y', 'z', 'w', 'v', 'u']) {
    const order = seededShuffle(seed, ordering)!;
    expect(order).toEqual(seededShuffle(seed, ordering));
    expect(order).not.toEqual(ordering.correct);
    expect([...order].sort()).toEqual(['a', 'b', 'c']);
  }
});

test('the embedded quiz key carries the answer key but no text', () => {
  const key = quizKey({ id: 'k', module: 'm', passMark: 50, shuffle: true, questions: [ordering] });
  expect(JSON.stringify(key)).not.toContain('"text":"a"');
  expect(key.questions[0]).toMatchObject({ correct: ['a', 'b', 'c'] });
});
