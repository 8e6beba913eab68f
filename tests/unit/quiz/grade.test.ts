import { describe, expect, test } from 'vitest';
import { formatScore, gradeMatching, gradeMultiple, gradeOrdering, gradeQuestion, gradeQuiz, gradeScenario, scenarioOutcome } from '../../../src/lib/quiz/grade.ts';
import type { Question, ScenarioQuestion } from '../../../src/schemas/quiz.ts';

const common = { objective: 'o1', explanation: 'e', source: 's' };
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: id, feedback: 'f' }));
const single: Question = { ...common, id: 'q1', type: 'single', prompt: 'p', options: opts('a', 'b', 'c'), correct: 'b' };
const multiple: Question = { ...common, id: 'q2', type: 'multiple', prompt: 'p', options: opts('a', 'b', 'c', 'd'), correct: ['a', 'c'] };
const trueFalse: Question = { ...common, id: 'q3', type: 'true-false', statement: 's', correct: false };
const ordering: Question = { ...common, id: 'q4', type: 'ordering', prompt: 'p', options: opts('s1', 's2', 's3', 's4'), correct: ['s1', 's2', 's3', 's4'] };
const matching: Question = {
  ...common,
  id: 'q5',
  type: 'matching',
  prompt: 'p',
  left: [{ id: 'l1', text: '' }, { id: 'l2', text: '' }, { id: 'l3', text: '' }, { id: 'l4', text: '' }],
  right: [{ id: 'r1', text: '' }, { id: 'r2', text: '' }, { id: 'r3', text: '' }, { id: 'r4', text: '' }],
  correct: { l1: 'r1', l2: 'r2', l3: 'r3', l4: 'r4' },
};
const scenario: ScenarioQuestion = {
  ...common,
  id: 'q6',
  type: 'scenario',
  case: 'c',
  start: 's1',
  steps: [
    { id: 's1', prompt: 'p', correct: 'a', options: [{ id: 'a', text: '', feedback: '', next: 's2' }, { id: 'b', text: '', feedback: '', next: 's3' }] },
    { id: 's2', prompt: 'p', correct: 'a', options: [{ id: 'a', text: '', feedback: '', outcome: 'good' }, { id: 'b', text: '', feedback: '', outcome: 'poor' }] },
    { id: 's3', prompt: 'p', correct: 'a', options: [{ id: 'a', text: '', feedback: '', outcome: 'partial' }, { id: 'b', text: '', feedback: '', outcome: 'poor' }] },
  ],
  outcomes: [{ id: 'good', text: '' }, { id: 'partial', text: '' }, { id: 'poor', text: '' }],
};

describe('single and true-false: all or nothing', () => {
  test('the right option scores 1, another 0, none 0 and unanswered', () => {
    expect(gradeQuestion(single, 'b')).toEqual({ id: 'q1', score: 1, correct: true, answered: true });
    expect(gradeQuestion(single, 'a').score).toBe(0);
    expect(gradeQuestion(single, undefined)).toMatchObject({ score: 0, answered: false });
    expect(gradeQuestion(trueFalse, false).correct).toBe(true);
    expect(gradeQuestion(trueFalse, true).score).toBe(0);
  });
  test('an answer of the wrong shape scores 0', () => expect(gradeQuestion(single, ['b']).score).toBe(0));
});

describe('multiple: +1/k per correct option chosen, −1/k per wrong one, never below 0', () => {
  test('exactly the right options score 1', () => expect(gradeMultiple(['a', 'c'], ['c', 'a'])).toBe(1));
  test('half the right options score 0.5', () => expect(gradeMultiple(['a', 'c'], ['a'])).toBe(0.5));
  test('a wrong option cancels a right one', () => expect(gradeMultiple(['a', 'c'], ['a', 'b'])).toBe(0));
  test('choosing everything scores 0, not a free half', () => expect(gradeMultiple(['a', 'c'], ['a', 'b', 'c', 'd'])).toBe(0));
  test('only wrong options floor at 0', () => expect(gradeMultiple(['a', 'c'], ['b', 'd'])).toBe(0));
  test('the same option twice counts once', () => expect(gradeMultiple(['a', 'c'], ['a', 'a'])).toBe(0.5));
  test('through gradeQuestion, an empty choice is unanswered', () => expect(gradeQuestion(multiple, [])).toMatchObject({ score: 0, answered: false }));
});

