import { getCollection, type CollectionEntry } from 'astro:content';
import type { PageFields } from '../../schemas/page.ts';
import type { Track } from '../../schemas/track.ts';
import { localizeTrack } from '../../lib/tracks/localize.ts';
import { localePrefix } from '../../lib/content/locales.ts';

export interface TrackItem {
  id: string;
  title: string;
  href: string;
  kind: string;
  quiz?: string;
  duration?: number;
}

type Docs = CollectionEntry<'docs'>[];
const fields = (e: Docs[number]) => e.data as unknown as PageFields & { title: string };

/** A page of a track in the reader's language (the English entry where it is not translated). */
export function trackItem(docs: Docs, id: string, lang: string): TrackItem {
  const english = docs.find((d) => d.id === id)!;
  const local = lang === 'en' ? english : (docs.find((d) => d.id === `${lang}/${id}`) ?? english);
  const f = fields(english);
  return { id, title: fields(local).title, href: `${localePrefix(lang)}/${id}/`, kind: f.kind, quiz: f.quiz, duration: f.duration };
}

/** The track, with its texts in `lang` where translated. */
export async function loadTrack(id: string, lang = 'en'): Promise<Track> {
  const track = (await getCollection('tracks')).find((t) => t.data.id === id);
  if (!track) throw new Error(`no track with id "${id}" in src/content/tracks/`);
  return localizeTrack(process.cwd(), track.data, lang);
}

/** Every page of the track in order, without repeats. */
export function trackPageIds(track: Track): string[] {
  return [...new Set(track.days.flatMap((d) => d.sessions.flatMap((s) => s.pages)))];
}

export const trackHref = (lang: string, id: string, page = '') => `${localePrefix(lang)}/tracks/${id}/${page ? `${page}/` : ''}`;
