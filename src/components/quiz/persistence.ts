import type { Answers } from '../../lib/quiz/grade.ts';
import type { QuizPersistence } from './biosec-quiz.ts';

// The progress store (with its schema) loads on first use, not with the page.
const store = async () => {
  const { ProgressStore, browserStorage } = await import('../../lib/progress/store.ts');
  return new ProgressStore(browserStorage());
};

/** Attempts kept in the learner's progress record in localStorage. */
export const progressPersistence: QuizPersistence = {
  async lastAnswers(quizId) {
    return (await store()).read().attempts.filter((a) => a.quiz === quizId).at(-1)?.answers as Answers | undefined;
  },
  async best(quizId) {
    const { bestAttempts } = await import('../../lib/progress/merge.ts');
    return bestAttempts((await store()).read().attempts).get(quizId);
  },
  async save(attempt) {
    const result = (await store()).recordAttempt(attempt);
    return !result.ok && result.reason === 'quota' ? 'quota' : 'ok';
  },
  onChange(callback) {
    window.addEventListener('storage', (e) => {
      if (e.key === 'biosec-hub:progress') callback();
    });
  },
};
