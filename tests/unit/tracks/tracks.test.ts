import { describe, expect, test } from 'vitest';
import { verificationCode } from '../../../src/lib/tracks/certificate.ts';
import { trackTexts, trackTranslationIssues } from '../../../src/lib/tracks/localize.ts';
import { pageDone, pageIdOfUrl, trackProgress } from '../../../src/lib/tracks/progress.ts';
import type { Attempt, Progress } from '../../../src/lib/progress/schema.ts';
import type { Track } from '../../../src/schemas/track.ts';

const attempt = (quiz: string, score: number, passed: boolean, time = '2026-11-20T10:00:00.000Z'): Attempt => ({ quiz, score, max: 9, passed, time, answers: {} });
const visit = { first: 'a', last: 'b' };
const pages = [{ id: 'overview' }, { id: 'm1', quiz: 'q1' }, { id: 'm2', quiz: 'q2' }];

describe('trackProgress', () => {
  test('nothing done: 0%, continue at the first page', () => {
    expect(trackProgress({ version: 1, visits: {}, attempts: [] }, pages, 'all-quizzes-passed')).toEqual({ pages: 3, visited: 0, quizzes: 2, passed: 0, percent: 0, complete: false, next: 'overview' });
  });
  test('a page with a quiz is done only when its quiz is passed', () => {
    const p: Progress = { version: 1, visits: { overview: visit, m1: visit, m2: visit }, attempts: [attempt('q1', 9, true), attempt('q2', 3, false)] };
    expect(pageDone(p, pages[1]!)).toBe(true);
    expect(pageDone(p, pages[2]!)).toBe(false);
    expect(trackProgress(p, pages, 'all-quizzes-passed')).toMatchObject({ visited: 3, passed: 1, percent: 67, complete: false, next: 'm2' });
    expect(trackProgress(p, pages, 'all-pages-visited')).toMatchObject({ percent: 100, complete: true });
  });
  test('all passed: complete, nothing left', () => {
    const p: Progress = { version: 1, visits: { overview: visit, m1: visit, m2: visit }, attempts: [attempt('q1', 9, true), attempt('q2', 8, true)] };
    expect(trackProgress(p, pages, 'all-quizzes-passed')).toMatchObject({ percent: 100, complete: true, next: undefined });
  });
});

describe('verificationCode', () => {
  const attempts = [attempt('q1', 9, true), attempt('q2', 8, true)];
  test('has the documented shape and is stable for the same record', () => {
    const code = verificationCode('Dara Sok', 't', attempts);
    expect(code).toMatch(/^BSH-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(verificationCode(' Dara Sok ', 't', [...attempts].reverse())).toBe(code);
  });
  test('changes with the name, the track or any score', () => {
    const code = verificationCode('Dara Sok', 't', attempts);
    expect(verificationCode('Dara Sokh', 't', attempts)).not.toBe(code);
    expect(verificationCode('Dara Sok', 'u', attempts)).not.toBe(code);
    expect(verificationCode('Dara Sok', 't', [attempt('q1', 9, true), attempt('q2', 7, true)])).not.toBe(code);
  });
});

describe('track translations', () => {
  const track: Track = { id: 't', title: 'T', audience: 'A', duration: '1 day', prerequisites: [], days: [{ title: 'D1', sessions: [{ title: 'S1', pages: ['x'] }, { title: 'S2', pages: ['y'] }] }], completion: 'all-quizzes-passed', certificate: 'C' };
  test('the text shape mirrors the track', () => expect(trackTexts(track).days).toEqual([{ title: 'D1', sessions: ['S1', 'S2'] }]));
  test('a matching translation has no issues; wrong keys and lengths are named', () => {
    expect(trackTranslationIssues(track, { title: 'ท', days: [{ title: 'ว1', sessions: ['ก', 'ข'] }] })).toEqual([]);
    expect(trackTranslationIssues(track, { titel: 'x', days: [{ title: 'd', sessions: ['a'] }] }).map((i) => i.path)).toEqual(['titel', 'days[0].sessions']);
  });
});

describe('pageIdOfUrl', () => {
  const locales = ['th', 'km'];
  test('finds the locale-independent page id of web and USB links', () => {
    expect(pageIdOfUrl('https://x.org/th/modules/wp1/a/', 'https://x.org/', locales)).toBe('modules/wp1/a');
    expect(pageIdOfUrl('https://x.org/modules/wp1/a/#top', 'https://x.org/', locales)).toBe('modules/wp1/a');
    expect(pageIdOfUrl('file:///stick/km/modules/wp1/a/index.html', 'file:///stick/', locales)).toBe('modules/wp1/a');
    expect(pageIdOfUrl('file:///stick/index.html', 'file:///stick/', locales)).toBe('');
    expect(pageIdOfUrl('https://who.int/x/', 'https://x.org/', locales)).toBeUndefined();
  });
  test('a visited page with a quiz is done only once the quiz is passed', () => {
    const visit = { first: 't', last: 't', quiz: 'q' };
    const progress = { version: 1 as const, visits: { 'modules/a': visit }, attempts: [] };
    expect(pageDone(progress, { id: 'modules/a', quiz: progress.visits['modules/a'].quiz })).toBe(false);
    const passed = { ...progress, attempts: [{ quiz: 'q', score: 9, max: 9, passed: true, time: 't', answers: {} }] };
    expect(pageDone(passed, { id: 'modules/a', quiz: 'q' })).toBe(true);
  });
});
