import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'gift-pegjs';
import { describe, expect, test } from 'vitest';
import { exportQuestions } from '../../../src/lib/exports/flatten.ts';
import { giftEscape, toGift } from '../../../src/lib/exports/gift.ts';
import { loadLocalizedQuiz, quizLanguages } from '../../../src/lib/quiz/load.ts';

const root = join(import.meta.dirname, '../../..');
const labels = { case: 'Case', position: (n: number) => `Position ${n}` };
const quizIds = readdirSync(join(root, 'quizzes'));

describe('giftEscape', () => {
  test('escapes the special characters, backslash first, and line breaks', () => {
    expect(giftEscape('a\\b ~=#{}: c\nd\r')).toBe('a\\\\b \\~\\=\\#\\{\\}\\: c\\nd');
  });
  test('text full of special characters survives a parse', () => {
    const [, q] = parse(toGift({ id: 'x', questions: [{ id: 'q1', type: 'single', objective: 'o', prompt: 'Time 10:30 {C#} a=b ~ \\ ok?', options: [{ id: 'a', text: 'x: y', feedback: '#1' }, { id: 'b', text: 'z', feedback: 'w' }], correct: 'a', explanation: 'e: f', source: 's' }] }, ['T'], labels)) as any[];
    expect(q.stem.text).toBe('Time 10:30 {C#} a=b ~ \\ ok?');
    expect(q.choices[0]).toMatchObject({ isCorrect: true, text: { text: 'x: y' }, feedback: { text: '#1' } });
  });
});

for (const id of quizIds) {
  for (const lang of quizLanguages(root, id)) {
    test(`${id} (${lang}): GIFT parses and gives the same questions, options and answers`, () => {
      const { quiz, questions } = loadLocalizedQuiz(root, id, lang);
      const source = exportQuestions(questions.map((q) => q.question));
      const parsed = parse(toGift({ id, questions: questions.map((q) => q.question) }, ['BIOSEC Hub', 'A/B module'], labels)) as any[];
      expect(parsed[0]).toMatchObject({ type: 'Category', title: 'BIOSEC Hub/A//B module' });
      const items = parsed.slice(1);
      expect(items).toHaveLength(source.length);
      source.forEach((q, i) => {
        const g = items[i];
        expect(g.title, q.id).toBe(`${quiz.id} ${q.id}`);
        expect(g.globalFeedback.text).toBe(q.explanation);
        switch (q.type) {
          case 'single':
            expect(g.type).toBe('MC');
            expect(g.choices.map((c: any) => c.text.text)).toEqual(q.options.map((o) => o.text));
            expect(g.choices.map((c: any) => c.isCorrect)).toEqual(q.options.map((o) => o.id === q.correct));
            expect(g.choices.map((c: any) => c.feedback?.text)).toEqual(q.options.map((o) => o.feedback));
            break;
          case 'multiple': {
            expect(g.type).toBe('MC');
            const k = q.correct.length;
            g.choices.forEach((c: any, ci: number) => {
              expect(c.text.text).toBe(q.options[ci]!.text);
              expect(c.weight).toBeCloseTo((q.correct.includes(q.options[ci]!.id) ? 100 : -100) / k, 3);
            });
            const positive = g.choices.filter((c: any) => c.weight > 0).reduce((s: number, c: any) => s + c.weight, 0);
            expect(Math.round(positive * 100) / 100).toBeCloseTo(100, 1);
            break;
          }
          case 'true-false':
            expect(g.type).toBe('TF');
            expect(g.isTrue).toBe(q.correct);
            expect(g.stem.text).toBe(q.statement);
            // GIFT: the first # is for a wrong answer, the second for a right one.
            if (q.feedback) {
              expect(g.trueFeedback.text).toBe(q.feedback[String(!q.correct) as 'true' | 'false']);
              expect(g.falseFeedback.text).toBe(q.feedback[String(q.correct) as 'true' | 'false']);
            }
            break;
          case 'matching': {
            expect(g.type).toBe('Matching');
            const pairs = g.matchPairs.filter((p: any) => p.subquestion.text);
            expect(pairs.map((p: any) => [p.subquestion.text, p.subanswer])).toEqual(q.left.map((l) => [l.text, q.right.find((r) => r.id === q.correct[l.id])!.text]));
            expect(g.matchPairs.length).toBe(q.left.length + q.right.length - new Set(Object.values(q.correct)).size);
            break;
          }
          case 'ordering':
            expect(g.type).toBe('Matching');
            expect(g.matchPairs.map((p: any) => [p.subquestion.text, p.subanswer])).toEqual(q.correct.map((oid, n) => [q.options.find((o) => o.id === oid)!.text, `Position ${n + 1}`]));
            break;
        }
      });
    });
  }
}
