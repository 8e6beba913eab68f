import { z } from 'astro/zod';
import { idSchema, textSchema, translationSchema } from './common.ts';

export const questionTypes = ['single', 'multiple', 'true-false', 'ordering', 'matching', 'scenario'] as const;

const optionSchema = z.strictObject({ id: idSchema, text: textSchema, feedback: textSchema.optional() });
const itemSchema = z.strictObject({ id: idSchema, text: textSchema });
const optionList = z.array(optionSchema, { error: 'expected a list of options {id, text, feedback}' });

const common = {
  id: idSchema,
  objective: idSchema,
  explanation: textSchema,
  source: textSchema,
};

const single = z.strictObject({
  ...common,
  type: z.literal('single'),
  prompt: textSchema,
  options: optionList.min(2, { error: 'expected at least 2 options' }),
  correct: idSchema,
});

const multiple = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  prompt: textSchema,
  options: optionList.min(2, { error: 'expected at least 2 options' }),
  correct: z.array(idSchema, { error: 'expected a list of option ids' }).min(1, { error: 'expected at least 1 correct option' }),
});

const trueFalse = z.strictObject({
  ...common,
  type: z.literal('true-false'),
  statement: textSchema,
  correct: z.boolean({ error: 'expected true or false' }),
  feedback: z.strictObject({ true: textSchema, false: textSchema }).optional(),
});

const ordering = z.strictObject({
  ...common,
  type: z.literal('ordering'),
  prompt: textSchema,
  options: z.array(itemSchema).min(2, { error: 'expected at least 2 items to order' }),
  correct: z.array(idSchema, { error: 'expected the option ids in the right order' }),
});

const matching = z.strictObject({
  ...common,
  type: z.literal('matching'),
  prompt: textSchema,
  left: z.array(itemSchema).min(2, { error: 'expected at least 2 items on the left' }),
  right: z.array(itemSchema).min(2, { error: 'expected at least 2 items on the right' }),
  correct: z.record(z.string(), idSchema, { error: 'expected a map of left id: right id' }),
});

const scenarioOption = z.strictObject({
  id: idSchema,
  text: textSchema,
  feedback: textSchema,
  next: idSchema.optional(),
  outcome: idSchema.optional(),
});

const scenario = z.strictObject({
  ...common,
  type: z.literal('scenario'),
  case: textSchema,
  start: idSchema,
  steps: z
    .array(z.strictObject({ id: idSchema, prompt: textSchema, correct: idSchema, options: z.array(scenarioOption).min(2) }))
    .min(1, { error: 'expected at least 1 step' }),
  outcomes: z.array(itemSchema).min(1, { error: 'expected at least 1 outcome' }),
});

export const questionSchema = z.discriminatedUnion('type', [single, multiple, trueFalse, ordering, matching, scenario], {
  error: `expected type to be one of ${questionTypes.join(', ')}`,
});

export const quizSchema = z
  .strictObject({
    id: idSchema,
    module: z.string({ error: 'expected the slug of the module page, e.g. modules/wp1/biorisk-management' }),
    passMark: z
      .number({ error: 'expected a pass mark in percent (0-100)' })
      .min(0, { error: 'expected a pass mark from 0 to 100' })
      .max(100, { error: 'expected a pass mark from 0 to 100' }),
    shuffle: z.boolean({ error: 'expected true or false' }).default(false),
    questions: z.array(questionSchema, { error: 'expected a list of questions' }).min(1, { error: 'expected at least 1 question' }),
  })
  .superRefine((quiz, ctx) => {
    for (const issue of quizStructureIssues(quiz)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.expected });
  });

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type ScenarioQuestion = Extract<Question, { type: 'scenario' }>;

