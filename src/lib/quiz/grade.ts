import type { Question, Quiz, ScenarioQuestion } from '../../schemas/quiz.ts';

/**
 * A learner's answer, by question type:
 * single → option id; multiple → option ids; true-false → boolean;
 * ordering → all option ids in the learner's order; matching → {leftId: rightId};
 * scenario → the option id chosen at each step, in the order the steps were met.
 */
export type Answer = string | boolean | string[] | Record<string, string>;
export type Answers = Record<string, Answer | undefined>;

export interface QuestionResult {
  id: string;
  /** From 0 to 1: every question is worth one point, with partial credit as below. */
  score: number;
  correct: boolean;
  answered: boolean;
}

export interface QuizResult {
  score: number;
  max: number;
  percent: number;
  passed: boolean;
  questions: QuestionResult[];
}

const isStringArray = (a: unknown): a is string[] => Array.isArray(a) && a.every((x) => typeof x === 'string');

/**
 * Partial credit for `multiple`: each correct option chosen adds 1/k and each
 * wrong option chosen takes 1/k away (k = number of correct options), never
 * below 0 — the same weights Moodle uses, so exports grade alike.
 */
export function gradeMultiple(correct: string[], chosen: string[]): number {
  const unique = [...new Set(chosen)];
  const right = unique.filter((c) => correct.includes(c)).length;
  const wrong = unique.length - right;
  return Math.max(0, (right - wrong) / correct.length);
}

/**
 * Partial credit for `ordering`: the share of the n − 1 neighbouring pairs of
 * the right order that stand next to each other, in that order, in the
 * learner's answer. Moving one step out of place costs at most two pairs;
 * a reversed list scores 0.
 */
export function gradeOrdering(correct: string[], order: string[]): number {
  if (correct.length < 2) return order[0] === correct[0] ? 1 : 0;
  const position = new Map(order.map((id, i) => [id, i]));
  let pairs = 0;
  for (let i = 0; i < correct.length - 1; i++) {
    const a = position.get(correct[i]!);
    const b = position.get(correct[i + 1]!);
    if (a !== undefined && b === a + 1) pairs++;
  }
  return pairs / (correct.length - 1);
}

/** Partial credit for `matching`: the share of left items paired with their right item. */
export function gradeMatching(correct: Record<string, string>, pairs: Record<string, string>): number {
  const lefts = Object.keys(correct);
  return lefts.filter((l) => pairs[l] === correct[l]).length / lefts.length;
}

/** The steps met when following the learner's choices from the start step, with the choice made at each. */
export function scenarioPath(q: ScenarioQuestion, choices: string[]): { step: string; choice: string }[] {
  const path: { step: string; choice: string }[] = [];
  let stepId: string | undefined = q.start;
  for (const choice of choices) {
    const step = q.steps.find((s) => s.id === stepId);
    const option = step?.options.find((o) => o.id === choice);
    if (!step || !option) break;
    path.push({ step: step.id, choice });
    stepId = option.next;
  }
  return path;
}

/** Where the scenario ends after these choices: an outcome id, or `null` while a step is still open. */
export function scenarioOutcome(q: ScenarioQuestion, choices: string[]): string | null {
  const last = scenarioPath(q, choices).at(-1);
  if (!last) return null;
  const option = q.steps.find((s) => s.id === last.step)!.options.find((o) => o.id === last.choice)!;
  return option.outcome ?? null;
}

/**
 * Credit for `scenario`: the best choices made along the learner's path, over
 * the number of steps on the best path (following each step's `correct`
 * option from the start), capped at 1.
 */
export function gradeScenario(q: ScenarioQuestion, choices: string[]): number {
  const best = scenarioPath(q, bestScenarioChoices(q)).length;
  const good = scenarioPath(q, choices).filter(({ step, choice }) => q.steps.find((s) => s.id === step)!.correct === choice).length;
  return Math.min(1, good / best);
}

/** The choices that follow each step's `correct` option from the start to an outcome. */
export function bestScenarioChoices(q: ScenarioQuestion): string[] {
  const choices: string[] = [];
  let step = q.steps.find((s) => s.id === q.start);
  while (step && choices.length <= q.steps.length) {
    choices.push(step.correct);
    const next: string | undefined = step.options.find((o) => o.id === step!.correct)?.next;
    step = next === undefined ? undefined : q.steps.find((s) => s.id === next);
  }
  return choices;
}

/** Grades one answer; a missing or malformed answer scores 0. */
export function gradeQuestion(q: Question, answer: Answer | undefined): QuestionResult {
  let score = 0;
  let answered = answer !== undefined;
  switch (q.type) {
    case 'single':
      answered &&= typeof answer === 'string';
      score = answer === q.correct ? 1 : 0;
      break;
    case 'true-false':
      answered &&= typeof answer === 'boolean';
      score = answer === q.correct ? 1 : 0;
      break;
    case 'multiple':
      answered &&= isStringArray(answer) && answer.length > 0;
      score = isStringArray(answer) ? gradeMultiple(q.correct, answer) : 0;
      break;
    case 'ordering':
      answered &&= isStringArray(answer);
      score = isStringArray(answer) ? gradeOrdering(q.correct, answer) : 0;
      break;
    case 'matching': {
      const pairs = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
      answered &&= Object.keys(pairs).length > 0;
      score = gradeMatching(q.correct, pairs);
      break;
    }
    case 'scenario':
      answered &&= isStringArray(answer) && scenarioOutcome(q, answer) !== null;
      score = isStringArray(answer) ? gradeScenario(q, answer) : 0;
      break;
  }
  return { id: q.id, score, correct: score === 1, answered };
}

/** Grades a whole quiz: one point per question, passed when the percentage reaches the pass mark. */
export function gradeQuiz(quiz: Pick<Quiz, 'questions' | 'passMark'>, answers: Answers): QuizResult {
  const questions = quiz.questions.map((q) => gradeQuestion(q, answers[q.id]));
  const score = questions.reduce((sum, r) => sum + r.score, 0);
  const max = questions.length;
  const percent = max ? (score / max) * 100 : 0;
  // The tolerance keeps float error in sums of fractions (1/3 + 1/3 …) from failing an exact pass.
  return { score, max, percent, passed: percent + 1e-9 >= quiz.passMark, questions };
}

/** `6.5/9` — whole numbers stay whole, fractions keep up to two decimals. */
export function formatScore(score: number, max: number): string {
  return `${Math.round(score * 100) / 100}/${max}`;
}
