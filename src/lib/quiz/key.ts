import type { Question, Quiz } from '../../schemas/quiz.ts';

/**
 * What the browser needs to grade a quiz: the structure and answer key without
 * any text (the text is already in the HTML). Embedded in the page as JSON.
 */
export type QuizKey = Pick<Quiz, 'id' | 'passMark' | 'shuffle'> & { questions: Question[] };

const strip = (q: Question): Question => {
  const noText = { id: q.id, objective: q.objective, explanation: '', source: '' };
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'ordering':
      return { ...noText, type: q.type, prompt: '', options: q.options.map((o) => ({ id: o.id, text: '' })), correct: q.correct } as Question;
    case 'true-false':
      return { ...noText, type: q.type, statement: '', correct: q.correct };
    case 'matching':
      return { ...noText, type: q.type, prompt: '', left: q.left.map((o) => ({ id: o.id, text: '' })), right: q.right.map((o) => ({ id: o.id, text: '' })), correct: q.correct };
    case 'scenario':
      return {
        ...noText,
        type: q.type,
        case: '',
        start: q.start,
        steps: q.steps.map((s) => ({ id: s.id, prompt: '', correct: s.correct, options: s.options.map((o) => ({ id: o.id, text: '', feedback: '', next: o.next, outcome: o.outcome })) })),
        outcomes: q.outcomes.map((o) => ({ id: o.id, text: '' })),
      };
  }
};

/** The grading key of a quiz, small enough to embed in every quiz page. */
export function quizKey(quiz: Quiz): QuizKey {
  return { id: quiz.id, passMark: quiz.passMark, shuffle: quiz.shuffle, questions: quiz.questions.map(strip) };
}
