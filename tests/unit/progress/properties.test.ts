// Property-based tests: random and mutated JSON never throws out of the
// progress store, the progress import or the dashboard import, and never
// loses what was stored.
import fc from 'fast-check';
import { FakeStorage } from './fake-storage.ts';
import { describe, expect, test } from 'vitest';
import { classTable, questionDifficulty, readLearnerFiles } from '../../../src/lib/dashboard/summary.ts';
import { progressSchema, PROGRESS_VERSION, type Progress } from '../../../src/lib/progress/schema.ts';
import { parseProgressFile, progressFile, ProgressStore, PROGRESS_KEY, type StorageLike } from '../../../src/lib/progress/store.ts';
import { loadQuiz } from '../../../src/lib/quiz/load.ts';
import { quizKey } from '../../../src/lib/quiz/key.ts';

const runs = { numRuns: 300 };


const isoTime = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const answer = fc.oneof(fc.string(), fc.boolean(), fc.array(fc.string(), { maxLength: 4 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 4 }));
const attempt = fc.record({
  quiz: fc.constantFrom('wp1-biorisk-management', 'wp1-one-health', 'other'),
  score: fc.integer({ min: 0, max: 12 }),
  max: fc.integer({ min: 1, max: 12 }),
  passed: fc.boolean(),
  time: isoTime,
  answers: fc.dictionary(fc.string({ maxLength: 6 }), answer, { maxKeys: 6 }),
});
const progress: fc.Arbitrary<Progress> = fc.record({
  version: fc.constant(PROGRESS_VERSION as 1),
  // Keys named like Object.prototype's members once broke the merge (found by this test).
  visits: fc.dictionary(fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('__proto__', 'valueOf', 'constructor', 'toString', 'hasOwnProperty')), fc.record({ first: isoTime, last: isoTime }), { maxKeys: 8 }),
  attempts: fc.array(attempt, { maxLength: 6 }),
});

/** A JSON value with one of its parts (the root included) replaced by any JSON value, or removed. */
function mutated(value: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  return fc.tuple(fc.constantFrom(...paths), fc.option(fc.jsonValue(), { nil: undefined })).map(([path, replacement]) => {
    if (!path.length) return replacement;
    const copy = structuredClone(value) as Record<string | number, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    if (replacement === undefined) delete parent[path.at(-1)!];
    else parent[path.at(-1)!] = replacement;
    return copy;
  });
}

/** Text a storage or a file may hold: valid, mutated, any JSON, or any string at all (cut short, say). */
const storedText = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof(
    valid.map((v) => JSON.stringify(v)),
    valid.chain(mutated).map((v) => JSON.stringify(v) ?? 'undefined'),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    valid.chain((v) => fc.nat().map((n) => JSON.stringify(v).slice(0, n % (JSON.stringify(v).length + 1)))),
    fc.string(),
  );

describe('the progress store', () => {
  test('reading any stored text never throws, and the text is kept: in place if valid, else as a backup or untouched', () => {
    fc.assert(
      fc.property(storedText(progress), fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }), (text, quota) => {
        const storage = new FakeStorage(quota);
        storage.items.set(PROGRESS_KEY, text);
        const store = new ProgressStore(storage, () => new Date('2026-12-01T00:00:00Z'));
        const read = store.read();
        expect(progressSchema.safeParse(read).success).toBe(true);
        expect([...storage.items.values()]).toContain(text);
        // Writing afterwards never destroys the original either.
        store.recordVisit('modules/wp1/biorisk-management');
        expect([...storage.items.values()].some((v) => v === text) || storage.items.get(PROGRESS_KEY) !== undefined).toBe(true);
        if (store.notice === 'unsaved') expect(storage.items.get(PROGRESS_KEY)).toBe(text);
        if (store.notice === 'recovered') expect([...storage.items.entries()].some(([k, v]) => k !== PROGRESS_KEY && v === text)).toBe(true);
      }),
      runs,
    );
  });

  test('a storage that throws on every call never makes the store throw', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    fc.assert(
      fc.property(progress, (p) => {
        const store = new ProgressStore(broken);
        expect(store.read().attempts).toEqual([]);
        expect(store.write(p).ok).toBe(false);
        expect(store.importProgress(p).result.ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  test('importing a valid record loses nothing that was stored: every visit and attempt is still there', () => {
    fc.assert(
      fc.property(progress, progress, (stored, incoming) => {
        const storage = new FakeStorage();
        storage.items.set(PROGRESS_KEY, JSON.stringify(stored));
        const store = new ProgressStore(storage);
        expect(store.importProgress(incoming).result.ok).toBe(true);
        const after = store.read();
        for (const id of Object.keys(stored.visits)) expect(after.visits[id]).toBeDefined();
        for (const a of stored.attempts) expect(after.attempts).toContainEqual(a);
      }),
      runs,
    );
  });
});

const validFile = progress.chain((p) => fc.string({ maxLength: 20 }).map((learner) => JSON.parse(progressFile(p, learner, new Date('2026-12-01T00:00:00Z')).text)));

describe('the progress import', () => {
  test('any file text gives a valid record or a reason, never an exception', () => {
    fc.assert(
      fc.property(storedText(validFile), (text) => {
        const result = parseProgressFile(text);
        if (result.ok) expect(progressSchema.safeParse(result.progress).success).toBe(true);
        else expect(['not-json', 'not-progress-file', 'newer-version', 'invalid-data']).toContain(result.reason);
      }),
      runs,
    );
  });
  test('an untouched export always reads back as it was written', () => {
    fc.assert(
      fc.property(progress, fc.string(), (p, learner) => {
        // zod reads a `__proto__` key as the prototype, not as data; no page has that id.
        fc.pre(!Object.hasOwn(p.visits, '__proto__'));
        const result = parseProgressFile(progressFile(p, learner, new Date()).text);
        expect(result).toEqual({ ok: true, learner, progress: p });
      }),
      runs,
    );
  });
});

describe('the dashboard import', () => {
  const keys = ['wp1-biorisk-management', 'wp1-one-health'].map((id) => quizKey(loadQuiz(process.cwd(), id)));
  test('any set of files is read without throwing, each one either a learner or a rejection, and the tables build', () => {
    fc.assert(
      fc.property(fc.array(storedText(validFile), { maxLength: 5 }), (texts) => {
        const files = texts.map((text, i) => ({ name: `f${i}.json`, text }));
        const { learners, rejected } = readLearnerFiles(files);
        expect(learners.length + rejected.length).toBe(files.length);
        const table = classTable(learners, keys.map((k) => k.id));
        expect(table).toHaveLength(learners.length);
        for (const row of questionDifficulty(learners, keys)) {
          expect(row.correctShare).toBeGreaterThanOrEqual(0);
          expect(row.correctShare).toBeLessThanOrEqual(1);
        }
      }),
      runs,
    );
  });
});
