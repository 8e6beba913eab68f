import { bestAttempts } from './merge.ts';
import type { Progress } from './schema.ts';

/** "4 of 9 modules read, 3 quizzes passed" — counts over the given modules. */
export function progressSummary(progress: Progress, modules: { id: string; quiz?: string }[]) {
  const best = bestAttempts(progress.attempts);
  return {
    total: modules.length,
    visited: modules.filter((m) => progress.visits[m.id]).length,
    passed: modules.filter((m) => m.quiz && best.get(m.quiz)?.passed).length,
  };
}
