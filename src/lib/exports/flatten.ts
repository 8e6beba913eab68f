import type { Question, ScenarioQuestion } from '../../schemas/quiz.ts';

/**
 * A question as LMS formats can carry it. GIFT and Moodle XML have no
 * branching scenario, so a scenario becomes one single-choice question per step,
 * each opening with the shared case text.
 */
export type ExportQuestion = Exclude<Question, ScenarioQuestion> | (Extract<Question, { type: 'single' }> & { caseText: string; step: string });

export function exportQuestions(questions: Question[]): ExportQuestion[] {
  return questions.flatMap((q): ExportQuestion[] => {
    if (q.type !== 'scenario') return [q];
    return q.steps.map((s) => ({
      id: `${q.id}-${s.id}`,
      type: 'single',
      objective: q.objective,
      prompt: s.prompt,
      options: s.options.map((o) => ({ id: o.id, text: o.text, feedback: o.feedback })),
      correct: s.correct,
      explanation: q.explanation,
      source: q.source,
      caseText: q.case,
      step: s.id,
    }));
  });
}

/** Question text with a scenario's case in front of the step prompt. */
export function stemOf(q: ExportQuestion, labels: { case: string }): string {
  if (q.type === 'true-false') return q.statement;
  if ('caseText' in q) return `${labels.case}: ${q.caseText}\n\n${q.prompt}`;
  return q.prompt;
}
