import { z } from 'astro/zod';

/** A stable id: lowercase letters, digits and hyphens, starting with a letter or digit. */
export const idSchema = z
  .string({ error: 'expected an id (text)' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected an id of lowercase letters, digits and hyphens' });

/** Non-empty text. */
export const textSchema = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected non-empty text' });

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/**
 * A calendar date written `YYYY-MM-DD`. Astro's YAML parser turns such values into
 * `Date` objects while ours keeps strings, so both are accepted; an impossible
 * date such as 2026-02-30 is refused rather than silently rolled over.
 */
export const isoDateSchema = z.union(
  [
    z.date().transform((d) => d.toISOString().slice(0, 10)),
    z.string().refine(isRealDate, { error: 'expected a real date written YYYY-MM-DD' }),
  ],
  { error: 'expected a date written YYYY-MM-DD' },
);

/** A cited public document: issuing body, title, year, and a link where known. */
export const sourceSchema = z.strictObject({
  title: textSchema,
  publisher: textSchema,
  year: z
    .number({ error: 'expected a year as a number, e.g. 2020' })
    .int()
    .min(1900, { error: 'expected a year from 1900 on' })
    .max(2100, { error: 'expected a year before 2100' }),
  url: z.url({ error: 'expected a full URL (https://…)' }).optional(),
});

/** Only public material is published (Traffic Light Protocol 2.0, CLEAR). */
export const classificationSchema = z.literal('TLP:CLEAR', {
  error: 'expected TLP:CLEAR (only public content may be published)',
});

export const translationStatusSchema = z.enum(['draft', 'reviewed'], {
  error: 'expected draft or reviewed',
});

/** How a translated file names the English version it follows: see `sourceHash`. */
export const translationSchema = z.strictObject({
  status: translationStatusSchema,
  source: z
    .string({ error: 'expected the 12-character hash of the English file' })
    .regex(/^[0-9a-f]{12}$/, { error: 'expected 12 lowercase hex characters (git hash-object of the English file)' }),
});

export type Source = z.infer<typeof sourceSchema>;
export type Translation = z.infer<typeof translationSchema>;
