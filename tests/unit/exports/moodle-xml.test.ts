import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { exportQuestions } from '../../../src/lib/exports/flatten.ts';
import { moodleGrade, moodleGrades, multipleWeights } from '../../../src/lib/exports/fractions.ts';
import { toMoodleXml, xmlText } from '../../../src/lib/exports/moodle-xml.ts';
import { loadLocalizedQuiz, quizLanguages } from '../../../src/lib/quiz/load.ts';

const root = join(import.meta.dirname, '../../..');
const labels = { case: 'Case', position: (n: number) => `Position ${n}` };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['question', 'answer', 'subquestion'].includes(name), textNodeName: '#text', trimValues: false });
const text = (node: any) => String(node?.text ?? '');

describe('fractions', () => {
  test('a share per correct option is always on Moodle\'s grade list', () => {
    for (let k = 1; k <= 8; k++) expect(moodleGrades).toContain(multipleWeights(k).right);
  });
  test('an off-list grade is refused', () => expect(() => moodleGrade(37)).toThrow());
});

test('xmlText uses CDATA only when needed and splits ]]>', () => {
  expect(xmlText('plain')).toBe('plain');
  expect(xmlText('a < b ]]> c')).toBe('<![CDATA[a < b ]]]]><![CDATA[> c]]>');
});

for (const id of readdirSync(join(root, 'quizzes'))) {
  for (const lang of quizLanguages(root, id)) {
    test(`${id} (${lang}): Moodle XML is well formed and matches the source per question`, () => {
      const { questions } = loadLocalizedQuiz(root, id, lang);
      const xml = toMoodleXml({ id, questions: questions.map((q) => q.question) }, ['BIOSEC Hub', 'Module'], labels);
      expect(XMLValidator.validate(xml)).toBe(true);
      const parsed = parser.parse(xml).quiz.question as any[];
      expect(parsed[0]['@type']).toBe('category');
      expect(text(parsed[0].category)).toBe('$course$/top/BIOSEC Hub/Module');
      const source = exportQuestions(questions.map((q) => q.question));
      const items = parsed.slice(1);
      expect(items).toHaveLength(source.length);
      source.forEach((q, i) => {
        const x = items[i];
        expect(text(x.generalfeedback)).toBe(q.explanation);
        switch (q.type) {
          case 'single':
          case 'multiple': {
            expect(x['@type']).toBe('multichoice');
            expect(String(x.single)).toBe(q.type === 'single' ? 'true' : 'false');
            const correct = q.type === 'single' ? [q.correct] : q.correct;
            const share = q.type === 'single' ? 100 : multipleWeights(correct.length).right;
            expect(x.answer.map((a: any) => text(a))).toEqual(q.options.map((o) => o.text));
            expect(x.answer.map((a: any) => Number(a['@fraction']))).toEqual(q.options.map((o) => (correct.includes(o.id) ? share : q.type === 'single' ? 0 : -share)));
            expect(x.answer.map((a: any) => text(a.feedback))).toEqual(q.options.map((o) => o.feedback ?? ''));
            break;
          }
          case 'true-false':
            expect(x['@type']).toBe('truefalse');
            expect(x.answer.map((a: any) => [text(a), Number(a['@fraction'])])).toEqual([
              ['true', q.correct ? 100 : 0],
              ['false', q.correct ? 0 : 100],
            ]);
            break;
          case 'matching':
            expect(x['@type']).toBe('matching');
            expect(x.subquestion.filter((s: any) => text(s)).map((s: any) => [text(s), text(s.answer[0])])).toEqual(q.left.map((l) => [l.text, q.right.find((r) => r.id === q.correct[l.id])!.text]));
            break;
          case 'ordering':
            expect(x['@type']).toBe('ordering');
            expect(String(x.selecttype)).toBe('ALL');
            expect(x.answer.map((a: any) => text(a))).toEqual(q.correct.map((oid) => q.options.find((o) => o.id === oid)!.text));
            break;
        }
      });
    });
  }
}
