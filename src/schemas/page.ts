import { z } from 'astro/zod';
import {
  classificationSchema,
  idSchema,
  isoDateSchema,
  sourceSchema,
  textSchema,
  translationSchema,
} from './common.ts';

export const pageKinds = ['module', 'guidance', 'exercise', 'reference', 'overview', 'page'] as const;
export const levels = ['awareness', 'practitioner', 'trainer'] as const;
/** Kinds that teach: they need a level, a duration, objectives and sources. */
export const teachingKinds = ['module', 'guidance', 'exercise'] as const;

export const objectiveSchema = z.strictObject({ id: idSchema, text: textSchema });

/**
 * BIOSEC's frontmatter fields, merged into Starlight's `docsSchema`.
 * Requirements that depend on `kind` are in `pageRuleIssues`.
 */
export const pageFields = z.object({
  kind: z.enum(pageKinds, { error: `expected one of ${pageKinds.join(', ')}` }),
  workPackage: z
    .number({ error: 'expected a work package number from 1 to 6' })
    .int()
    .min(1, { error: 'expected a work package number from 1 to 6' })
    .max(6, { error: 'expected a work package number from 1 to 6' })
    .optional(),
  level: z.enum(levels, { error: `expected one of ${levels.join(', ')}` }).optional(),
  duration: z
    .number({ error: 'expected a duration in minutes' })
    .int()
    .positive({ error: 'expected a positive number of minutes' })
    .optional(),
  objectives: z.array(objectiveSchema, { error: 'expected a list of {id, text}' }).optional(),
  quiz: idSchema.optional(),
  sources: z.array(sourceSchema, { error: 'expected a list of {title, publisher, year, url?}' }).optional(),
  classification: classificationSchema,
  lastReviewed: isoDateSchema,
  translation: translationSchema.optional(),
});

export type PageFields = z.infer<typeof pageFields>;

export interface RuleIssue {
  path: (string | number)[];
  expected: string;
}

/** Requirements that depend on the page's kind, and id uniqueness within a page. */
export function pageRuleIssues(data: PageFields): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const teaching = (teachingKinds as readonly string[]).includes(data.kind);
  if ((teaching || data.kind === 'overview') && data.workPackage === undefined) {
    issues.push({ path: ['workPackage'], expected: `a work package number from 1 to 6 (required for kind ${data.kind})` });
  }
  if (teaching) {
    if (!data.level) issues.push({ path: ['level'], expected: `one of ${levels.join(', ')} (required for kind ${data.kind})` });
    if (!data.duration) issues.push({ path: ['duration'], expected: `a duration in minutes (required for kind ${data.kind})` });
    const n = data.objectives?.length ?? 0;
    if (n < 3 || n > 6) issues.push({ path: ['objectives'], expected: `3 to 6 objectives for kind ${data.kind}` });
    if ((data.sources?.length ?? 0) < 3) issues.push({ path: ['sources'], expected: `at least 3 sources for kind ${data.kind}` });
  }
  if (data.kind === 'overview' && (data.sources?.length ?? 0) < 1) {
    issues.push({ path: ['sources'], expected: 'at least 1 source for a work-package overview' });
  }
  if (data.kind === 'module' && !data.quiz) {
    issues.push({ path: ['quiz'], expected: 'a quiz id (every module has a quiz)' });
  }
  const seen = new Set<string>();
  data.objectives?.forEach((o, i) => {
    if (seen.has(o.id)) issues.push({ path: ['objectives', i, 'id'], expected: `a unique objective id ("${o.id}" is used twice)` });
    seen.add(o.id);
  });
  return issues;
}
