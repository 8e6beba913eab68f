import type { Attempt, Progress } from './schema.ts';

export interface MergeChanges {
  visitsAdded: number;
  attemptsAdded: number;
  /** Quizzes whose best score went up. */
  quizzesImproved: string[];
}

const attemptKey = (a: Attempt) => `${a.quiz}\u0000${a.time}`;
const ratio = (a: Attempt) => (a.max ? a.score / a.max : 0);

/** The best attempt per quiz (highest share of points; the earlier on a tie). */
export function bestAttempts(attempts: Attempt[]): Map<string, Attempt> {
  const best = new Map<string, Attempt>();
  for (const a of attempts) {
    const b = best.get(a.quiz);
    if (!b || ratio(a) > ratio(b) || (ratio(a) === ratio(b) && a.time < b.time)) best.set(a.quiz, a);
  }
  return best;
}

/**
 * Union of two progress records: every page visited in either (first visit the
 * earlier, last visit the later) and every attempt in either (the same quiz at
 * the same time counts once). Nothing in `current` is ever dropped.
 */
export function mergeProgress(current: Progress, incoming: Progress): { merged: Progress; changes: MergeChanges } {
  // Page ids come from files: one named `valueOf` or `__proto__` must be a key like any other.
  const visits: Progress['visits'] = Object.assign(Object.create(null), current.visits);
  let visitsAdded = 0;
  for (const [page, v] of Object.entries(incoming.visits)) {
    const mine = Object.hasOwn(visits, page) ? visits[page] : undefined;
    if (!mine) visitsAdded++;
    const quiz = mine?.quiz ?? v.quiz;
    visits[page] = mine ? { first: v.first < mine.first ? v.first : mine.first, last: v.last > mine.last ? v.last : mine.last, ...(quiz ? { quiz } : {}) } : v;
  }
  const seen = new Set(current.attempts.map(attemptKey));
  const added = incoming.attempts.filter((a) => !seen.has(attemptKey(a)) && (seen.add(attemptKey(a)), true));
  const attempts = [...current.attempts, ...added].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  const before = bestAttempts(current.attempts);
  const after = bestAttempts(attempts);
  const quizzesImproved = [...after].filter(([quiz, a]) => !before.has(quiz) || ratio(a) > ratio(before.get(quiz)!)).map(([quiz]) => quiz);
  return { merged: { ...current, visits, attempts }, changes: { visitsAdded, attemptsAdded: added.length, quizzesImproved } };
}
