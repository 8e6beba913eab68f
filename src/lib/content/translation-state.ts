import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translation } from '../../schemas/common.ts';
import { sourceHash } from './hash.ts';
import { translatedLangs } from './locales.ts';

/** The English file a translated docs file follows: `src/content/docs/th/x.mdx` → `src/content/docs/x.mdx` (or `.md`). */
export function englishSourceOf(root: string, filePath: string): string | undefined {
  const m = /^(.*src\/content\/docs\/)([^/]+)\/(.+)\.mdx?$/.exec(filePath.replaceAll('\\', '/'));
  if (!m || !(translatedLangs as string[]).includes(m[2]!)) return undefined;
  return [`${m[1]}${m[3]}.mdx`, `${m[1]}${m[3]}.md`].map((p) => (p.startsWith('/') ? p : join(root, p))).find((p) => existsSync(p));
}

/** `draft` / `reviewed` while the English file is unchanged; `outdated` once its hash differs from `translation.source`. */
export function translationStateOf(root: string, filePath: string, translation: Translation): 'draft' | 'reviewed' | 'outdated' {
  const english = englishSourceOf(root, filePath);
  if (english && sourceHash(readFileSync(english)) !== translation.source) return 'outdated';
  return translation.status;
}
