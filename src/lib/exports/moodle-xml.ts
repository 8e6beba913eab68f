import type { Question } from '../../schemas/quiz.ts';
import { exportQuestions, stemOf, type ExportQuestion } from './flatten.ts';
import { multipleWeights } from './fractions.ts';
import { categoryPath, type ExportLabels } from './gift.ts';

/** Text for a `<text>` element: CDATA when escaping would change it, with `]]>` split as Moodle does. */
export function xmlText(text: string): string {
  if (!/[<>&]/.test(text)) return text;
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const el = (name: string, text: string, format = 'plain_text') => `<${name} format="${format}"><text>${xmlText(text)}</text></${name}>`;

function body(q: ExportQuestion): string[] {
  switch (q.type) {
    case 'single':
      return [
        '<single>true</single>',
        '<shuffleanswers>true</shuffleanswers>',
        '<answernumbering>abc</answernumbering>',
        ...q.options.map((o) => `<answer fraction="${o.id === q.correct ? 100 : 0}" format="plain_text"><text>${xmlText(o.text)}</text>${o.feedback ? el('feedback', o.feedback) : ''}</answer>`),
      ];
    case 'multiple': {
      const w = multipleWeights(q.correct.length);
      return [
        '<single>false</single>',
        '<shuffleanswers>true</shuffleanswers>',
        '<answernumbering>abc</answernumbering>',
        ...q.options.map((o) => `<answer fraction="${q.correct.includes(o.id) ? w.right : w.wrong}" format="plain_text"><text>${xmlText(o.text)}</text>${o.feedback ? el('feedback', o.feedback) : ''}</answer>`),
      ];
    }
    case 'true-false':
      return (['true', 'false'] as const).map(
        (v) => `<answer fraction="${String(q.correct) === v ? 100 : 0}" format="moodle_auto_format"><text>${v}</text>${q.feedback ? el('feedback', q.feedback[v]) : ''}</answer>`,
      );
    case 'matching': {
      const used = new Set(Object.values(q.correct));
      const sub = (left: string, right: string) => `<subquestion format="plain_text"><text>${xmlText(left)}</text><answer><text>${xmlText(right)}</text></answer></subquestion>`;
      return [
        '<shuffleanswers>true</shuffleanswers>',
        ...q.left.map((l) => sub(l.text, q.right.find((r) => r.id === q.correct[l.id])!.text)),
        ...q.right.filter((r) => !used.has(r.id)).map((r) => sub('', r.text)),
      ];
    }
    case 'ordering':
      // qtype_ordering (core from Moodle 4.4): the right order is the order of the answers.
      return [
        '<layouttype>VERTICAL</layouttype>',
        '<selecttype>ALL</selecttype>',
        '<selectcount>0</selectcount>',
        '<gradingtype>RELATIVE_NEXT_EXCLUDE_LAST</gradingtype>',
        '<showgrading>SHOW</showgrading>',
        ...q.correct.map((id, i) => `<answer fraction="${i + 1}" format="plain_text"><text>${xmlText(q.options.find((o) => o.id === id)!.text)}</text></answer>`),
      ];
  }
}

/** The Moodle XML type of each exported question. */
export function moodleType(q: ExportQuestion): string {
  return { single: 'multichoice', multiple: 'multichoice', 'true-false': 'truefalse', matching: 'matching', ordering: 'ordering' }[q.type];
}

/**
 * A quiz as Moodle XML: a category for the module, then one `<question>` per
 * question. Ordering uses Moodle's ordering type with "relative to the next
 * item" grading, the rule our own grader uses.
 */
export function toMoodleXml(quiz: { id: string; questions: Question[] }, category: string[], labels: ExportLabels): string {
  const questions = exportQuestions(quiz.questions).map((q) =>
    [
      `  <question type="${moodleType(q)}">`,
      `    <name><text>${xmlText(`${quiz.id} ${q.id}`)}</text></name>`,
      `    ${el('questiontext', stemOf(q, labels))}`,
      `    ${el('generalfeedback', q.explanation)}`,
      '    <defaultgrade>1</defaultgrade>',
      `    <penalty>${q.type === 'true-false' ? 1 : 0.3333333}</penalty>`,
      '    <hidden>0</hidden>',
      `    <idnumber>${attr(`${quiz.id}-${q.id}`)}</idnumber>`,
      ...body(q).map((line) => `    ${line}`),
      '  </question>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    `  <question type="category"><category><text>${xmlText(`$course$/top/${categoryPath(category)}`)}</text></category></question>`,
    ...questions,
    '</quiz>',
    '',
  ].join('\n');
}
