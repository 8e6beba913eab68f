import type { Question } from '../../schemas/quiz.ts';
import { exportQuestions, stemOf, type ExportQuestion } from './flatten.ts';
import { multipleWeights } from './fractions.ts';

/** Escapes GIFT's special characters; backslash first, as Moodle's own exporter does. */
export function giftEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([~=#{}:])/g, '\\$1')
    .replace(/\r/g, '')
    .replace(/\n/g, '\\n');
}

/** A category path: levels joined by `/`, a `/` inside a name doubled (Moodle's rule). */
export function categoryPath(levels: string[]): string {
  return levels.map((l) => l.replace(/\//g, '//')).join('/');
}

const fb = (feedback: string | undefined) => (feedback ? `#${giftEscape(feedback)}` : '');

/** Ordinal labels for positions, used by the ordering → matching mapping. */
export interface ExportLabels {
  case: string;
  position: (n: number) => string;
}

function answers(q: ExportQuestion, labels: ExportLabels): string[] {
  switch (q.type) {
    case 'single':
      return q.options.map((o) => `${o.id === q.correct ? '=' : '~'}${giftEscape(o.text)}${fb(o.feedback)}`);
    case 'multiple': {
      // Only ~%w% lines: a single = would turn the question into single choice.
      const w = multipleWeights(q.correct.length);
      return q.options.map((o) => `~%${q.correct.includes(o.id) ? w.right : w.wrong}%${giftEscape(o.text)}${fb(o.feedback)}`);
    }
    case 'true-false': {
      // GIFT: the first # is shown when the answer is wrong, the second when it is right.
      const right = q.feedback?.[String(q.correct) as 'true' | 'false'];
      const wrong = q.feedback?.[String(!q.correct) as 'true' | 'false'];
      return [`${q.correct ? 'TRUE' : 'FALSE'}${wrong || right ? `#${giftEscape(wrong ?? '')}#${giftEscape(right ?? '')}` : ''}`];
    }
    case 'matching': {
      const pairs = q.left.map((l) => `=${giftEscape(l.text)} -> ${giftEscape(q.right.find((r) => r.id === q.correct[l.id])!.text)}`);
      const used = new Set(Object.values(q.correct));
      // Distractors: an answer with an empty left side (accepted by Moodle and gift-pegjs).
      return [...pairs, ...q.right.filter((r) => !used.has(r.id)).map((r) => `= -> ${giftEscape(r.text)}`)];
    }
    case 'ordering':
      // GIFT has no ordering type: each item is matched to its position (1st, 2nd …).
      return q.correct.map((id, i) => `=${giftEscape(q.options.find((o) => o.id === id)!.text)} -> ${giftEscape(labels.position(i + 1))}`);
  }
}

/**
 * A quiz as a GIFT file: one `$CATEGORY` for the module, then one block per
 * question (scenario steps become single-choice questions sharing the case),
 * per-option feedback after `#`, the explanation as general feedback `####`.
 */
export function toGift(quiz: { id: string; questions: Question[] }, category: string[], labels: ExportLabels): string {
  const blocks = [`$CATEGORY: ${categoryPath(category)}`];
  for (const q of exportQuestions(quiz.questions)) {
    const lines = answers(q, labels).map((a) => `  ${a}`);
    blocks.push(
      [`// [id:${quiz.id}-${q.id}]`, `::${giftEscape(`${quiz.id} ${q.id}`)}::[plain]${giftEscape(stemOf(q, labels))}{`, ...lines, `  ####${giftEscape(q.explanation)}`, '}'].join('\n'),
    );
  }
  return `${blocks.join('\n\n')}\n`;
}
