import type { Progress } from '../progress/schema.ts';
import { bestAttempts } from '../progress/merge.ts';

/** A page of a track, as the browser needs it: its id and, for modules, its quiz. */
export interface TrackPage {
  id: string;
  quiz?: string;
}

export interface TrackProgress {
  pages: number;
  visited: number;
  quizzes: number;
  passed: number;
  /** 0–100, the share of the completion rule met. */
  percent: number;
  complete: boolean;
  /** The first page not yet done, to continue from; undefined when all are done. */
  next?: string;
}

/**
 * The page id of a link to a page of this site (`/th/modules/x/`, or
 * `…/modules/x/index.html` in the USB copy), given the site root's URL; the
 * locale prefix is dropped, as page ids are the same in every locale.
 */
export function pageIdOfUrl(url: string, root: string, localePrefixes: readonly string[]): string | undefined {
  if (!url.startsWith(root)) return undefined;
  const parts = url.slice(root.length).split(/[?#]/)[0]!.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  if (parts.length && localePrefixes.includes(parts[0]!)) parts.shift();
  return parts.join('/');
}

/** A page is done when it was visited and, if it has a quiz, the quiz was passed. */
export function pageDone(progress: Progress, page: TrackPage, best = bestAttempts(progress.attempts)): boolean {
  return Boolean(progress.visits[page.id]) && (!page.quiz || Boolean(best.get(page.quiz)?.passed));
}

/** How far a learner is along a track, under its completion rule. */
export function trackProgress(progress: Progress, pages: TrackPage[], rule: 'all-quizzes-passed' | 'all-pages-visited'): TrackProgress {
  const best = bestAttempts(progress.attempts);
  const visited = pages.filter((p) => progress.visits[p.id]).length;
  const withQuiz = pages.filter((p) => p.quiz);
  const passed = withQuiz.filter((p) => best.get(p.quiz!)?.passed).length;
  const done = rule === 'all-pages-visited' ? visited : pages.filter((p) => pageDone(progress, p, best)).length;
  return {
    pages: pages.length,
    visited,
    quizzes: withQuiz.length,
    passed,
    percent: pages.length ? Math.round((done / pages.length) * 100) : 0,
    complete: pages.length > 0 && done === pages.length,
    next: pages.find((p) => !pageDone(progress, p, best))?.id,
  };
}
