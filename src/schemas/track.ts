import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/** `src/content/tracks/<id>.yaml`: an ordered path of pages grouped by day and session. */
export const trackSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  audience: textSchema,
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
  completion: z.enum(['all-quizzes-passed', 'all-pages-visited'], { error: 'expected all-quizzes-passed or all-pages-visited' }),
  certificate: textSchema,
});

export type Track = z.infer<typeof trackSchema>;
