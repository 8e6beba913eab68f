import { gradeQuestion, type Answers } from '../quiz/grade.ts';
import type { QuizKey } from '../quiz/key.ts';
import { bestAttempts } from '../progress/merge.ts';
import { parseProgressFile, type ImportReason } from '../progress/store.ts';
import type { Progress } from '../progress/schema.ts';

export interface LearnerFile {
  name: string;
  text: string;
}

export interface Learner {
  file: string;
  name: string;
  progress: Progress;
}

export interface Rejected {
  file: string;
  reason: ImportReason;
}

/** Reads many exported progress files; bad ones are listed with their reason, never thrown. */
export function readLearnerFiles(files: LearnerFile[]): { learners: Learner[]; rejected: Rejected[] } {
  const learners: Learner[] = [];
  const rejected: Rejected[] = [];
  for (const f of files) {
    const parsed = parseProgressFile(f.text);
    if (parsed.ok) learners.push({ file: f.name, name: parsed.learner || f.name, progress: parsed.progress });
    else rejected.push({ file: f.name, reason: parsed.reason });
  }
  return { learners, rejected };
}

export interface ClassCell {
  score: number;
  max: number;
  passed: boolean;
}

/** Learner × quiz: each learner's best attempt per quiz. */
export function classTable(learners: Learner[], quizIds: string[]): { learner: string; cells: (ClassCell | undefined)[] }[] {
  return learners.map((l) => {
    const best = bestAttempts(l.progress.attempts);
    return { learner: l.name, cells: quizIds.map((q) => best.get(q) && { score: best.get(q)!.score, max: best.get(q)!.max, passed: best.get(q)!.passed }) };
  });
}

export interface QuestionDifficulty {
  quiz: string;
  question: string;
  /** Learners whose best attempt answered it. */
  answered: number;
  /** Share of them who got it fully right, 0–1. */
  correctShare: number;
}

/**
 * Per question: the share of learners (by their best attempt at the quiz)
 * who answered it fully right. Low shares point at weak topics.
 */
export function questionDifficulty(learners: Learner[], keys: QuizKey[]): QuestionDifficulty[] {
  return keys.flatMap((key) => {
    const attempts = learners.map((l) => bestAttempts(l.progress.attempts).get(key.id)).filter((a) => a !== undefined);
    return key.questions.map((q) => {
      const results = attempts.map((a) => gradeQuestion(q, (a.answers as Answers)[q.id])).filter((r) => r.answered);
      return { quiz: key.id, question: q.id, answered: results.length, correctShare: results.length ? results.filter((r) => r.correct).length / results.length : 0 };
    });
  });
}

/**
 * RFC 4180 CSV. Cells that a spreadsheet would read as a formula (= + - @)
 * get a leading apostrophe, so a learner's name cannot run in the trainer's spreadsheet.
 */
export function toCsv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
