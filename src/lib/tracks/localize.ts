import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../content/yaml.ts';
import type { Track } from '../../schemas/track.ts';

/** Where a track's translated texts live: `src/content/tracks/translations/<lang>/<id>.yaml`. */
export const trackTranslationPath = (lang: string, id: string) => join('src/content/tracks/translations', lang, `${id}.yaml`);

/** The texts of a track that a translation may give, in the shape its file uses. */
export function trackTexts(track: Track) {
  return {
    title: track.title,
    audience: track.audience,
    duration: track.duration,
    prerequisites: track.prerequisites,
    days: track.days.map((d) => ({ title: d.title, sessions: d.sessions.map((s) => s.title) })),
    certificate: track.certificate,
  };
}

/** Problems with a translation file: a field the track does not have, or lists of another length than the track's. */
export function trackTranslationIssues(track: Track, t: unknown): { path: string; expected: string }[] {
  const issues: { path: string; expected: string }[] = [];
  if (!t || typeof t !== 'object') return [{ path: '', expected: 'a map of the track texts (title, audience, duration, prerequisites, days, certificate)' }];
  const source = trackTexts(track);
  for (const [key, value] of Object.entries(t)) {
    if (key === 'translation') continue;
    if (!(key in source)) issues.push({ path: key, expected: `one of ${Object.keys(source).join(', ')}` });
    else if (key === 'days') {
      const days = value as { title?: string; sessions?: unknown[] }[];
      if (!Array.isArray(days) || days.length !== source.days.length) issues.push({ path: 'days', expected: `${source.days.length} day${source.days.length === 1 ? '' : 's'}, as in the track` });
      else days.forEach((d, i) => {
        if (!Array.isArray(d.sessions) || d.sessions.length !== source.days[i]!.sessions.length) {
          const n = source.days[i]!.sessions.length;
          issues.push({ path: `days[${i}].sessions`, expected: `${n} session title${n === 1 ? '' : 's'}, as in the track` });
        }
      });
    } else if (key === 'prerequisites' && (!Array.isArray(value) || value.length !== source.prerequisites.length)) issues.push({ path: key, expected: `${source.prerequisites.length} items, as in the track` });
  }
  return issues;
}

/** The track with its texts in `lang` where a translation gives them (English otherwise). */
export function localizeTrack(root: string, track: Track, lang: string): Track {
  const file = join(root, trackTranslationPath(lang, track.id));
  if (lang === 'en' || !existsSync(file)) return track;
  const t = readYaml(readFileSync(file, 'utf8')) as Partial<ReturnType<typeof trackTexts>>;
  return {
    ...track,
    title: t.title ?? track.title,
    audience: t.audience ?? track.audience,
    duration: t.duration ?? track.duration,
    prerequisites: t.prerequisites ?? track.prerequisites,
    certificate: t.certificate ?? track.certificate,
    days: track.days.map((d, i) => ({
      ...d,
      title: t.days?.[i]?.title ?? d.title,
      sessions: d.sessions.map((s, j) => ({ ...s, title: t.days?.[i]?.sessions?.[j] ?? s.title })),
    })),
  };
}
