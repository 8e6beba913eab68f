import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

export const completionRules = ['all-quizzes-passed', 'all-pages-visited'] as const;

/** `src/content/tracks/<id>.yaml`: an ordered path of pages grouped by day and session. */
export const trackSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /** Who the track is for. */
  audience: textSchema,
  /** Total length as people say it, e.g. "2 days" or "1 day (6 hours)". */
  duration: textSchema,
  prerequisites: z.array(textSchema).default([]),
  days: z
    .array(
      z.strictObject({
        title: textSchema,
        sessions: z
          .array(z.strictObject({ title: textSchema, pages: z.array(z.string(), { error: 'expected a list of page slugs' }).min(1) }))
          .min(1),
      }),
    )
    .min(1, { error: 'expected at least 1 day' }),
  completion: z.enum(completionRules, { error: `expected ${completionRules.join(' or ')}` }),
  /** Wording on the certificate, after the learner's name. */
  certificate: textSchema,
});

export type Track = z.infer<typeof trackSchema>;
