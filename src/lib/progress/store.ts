
import { migrateProgress } from './migrate.ts';
import { mergeProgress } from './merge.ts';
import { emptyProgress, progressFileSchema, progressSchema, PROGRESS_VERSION, type Attempt, type Progress } from './schema.ts';

export const PROGRESS_KEY = 'biosec-hub:progress';
export const backupKey = (time: Date) => `${PROGRESS_KEY}:backup:${time.toISOString()}`;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `localStorage`, or a stand-in whose every call throws where the browser refuses storage (so the store reports `unavailable`). */
export function browserStorage(): StorageLike {
  try {
    return window.localStorage;
  } catch (err) {
    const refuse = () => {
      throw err;
    };
    return { getItem: refuse, setItem: refuse, removeItem: refuse };
  }
}

/**
 * What happened when progress was read: `recovered` — unreadable data was moved
 * to a backup key and a fresh record started; `unsaved` — unreadable data could
 * not be backed up, so it was left in place and nothing will be saved over it;
 * `unavailable` — the browser refuses storage (private mode, file policy).
 */
export type ReadNotice = 'recovered' | 'unsaved' | 'unavailable';
export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' | 'protected' };

function isQuotaError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (err as { code?: number }).code === 22);
}

/** Parses stored text into current-version progress, or `undefined` when it cannot be trusted. */
export function parseProgress(text: string): Progress | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const migrated = migrateProgress(raw);
  const parsed = migrated && progressSchema.safeParse(migrated);
  return parsed?.success ? parsed.data : undefined;
}

let pageNotice: ReadNotice | undefined;

/** The notice of any read on this page so far: the first reader may set data aside before the one that shows notices runs. */
export function noticeOnThisPage(): ReadNotice | undefined {
  return pageNotice;
}

/** Learner progress in one versioned localStorage key, read through the schema. Never throws for bad data. */
export class ProgressStore {
  private protectedData = false;
  notice: ReadNotice | undefined;

  private readonly storage: StorageLike;
  private readonly now: () => Date;

  constructor(storage: StorageLike, now: () => Date = () => new Date()) {
    this.storage = storage;
    this.now = now;
  }

  read(): Progress {
    let text: string | null;
    try {
      text = this.storage.getItem(PROGRESS_KEY);
    } catch {
      this.notice = pageNotice = 'unavailable';
      return emptyProgress();
    }
    if (text === null) return emptyProgress();
    const progress = parseProgress(text);
    if (progress) return progress;
    try {
      this.storage.setItem(backupKey(this.now()), text);
      this.storage.removeItem(PROGRESS_KEY);
      this.notice = pageNotice = 'recovered';
    } catch {
      // No room for a backup copy: keep the original where it is rather than lose it.
      this.protectedData = true;
      this.notice = pageNotice = 'unsaved';
    }
    return emptyProgress();
  }

  write(progress: Progress): WriteResult {
    if (this.protectedData) return { ok: false, reason: 'protected' };
    try {
      this.storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: isQuotaError(err) ? 'quota' : 'unavailable' };
    }
  }

  /** Records a page visit (first and last time), with the page's quiz if it has one. */
  recordVisit(pageId: string, quiz?: string): WriteResult {
    const progress = this.read();
    const time = this.now().toISOString();
    const visit = progress.visits[pageId];
    progress.visits[pageId] = { first: visit?.first ?? time, last: time, ...(quiz ? { quiz } : {}) };
    return this.write(progress);
  }

  recordAttempt(attempt: Omit<Attempt, 'time'>): WriteResult {
    const progress = this.read();
    progress.attempts.push({ ...attempt, time: this.now().toISOString() });
    return this.write(progress);
  }

  /** Merges an imported record into the stored one. */
  importProgress(incoming: Progress) {
    const { merged, changes } = mergeProgress(this.read(), incoming);
    return { result: this.write(merged), changes };
  }
}

export const PROGRESS_FILE_FORMAT = 'biosec-hub-progress';

/** The export file: `biosec-progress-<date>.json` with the schema version and the learner's name. */
export function progressFile(progress: Progress, learner: string, now: Date) {
  const date = now.toISOString().slice(0, 10);
  const body = { format: PROGRESS_FILE_FORMAT, version: PROGRESS_VERSION, exported: now.toISOString(), learner, progress };
  return { filename: `biosec-progress-${date}.json`, text: `${JSON.stringify(body, null, 2)}\n` };
}

export type ImportReason = 'not-json' | 'not-progress-file' | 'newer-version' | 'invalid-data';

/** Reads an export file; a bad file gives the reason and changes nothing. */
export function parseProgressFile(text: string): { ok: true; learner: string; progress: Progress } | { ok: false; reason: ImportReason } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const file = progressFileSchema.safeParse(raw);
  if (!file.success) return { ok: false, reason: 'not-progress-file' };
  if (file.data.version > PROGRESS_VERSION) return { ok: false, reason: 'newer-version' };
  const migrated = migrateProgress(file.data.progress);
  const progress = migrated && progressSchema.safeParse(migrated);
  if (!progress?.success) return { ok: false, reason: 'invalid-data' };
  return { ok: true, learner: file.data.learner, progress: progress.data };
}

export type { Attempt, Progress };