interface StructureIssue {
  path: (string | number)[];
  expected: string;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function list(ids: readonly string[]): string {
  return ids.join(', ');
}

/** Cross-field rules within one quiz: unique ids and answer keys that point at real options. */
export function quizStructureIssues(quiz: { questions: Question[] }): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const add = (path: (string | number)[], expected: string) => issues.push({ path, expected });
  for (const id of duplicates(quiz.questions.map((q) => q.id))) {
    add(['questions', quiz.questions.findLastIndex((q) => q.id === id), 'id'], `a unique question id ("${id}" is used twice)`);
  }
  quiz.questions.forEach((q, qi) => {
    const at = (...p: (string | number)[]) => ['questions', qi, ...p];
    switch (q.type) {
      case 'single':
      case 'multiple':
      case 'ordering': {
        const ids = q.options.map((o) => o.id);
        for (const d of duplicates(ids)) add(at('options'), `unique option ids ("${d}" is used twice)`);
        const correct = typeof q.correct === 'string' ? [q.correct] : q.correct;
        correct.forEach((c, ci) => {
          if (!ids.includes(c)) add(typeof q.correct === 'string' ? at('correct') : at('correct', ci), `one of the option ids (${list(ids)})`);
        });
        if (q.type === 'multiple' && duplicates(correct).length) add(at('correct'), 'each correct option listed once');
        if (q.type === 'ordering' && (correct.length !== ids.length || duplicates(correct).length)) {
          add(at('correct'), `every option id exactly once, in the right order (${list(ids)})`);
        }
        break;
      }
      case 'matching': {
        const left = q.left.map((o) => o.id);
        const right = q.right.map((o) => o.id);
        for (const d of duplicates([...left, ...right])) add(at('left'), `unique item ids across left and right ("${d}" is used twice)`);
        for (const l of left) if (!(l in q.correct)) add(at('correct', l), `a right id for left item "${l}" (${list(right)})`);
        for (const [l, r] of Object.entries(q.correct)) {
          if (!left.includes(l)) add(at('correct', l), `only left ids as keys (${list(left)})`);
          if (!right.includes(r)) add(at('correct', l), `one of the right ids (${list(right)})`);
        }
        break;
      }
      case 'scenario':
        issues.push(...scenarioIssues(q).map((i) => ({ path: at(...i.path), expected: i.expected })));
        break;
      case 'true-false':
        break;
    }
  });
  return issues;
}

function scenarioIssues(q: ScenarioQuestion): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const stepIds = q.steps.map((s) => s.id);
  const outcomeIds = q.outcomes.map((o) => o.id);
  for (const d of duplicates(stepIds)) issues.push({ path: ['steps'], expected: `unique step ids ("${d}" is used twice)` });
  if (!stepIds.includes(q.start)) issues.push({ path: ['start'], expected: `one of the step ids (${list(stepIds)})` });
  q.steps.forEach((step, si) => {
    const optionIds = step.options.map((o) => o.id);
    if (!optionIds.includes(step.correct)) issues.push({ path: ['steps', si, 'correct'], expected: `one of the option ids (${list(optionIds)})` });
    step.options.forEach((o, oi) => {
      const path = ['steps', si, 'options', oi];
      if ((o.next === undefined) === (o.outcome === undefined)) issues.push({ path, expected: 'exactly one of next (a step id) or outcome (an outcome id)' });
      if (o.next !== undefined && !stepIds.includes(o.next)) issues.push({ path: [...path, 'next'], expected: `one of the step ids (${list(stepIds)})` });
      if (o.outcome !== undefined && !outcomeIds.includes(o.outcome)) issues.push({ path: [...path, 'outcome'], expected: `one of the outcome ids (${list(outcomeIds)})` });
    });
  });
  if (issues.length === 0) {
    // Every path must end: a step that can lead back to itself would make the scenario endless and its score unbounded.
    const byId = new Map(q.steps.map((s) => [s.id, s]));
    const state = new Map<string, 'open' | 'done'>();
    const visit = (id: string): boolean => {
      if (state.get(id) === 'open') return false;
      if (state.get(id) === 'done') return true;
      state.set(id, 'open');
      const ok = byId.get(id)!.options.every((o) => o.next === undefined || visit(o.next));
      state.set(id, 'done');
      return ok;
    };
    if (!visit(q.start)) issues.push({ path: ['steps'], expected: 'steps that never lead back to an earlier step (a loop was found)' });
    q.steps.forEach((s, si) => {
      if (!state.has(s.id)) issues.push({ path: ['steps', si], expected: `a step reachable from the start step "${q.start}"` });
    });
  }
  return issues;
}

/**
 * A quiz translation: text only, keyed by the same ids as the source. Deeply
 * partial on purpose (a missing string falls back to English); unknown keys are
 * checked against the source by `quizTranslationIssues`.
 */
export const quizTranslationSchema = z.strictObject({
  translation: translationSchema,
  questions: z.record(z.string(), z.record(z.string(), z.unknown()), { error: 'expected questions keyed by question id' }).default({}),
});

export type QuizTranslation = z.infer<typeof quizTranslationSchema>;