describe('ordering: share of the right neighbouring pairs kept in order', () => {
  test('the right order scores 1', () => expect(gradeOrdering(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1));
  test('one step moved to the end keeps 2 of 3 pairs', () => expect(gradeOrdering(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b'])).toBeCloseTo(1 / 3));
  test('two neighbours swapped keep 1 of 3 pairs', () => expect(gradeOrdering(['a', 'b', 'c', 'd'], ['b', 'a', 'c', 'd'])).toBeCloseTo(1 / 3));
  test('the last two swapped keep 1 of 3 pairs', () => expect(gradeOrdering(['a', 'b', 'c', 'd'], ['a', 'b', 'd', 'c'])).toBeCloseTo(1 / 3));
  test('a reversed list scores 0', () => expect(gradeOrdering(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(0));
  test('a block moved whole keeps its inner pairs', () => expect(gradeOrdering(['a', 'b', 'c', 'd'], ['c', 'd', 'a', 'b'])).toBeCloseTo(2 / 3));
  test('through gradeQuestion', () => expect(gradeQuestion(ordering, ['s1', 's2', 's3', 's4']).correct).toBe(true));
});

describe('matching: share of left items paired right', () => {
  test('all pairs right score 1', () => expect(gradeMatching(matching.correct, { l1: 'r1', l2: 'r2', l3: 'r3', l4: 'r4' })).toBe(1));
  test('three of four right score 0.75', () => expect(gradeMatching(matching.correct, { l1: 'r1', l2: 'r2', l3: 'r3', l4: 'r1' })).toBe(0.75));
  test('unmatched items score nothing', () => expect(gradeMatching(matching.correct, { l1: 'r1' })).toBe(0.25));
});

describe('scenario: best choices along the path, over the steps of the best path', () => {
  test('the best path scores 1 and ends well', () => {
    expect(gradeScenario(scenario, ['a', 'a'])).toBe(1);
    expect(scenarioOutcome(scenario, ['a', 'a'])).toBe('good');
  });
  test('a good first choice then a poor one scores 0.5', () => expect(gradeScenario(scenario, ['a', 'b'])).toBe(0.5));
  test('a poor first choice then the best recovery scores 0.5', () => {
    expect(gradeScenario(scenario, ['b', 'a'])).toBe(0.5);
    expect(scenarioOutcome(scenario, ['b', 'a'])).toBe('partial');
  });
  test('a path not yet at an outcome is unanswered', () => {
    expect(scenarioOutcome(scenario, ['a'])).toBeNull();
    expect(gradeQuestion(scenario, ['a']).answered).toBe(false);
  });
  test('choices that are not options stop the path', () => expect(gradeScenario(scenario, ['z', 'a'])).toBe(0));
});

describe('gradeQuiz', () => {
  const quiz = { passMark: 70, questions: [single, multiple, trueFalse, ordering, matching, scenario] };
  test('all right passes with full marks', () => {
    const r = gradeQuiz(quiz, { q1: 'b', q2: ['a', 'c'], q3: false, q4: ['s1', 's2', 's3', 's4'], q5: matching.correct, q6: ['a', 'a'] });
    expect(r).toMatchObject({ score: 6, max: 6, passed: true });
  });
  test('partial credit adds up and is compared with the pass mark', () => {
    const r = gradeQuiz(quiz, { q1: 'b', q2: ['a'], q3: false, q4: ['s1', 's2', 's3', 's4'], q5: { l1: 'r1', l2: 'r2', l3: 'r3', l4: 'r1' }, q6: ['a', 'b'] });
    expect(r.score).toBeCloseTo(4.75);
    expect(r.passed).toBe(true);
  });
  test('just under the pass mark fails', () => {
    const r = gradeQuiz({ passMark: 70, questions: [single, trueFalse, single, trueFalse, single, trueFalse, single, trueFalse, single, trueFalse].map((q, i) => ({ ...q, id: `q${i}` })) }, { q0: 'b', q1: false, q2: 'b', q3: false, q4: 'b', q5: false, q6: 'a' });
    expect(r).toMatchObject({ score: 6, max: 10, passed: false });
  });
  test('exactly the pass mark passes, even from thirds', () => {
    expect(gradeQuiz({ passMark: 100 / 3, questions: [single, trueFalse, { ...single, id: 'q9' }] }, { q1: 'b' }).passed).toBe(true);
  });
});

test('formatScore keeps whole numbers whole and fractions short', () => {
  expect(formatScore(7, 9)).toBe('7/9');
  expect(formatScore(6.5, 9)).toBe('6.5/9');
  expect(formatScore(1 / 3, 9)).toBe('0.33/9');
});
