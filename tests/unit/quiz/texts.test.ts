import { describe, expect, test } from 'vitest';
import { localizeQuiz, mergeTexts, questionTexts, unknownTextKeys } from '../../../src/lib/quiz/texts.ts';
import type { Quiz } from '../../../src/schemas/quiz.ts';

const quiz: Quiz = {
  id: 'x',
  module: 'm',
  passMark: 70,
  shuffle: false,
  questions: [
    { id: 'q1', type: 'single', objective: 'o1', prompt: 'Which?', options: [{ id: 'a', text: 'A', feedback: 'fa' }, { id: 'b', text: 'B', feedback: 'fb' }], correct: 'a', explanation: 'Because', source: 's' },
    { id: 'q2', type: 'true-false', objective: 'o1', statement: 'Sky is green', correct: false, feedback: { true: 'no', false: 'yes' }, explanation: 'E', source: 's' },
  ],
};

describe('questionTexts', () => {
  test('lists every translatable text, keyed by ids, without the answer key', () => {
    expect(questionTexts(quiz.questions[0]!)).toEqual({ prompt: 'Which?', options: { a: { text: 'A', feedback: 'fa' }, b: { text: 'B', feedback: 'fb' } }, explanation: 'Because' });
  });
});

describe('unknownTextKeys', () => {
  test('names keys the source does not have, at any depth', () => {
    const source = questionTexts(quiz.questions[0]!);
    expect(unknownTextKeys(source, { prompt: 'x', correct: 'b', options: { z: { text: 'x' }, a: { txt: 'x' } } })).toEqual(['correct', 'options.z', 'options.a.txt']);
  });
  test('accepts a partial translation', () => expect(unknownTextKeys(questionTexts(quiz.questions[0]!), { prompt: 'x' })).toEqual([]));
});

describe('mergeTexts and localizeQuiz', () => {
  test('missing strings fall back to English and are listed', () => {
    const { texts, missing } = mergeTexts(questionTexts(quiz.questions[0]!), { prompt: 'ข้อไหน', options: { a: { text: 'ก' } } });
    expect(texts).toMatchObject({ prompt: 'ข้อไหน', options: { a: { text: 'ก', feedback: 'fa' } } });
    expect(missing).toEqual(['options.a.feedback', 'options.b.text', 'options.b.feedback', 'explanation']);
  });

  test('a fully translated question is not flagged; a partial one is', () => {
    const localized = localizeQuiz(quiz, {
      q1: { prompt: 'ข้อไหน', options: { a: { text: 'ก', feedback: 'ฟก' }, b: { text: 'ข', feedback: 'ฟข' } }, explanation: 'เพราะ' },
      q2: { statement: 'ฟ้าสีเขียว' },
    });
    expect(localized.map((l) => l.fallback)).toEqual([false, true]);
    expect(localized[0]!.question).toMatchObject({ prompt: 'ข้อไหน', correct: 'a', options: [{ id: 'a', text: 'ก' }, { id: 'b', text: 'ข' }] });
    expect(localized[1]!.question).toMatchObject({ statement: 'ฟ้าสีเขียว', correct: false, feedback: { true: 'no', false: 'yes' } });
  });

  test('without a translation the quiz is English and not flagged', () => {
    expect(localizeQuiz(quiz, undefined).every((l) => !l.fallback)).toBe(true);
  });
});
