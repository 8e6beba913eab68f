import { z } from 'astro/zod';
import { idSchema, textSchema, translationSchema } from './common.ts';

export const glossaryTermSchema = z.strictObject({
  id: idSchema,
  term: textSchema,
  definition: textSchema,
  source: textSchema.optional(),
});

/** `src/content/glossary/<lang>.yaml`. Translated files carry a translation block. */
export const glossarySchema = z.strictObject({
  translation: translationSchema.optional(),
  terms: z.array(glossaryTermSchema, { error: 'expected a list of terms' }),
});

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
