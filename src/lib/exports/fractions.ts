/**
 * Moodle accepts only these grade percentages (and their negatives); any other
 * value makes an import reject the question. See shared/reference/LMS-FORMATS.md §1.2.
 */
export const moodleGrades = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0];

/** The Moodle grade nearest to a percentage, written as Moodle writes it. */
export function moodleGrade(percent: number): number {
  const sign = percent < 0 ? -1 : 1;
  const nearest = moodleGrades.reduce((best, g) => (Math.abs(g - Math.abs(percent)) < Math.abs(best - Math.abs(percent)) ? g : best));
  if (Math.abs(nearest - Math.abs(percent)) > 1e-3) throw new Error(`${percent}% is not a grade Moodle accepts`);
  return sign * nearest;
}

/**
 * Weights for a `multiple` question that grade as our grader does: each
 * correct option +100/k %, each wrong option −100/k % (k correct options).
 */
export function multipleWeights(correctCount: number): { right: number; wrong: number } {
  const share = moodleGrade(100 / correctCount);
  return { right: share, wrong: -share };
}
