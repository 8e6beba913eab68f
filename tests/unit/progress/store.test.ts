import { FakeStorage } from './fake-storage.ts';
import { describe, expect, test } from 'vitest';
import { backupKey, parseProgressFile, progressFile, ProgressStore, PROGRESS_KEY, type StorageLike } from '../../../src/lib/progress/store.ts';
import { emptyProgress, PROGRESS_VERSION } from '../../../src/lib/progress/schema.ts';


const fixedNow = () => new Date('2026-11-25T10:00:00.000Z');
const valid = { version: PROGRESS_VERSION as 1, visits: { 'modules/wp1/x': { first: '2026-11-01T00:00:00.000Z', last: '2026-11-02T00:00:00.000Z' } }, attempts: [] };

describe('ProgressStore.read', () => {
  test('starts empty when nothing is stored', () => {
    const store = new ProgressStore(new FakeStorage());
    expect(store.read()).toEqual(emptyProgress());
    expect(store.notice).toBeUndefined();
  });

  test('reads valid data', () => {
    const storage = new FakeStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify(valid));
    expect(new ProgressStore(storage).read()).toEqual(valid);
  });

  for (const [name, text] of [
    ['corrupt JSON', '{"version":1,"visits":'],
    ['an unknown (future) version', JSON.stringify({ ...valid, version: 99 })],
    ['no version', JSON.stringify({ visits: {}, attempts: [] })],
    ['wrong types', JSON.stringify({ ...valid, attempts: [{ quiz: 3, score: 'x' }] })],
    ['a JSON array', '[]'],
  ] as const) {
    test(`moves ${name} to a backup key, starts fresh and says so`, () => {
      const storage = new FakeStorage();
      storage.setItem(PROGRESS_KEY, text);
      const store = new ProgressStore(storage, fixedNow);
      expect(store.read()).toEqual(emptyProgress());
      expect(store.notice).toBe('recovered');
      expect(storage.getItem(backupKey(fixedNow()))).toBe(text);
      expect(storage.getItem(PROGRESS_KEY)).toBeNull();
      expect(backupKey(fixedNow())).toBe('biosec-hub:progress:backup:2026-11-25T10:00:00.000Z');
    });
  }

  test('5 MB of junk is set aside without crashing', () => {
    const junk = 'x'.repeat(5 * 1024 * 1024);
    const storage = new FakeStorage();
    storage.setItem(PROGRESS_KEY, junk);
    const store = new ProgressStore(storage, fixedNow);
    expect(store.read()).toEqual(emptyProgress());
    expect(storage.getItem(backupKey(fixedNow()))).toHaveLength(junk.length);
  });

  test('junk that leaves no room for a backup stays where it is and is never overwritten', () => {
    const junk = 'x'.repeat(1000);
    const storage = new FakeStorage(1100);
    storage.setItem(PROGRESS_KEY, junk);
    const store = new ProgressStore(storage, fixedNow);
    expect(store.read()).toEqual(emptyProgress());
    expect(store.notice).toBe('unsaved');
    expect(store.recordVisit('a')).toEqual({ ok: false, reason: 'protected' });
    expect(storage.getItem(PROGRESS_KEY)).toBe(junk);
  });

  test('a browser that refuses storage gives a notice, not an error', () => {
    const refuse = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const store = new ProgressStore({ getItem: refuse, setItem: refuse, removeItem: refuse });
    expect(store.read()).toEqual(emptyProgress());
    expect(store.notice).toBe('unavailable');
    expect(store.recordVisit('a')).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('ProgressStore writes', () => {
  test('records first and last visit', () => {
    let now = new Date('2026-11-01T00:00:00.000Z');
    const storage = new FakeStorage();
    const store = new ProgressStore(storage, () => now);
    store.recordVisit('p');
    now = new Date('2026-11-03T00:00:00.000Z');
    store.recordVisit('p');
    expect(store.read().visits.p).toEqual({ first: '2026-11-01T00:00:00.000Z', last: '2026-11-03T00:00:00.000Z' });
  });

  test('records quiz attempts with their time', () => {
    const store = new ProgressStore(new FakeStorage(), fixedNow);
    expect(store.recordAttempt({ quiz: 'q', score: 7, max: 9, passed: true, answers: { q1: 'a' } })).toEqual({ ok: true });
    expect(store.read().attempts).toEqual([{ quiz: 'q', score: 7, max: 9, passed: true, answers: { q1: 'a' }, time: '2026-11-25T10:00:00.000Z' }]);
  });

  test('a full quota is caught and reported, and what was stored stays', () => {
    const storage = new FakeStorage(400);
    const store = new ProgressStore(storage, fixedNow);
    expect(store.recordVisit('a')).toEqual({ ok: true });
    const before = storage.getItem(PROGRESS_KEY);
    expect(store.recordAttempt({ quiz: 'q', score: 1, max: 1, passed: true, answers: { q1: 'x'.repeat(500) } })).toEqual({ ok: false, reason: 'quota' });
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
  });
});

describe('export and import files', () => {
  test('an export names the date and round-trips through import', () => {
    const file = progressFile(valid, 'Dara', fixedNow());
    expect(file.filename).toBe('biosec-progress-2026-11-25.json');
    expect(parseProgressFile(file.text)).toEqual({ ok: true, learner: 'Dara', progress: valid });
  });

  test('bad files are refused with a reason', () => {
    expect(parseProgressFile('not json')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseProgressFile('{"hello":1}')).toEqual({ ok: false, reason: 'not-progress-file' });
    const newer = JSON.parse(progressFile(valid, '', fixedNow()).text);
    expect(parseProgressFile(JSON.stringify({ ...newer, version: 99 }))).toEqual({ ok: false, reason: 'newer-version' });
    expect(parseProgressFile(JSON.stringify({ ...newer, progress: { version: 1, visits: 'x' } }))).toEqual({ ok: false, reason: 'invalid-data' });
  });

  test('importing merges into what is stored and reports the changes', () => {
    const storage = new FakeStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify(valid));
    const store = new ProgressStore(storage);
    const incoming = { version: 1 as const, visits: { other: { first: 'a', last: 'b' } }, attempts: [{ quiz: 'q', score: 1, max: 2, passed: false, time: 't', answers: {} }] };
    const { result, changes } = store.importProgress(incoming);
    expect(result.ok).toBe(true);
    expect(changes).toEqual({ visitsAdded: 1, attemptsAdded: 1, quizzesImproved: ['q'] });
    expect(Object.keys(store.read().visits).sort()).toEqual(['modules/wp1/x', 'other']);
  });
});
