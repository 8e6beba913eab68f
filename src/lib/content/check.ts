import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { readYaml, YamlError } from './yaml.ts';
import { glossarySchema, type Glossary } from '../../schemas/glossary.ts';
import { pageFields, pageRuleIssues, type PageFields } from '../../schemas/page.ts';
import { quizSchema, quizTranslationSchema, type Quiz } from '../../schemas/quiz.ts';
import { trackSchema, type Track } from '../../schemas/track.ts';
import { describeValue, formatPath, issuesFromZod, valueAt, type ContentIssue } from './errors.ts';
import { questionTexts, unknownTextKeys } from '../quiz/texts.ts';
import { trackTranslationIssues } from '../tracks/localize.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { sourceHash } from './hash.ts';
import { anchorIds, internalLinks, linkFragment, linkSlug } from './links.ts';
import { generatedFiles } from '../usb/download.ts';
import { checkedContent } from './checked.ts';
import { localePrefix, splitLocale, translatedLangs, type LocaleLang } from './locales.ts';

export const docsDir = 'src/content/docs';
export const quizzesDir = 'quizzes';
export const glossaryDir = 'src/content/glossary';
export const tracksDir = 'src/content/tracks';
export const i18nDir = 'src/content/i18n';

export type TranslationState = 'source' | 'draft' | 'reviewed' | 'outdated';

export interface PageEntry {
  file: string;
  /** Starlight's slug: `modules/wp1/x`, `th/modules/wp1/x`, `` for the English home page. */
  slug: string;
  lang: LocaleLang;
  /** The slug without its locale prefix. */
  base: string;
  data: PageFields & { title: string; description?: string; sidebar?: { order?: number; label?: string } };
  body: string;
  bodyStartLine: number;
  translationState: TranslationState;
}

export interface ContentIndex {
  pages: PageEntry[];
  quizzes: Map<string, { file: string; quiz: Quiz }>;
  glossaries: Map<LocaleLang, Glossary>;
  tracks: Track[];
}

export interface CheckResult {
  issues: ContentIssue[];
  index: ContentIndex;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Parses YAML, reporting a syntax error as an issue with its line number. */
function parseYaml(file: string, text: string, issues: ContentIssue[], lineOffset = 0): unknown {
  try {
    return readYaml(text);
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    issues.push({ file, path: e.line ? `line ${e.line + lineOffset}` : '', expected: 'valid YAML', found: e.reason });
    return undefined;
  }
}

// Starlight's image() helper only exists inside Astro; outside it an image is a path string.
const pageSchema = docsSchema({ extend: pageFields })({ image: () => z.string() } as never);
const pageFieldNames = new Set(Object.keys((pageSchema as unknown as { shape: object }).shape));

/** Blob ids (12 hex) of every committed version of each file under `dir`, from git when available. */
function committedHashes(root: string, dir: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  try {
    const log = execFileSync('git', ['log', '--format=', '--raw', '--no-abbrev', '--no-renames', '--', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const top = execFileSync('git', ['rev-parse', '--show-prefix'], { cwd: root, encoding: 'utf8' }).trim();
    for (const line of log.split('\n')) {
      const m = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) \w+\t(.+)$/.exec(line);
      if (!m) continue;
      const path = m[3]!.startsWith(top) ? m[3]!.slice(top.length) : m[3]!;
      const set = out.get(path) ?? new Set();
      for (const blob of [m[1]!, m[2]!]) if (!/^0+$/.test(blob)) set.add(blob.slice(0, 12));
      out.set(path, set);
    }
  } catch {
    // Not a git checkout (e.g. an unpacked archive): only current versions are known.
  }
  return out;
}

function slugOf(docsRelative: string): string {
  return docsRelative
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '')
    .toLowerCase();
}

function loadPages(root: string, issues: ContentIssue[]): PageEntry[] {
  const pages: PageEntry[] = [];
  for (const abs of walk(join(root, docsDir))) {
    if (!/\.mdx?$/.test(abs)) continue;
    const file = toPosix(relative(root, abs));
    const text = readFileSync(abs, 'utf8');
    const { frontmatter, body, bodyStartLine } = splitFrontmatter(text);
    if (frontmatter === null) {
      issues.push({ file, path: '', expected: 'YAML frontmatter between --- lines at the top of the file', found: 'no frontmatter' });
      continue;
    }
    const raw = parseYaml(file, frontmatter, issues, 1);
    if (raw === undefined) continue;
    const parsed = pageSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      issues.push(...issuesFromZod(file, parsed.error.issues, raw));
      continue;
    }
    // Starlight's schema lets unknown fields through; a misspelt field would then silently vanish.
    for (const key of Object.keys(raw ?? {})) {
      if (!pageFieldNames.has(key)) issues.push({ file, path: key, expected: `no field named "${key}" (it is not part of the page format; check its spelling)` });
    }
    const data = parsed.data as PageEntry['data'];
    for (const rule of pageRuleIssues(data)) {
      issues.push({ file, path: formatPath(rule.path), expected: rule.expected, found: describeValue(valueOf(raw, rule.path)) });
    }
    const slug = slugOf(toPosix(relative(join(root, docsDir), abs)));
    const { lang, base } = splitLocale(slug);
    pages.push({ file, slug, lang, base, data, body, bodyStartLine, translationState: lang === 'en' ? 'source' : 'draft' });
  }
  return pages;
}

function valueOf(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}

/**
 * Whether a translation follows the current English file (its own status), an
 * earlier committed version (`outdated`), or no version at all (an issue).
 */
function translationState(
  root: string,
  file: string,
  sourceFile: string,
  t: { status: 'draft' | 'reviewed'; source: string },
  history: Map<string, Set<string>>,
  issues: ContentIssue[],
): TranslationState | undefined {
  const current = sourceHash(readFileSync(join(root, sourceFile)));
  if (t.source === current) return t.status;
  if (history.get(sourceFile)?.has(t.source)) return 'outdated';
  issues.push({ file, path: 'translation.source', expected: `the hash of a version of ${sourceFile} (now ${current}; run git hash-object on it)`, found: JSON.stringify(t.source) });
  return undefined;
}

function checkTranslations(root: string, pages: PageEntry[], issues: ContentIssue[]): void {
  const english = new Map(pages.filter((p) => p.lang === 'en').map((p) => [p.base, p]));
  const history = committedHashes(root, docsDir);
  for (const page of pages) {
    if (page.lang === 'en') continue;
    const source = english.get(page.base);
    if (!source) {
      issues.push({ file: page.file, path: '', expected: `an English page at ${docsDir}/${page.base || 'index'}.mdx that this page translates`, found: 'none' });
      continue;
    }
    const t = page.data.translation;
    if (!t) {
      issues.push({ file: page.file, path: 'translation', expected: `{status: draft | reviewed, source: <hash of ${source.file}>}`, found: 'nothing (the field is missing)' });
      continue;
    }
    page.translationState = translationState(root, page.file, source.file, t, history, issues) ?? page.translationState;
  }
}

function loadQuizzes(root: string, issues: ContentIssue[]): ContentIndex['quizzes'] {
  const quizzes: ContentIndex['quizzes'] = new Map();
  const dir = join(root, quizzesDir);
  if (!existsSync(dir)) return quizzes;
  const quizHistory = committedHashes(root, quizzesDir);
  for (const name of readdirSync(dir).sort()) {
    if (!statSync(join(dir, name)).isDirectory()) continue;
    const file = `${quizzesDir}/${name}/quiz.yaml`;
    if (!existsSync(join(root, file))) {
      issues.push({ file: `${quizzesDir}/${name}`, path: '', expected: 'a quiz.yaml file in every quiz folder', found: 'none' });
      continue;
    }
    const raw = parseYaml(file, readFileSync(join(root, file), 'utf8'), issues);
    if (raw === undefined) continue;
    const parsed = quizSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...issuesFromZod(file, parsed.error.issues, raw));
      continue;
    }
    if (parsed.data.id !== name) {
      issues.push({ file, path: 'id', expected: `the folder name "${name}" (quiz ids are unique because each has its own folder)`, found: JSON.stringify(parsed.data.id) });
      continue;
    }
    quizzes.set(name, { file, quiz: parsed.data });
    for (const other of readdirSync(join(dir, name)).sort()) {
      if (other === 'quiz.yaml') continue;
      const lang = other.replace(/\.ya?ml$/, '');
      const tfile = `${quizzesDir}/${name}/${other}`;
      if (!(translatedLangs as string[]).includes(lang) || lang === other) {
        issues.push({ file: tfile, path: '', expected: `quiz.yaml or <lang>.yaml with lang one of ${translatedLangs.join(', ')}`, found: JSON.stringify(other) });
        continue;
      }
      const traw = parseYaml(tfile, readFileSync(join(root, tfile), 'utf8'), issues);
      if (traw === undefined) continue;
      const tparsed = quizTranslationSchema.safeParse(traw);
      if (!tparsed.success) {
        issues.push(...issuesFromZod(tfile, tparsed.error.issues, traw));
        continue;
      }
      translationState(root, tfile, file, tparsed.data.translation, quizHistory, issues);
      issues.push(...quizTranslationKeyIssues(tfile, parsed.data, tparsed.data.questions));
    }
  }
  return quizzes;
}

/** Paths in a quiz translation that name no question or text of the source quiz. */
function quizTranslationKeyIssues(file: string, quiz: Quiz, questions: Record<string, Record<string, unknown>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [qid, fields] of Object.entries(questions)) {
    const q = quiz.questions.find((x) => x.id === qid);
    if (!q) {
      issues.push({ file, path: `questions.${qid}`, expected: `a question id of the source quiz (${quiz.questions.map((x) => x.id).join(', ')})`, found: JSON.stringify(qid) });
      continue;
    }
    for (const path of unknownTextKeys(questionTexts(q), fields)) {
      issues.push({ file, path: `questions.${qid}.${path}`, expected: `only text that the source ${q.type} question has (answer keys are never translated)`, found: describeValue(valueAt(fields, path.split('.'))) });
    }
  }
  return issues;
}

function loadGlossaries(root: string, issues: ContentIssue[]): ContentIndex['glossaries'] {
  const out: ContentIndex['glossaries'] = new Map();
  const history = committedHashes(root, glossaryDir);
  for (const abs of walk(join(root, glossaryDir))) {
    const file = toPosix(relative(root, abs));
    const lang = file.split('/').pop()!.replace(/\.ya?ml$/, '') as LocaleLang;
    if (lang !== 'en' && !(translatedLangs as string[]).includes(lang)) {
      issues.push({ file, path: '', expected: `a file named <lang>.yaml with lang one of en, ${translatedLangs.join(', ')}`, found: JSON.stringify(file.split('/').pop()) });
      continue;
    }
    const raw = parseYaml(file, readFileSync(abs, 'utf8'), issues);
    if (raw === undefined) continue;
    const parsed = glossarySchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...issuesFromZod(file, parsed.error.issues, raw));
      continue;
    }
    if (parsed.data.translation && existsSync(join(root, glossaryDir, 'en.yaml'))) {
      translationState(root, file, `${glossaryDir}/en.yaml`, parsed.data.translation, history, issues);
    }
    const seen = new Set<string>();
    parsed.data.terms.forEach((t, i) => {
      if (seen.has(t.id)) issues.push({ file, path: `terms[${i}].id`, expected: `a unique term id ("${t.id}" is used twice)`, found: JSON.stringify(t.id) });
      seen.add(t.id);
    });
    out.set(lang, parsed.data);
  }
  return out;
}

function loadTracks(root: string, issues: ContentIssue[]): Track[] {
  const tracks: Track[] = [];
  for (const abs of walk(join(root, tracksDir)).filter((f) => !toPosix(relative(root, f)).startsWith(`${tracksDir}/translations/`))) {
    const file = toPosix(relative(root, abs));
    const raw = parseYaml(file, readFileSync(abs, 'utf8'), issues);
    if (raw === undefined) continue;
    const parsed = trackSchema.safeParse(raw);
    if (!parsed.success) issues.push(...issuesFromZod(file, parsed.error.issues, raw));
    else if (`${parsed.data.id}.yaml` !== file.split('/').pop()) issues.push({ file, path: 'id', expected: `the file name without .yaml (track ids are unique because each has its own file)`, found: JSON.stringify(parsed.data.id) });
    else tracks.push(parsed.data);
  }
  return tracks;
}

/** `src/content/tracks/translations/<lang>/<id>.yaml`: texts only, the same shape as the track. */
function checkTrackTranslations(root: string, tracks: Track[], issues: ContentIssue[]): void {
  for (const abs of walk(join(root, tracksDir, 'translations'))) {
    const file = toPosix(relative(root, abs));
    const [lang, name] = file.split('/').slice(-2) as [string, string];
    const track = tracks.find((tr) => `${tr.id}.yaml` === name);
    if (!(translatedLangs as string[]).includes(lang) || !track) {
      issues.push({ file, path: '', expected: `translations/<lang>/<track id>.yaml with lang one of ${translatedLangs.join(', ')} and an existing track id`, found: JSON.stringify(`${lang}/${name}`) });
      continue;
    }
    const raw = parseYaml(file, readFileSync(abs, 'utf8'), issues);
    if (raw === undefined) continue;
    for (const i of trackTranslationIssues(track, raw)) issues.push({ file, path: i.path, expected: i.expected });
  }
}

function checkI18n(root: string, issues: ContentIssue[]): void {
  const dir = join(root, i18nDir);
  const enFile = join(dir, 'en.json');
  if (!existsSync(enFile)) return;
  const read = (file: string): Record<string, unknown> | undefined => {
    try {
      return JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (err) {
      issues.push({ file, path: '', expected: 'valid JSON', found: (err as Error).message });
      return undefined;
    }
  };
  const en = read(`${i18nDir}/en.json`);
  if (!en) return;
  for (const lang of translatedLangs) {
    const file = `${i18nDir}/${lang}.json`;
    if (!existsSync(join(root, file))) {
      issues.push({ file, path: '', expected: 'a UI string file for every locale', found: 'no file' });
      continue;
    }
    const strings = read(file);
    if (!strings) continue;
    for (const key of Object.keys(en)) {
      if (typeof strings[key] !== 'string' || !(strings[key] as string).trim()) {
        issues.push({ file, path: JSON.stringify(key), expected: 'a translated string (en.json has this key)', found: describeValue(strings[key]) });
      }
    }
  }
}

/**
 * The ids a link may name on a page: its headings and elements (anchorIds),
 * Starlight's `_top`, and the sections our page layout adds from its
 * frontmatter (objectives, sources, the quiz and its reuse box).
 */
export function pageAnchors(page: Pick<PageEntry, 'body' | 'data'>): Set<string> {
  const { objectives, sources, quiz } = page.data;
  const layout = ['_top', objectives?.length && 'biosec-objectives', sources?.length && 'biosec-sources', quiz && `quiz-${quiz}`, quiz && 'biosec-reuse'];
  return new Set([...anchorIds(page.body), ...layout.filter((id): id is string => typeof id === 'string')]);
}

function crossCheck(root: string, index: ContentIndex, issues: ContentIssue[]): void {
  const pageBySlug = new Map(index.pages.map((p) => [p.slug, p]));
  const englishByBase = new Map(index.pages.filter((p) => p.lang === 'en').map((p) => [p.base, p]));
  // The page a slug shows: its own, or the English one, which Starlight serves in every locale as a fallback.
  const shownAt = (slug: string) => pageBySlug.get(slug) ?? englishByBase.get(splitLocale(slug).base);
  const anchorsOf = new Map<PageEntry, Set<string>>();
  const anchors = (page: PageEntry) => {
    let ids = anchorsOf.get(page);
    if (!ids) anchorsOf.set(page, (ids = pageAnchors(page)));
    return ids;
  };
  const quizUsers = new Map<string, string>();
  const englishTerms = new Set(index.glossaries.get('en')?.terms.map((t) => t.id) ?? []);

  for (const page of index.pages) {
    const quizId = page.data.quiz;
    if (quizId && page.lang === 'en') {
      const entry = index.quizzes.get(quizId);
      if (!entry) {
        issues.push({ file: page.file, path: 'quiz', expected: `the id of a quiz in ${quizzesDir}/<id>/quiz.yaml (${[...index.quizzes.keys()].join(', ') || 'none exist'})`, found: JSON.stringify(quizId) });
      } else if (quizUsers.has(quizId)) {
        issues.push({ file: page.file, path: 'quiz', expected: `a quiz used by one page only (${quizUsers.get(quizId)} uses it too)`, found: JSON.stringify(quizId) });
      } else {
        quizUsers.set(quizId, page.file);
      }
    }
    for (const link of internalLinks(page.body, page.bodyStartLine)) {
      const target = link.href.startsWith('#') ? page.slug : linkSlug(link.href);
      const fragment = linkFragment(link.href);
      if (target === null) {
        const file = link.href.split(/[?#]/)[0]!;
        if (!generatedFiles.includes(file) && !existsSync(join(root, 'public', file))) issues.push({ file: page.file, path: `line ${link.line}`, expected: 'a link to a file in public/ or one the build writes', found: JSON.stringify(link.href) });
        continue;
      }
      const shown = shownAt(target);
      const { lang, base } = splitLocale(target);
      if (!shown) {
        issues.push({ file: page.file, path: `line ${link.line}`, expected: 'a link to an existing page', found: JSON.stringify(link.href) });
      } else if (lang !== page.lang) {
        // Readers stay in their language: a link into another locale is a slip (usually a missing /th/ prefix).
        const own = `${localePrefix(page.lang)}/${base}${base ? '/' : ''}`;
        issues.push({ file: page.file, path: `line ${link.line}`, expected: `a link within the page's own language (${own})`, found: JSON.stringify(link.href) });
      } else if (fragment !== null && !anchors(shown).has(fragment)) {
        issues.push({ file: page.file, path: `line ${link.line}`, expected: `a link to a heading or id on ${target ? `/${target}/` : '/'}`, found: JSON.stringify(link.href) });
      }
    }
    for (const m of page.body.matchAll(/<Term\s+id=["']([^"']+)["']/g)) {
      const terms = new Set([...(index.glossaries.get(page.lang)?.terms.map((t) => t.id) ?? []), ...englishTerms]);
      if (!terms.has(m[1]!)) {
        const line = page.bodyStartLine + page.body.slice(0, m.index).split('\n').length - 1;
        issues.push({ file: page.file, path: `line ${line}`, expected: `a glossary term id from ${glossaryDir}/en.yaml`, found: JSON.stringify(m[1]) });
      }
    }
  }

  for (const [id, { file, quiz }] of index.quizzes) {
    const module = index.pages.find((p) => p.lang === 'en' && p.slug === quiz.module);
    if (!module) {
      issues.push({ file, path: 'module', expected: 'the slug of an English module page (its path under src/content/docs without .mdx)', found: JSON.stringify(quiz.module) });
      continue;
    }
    if (module.data.quiz !== id) {
      issues.push({ file, path: 'module', expected: `a page whose frontmatter says quiz: ${id}`, found: `${module.file} (quiz: ${module.data.quiz ?? 'none'})` });
    }
    const objectives = module.data.objectives?.map((o) => o.id) ?? [];
    issues.push(...quizCoverageIssues(file, quiz, objectives));
    quiz.questions.forEach((q, qi) => {
      if (!objectives.includes(q.objective)) {
        issues.push({ file, path: `questions[${qi}].objective`, expected: `an objective id defined by ${module.file} (${objectives.join(', ') || 'it defines none'})`, found: JSON.stringify(q.objective) });
      }
    });
  }

  for (const track of index.tracks) {
    // A page twice in a track would count twice towards its progress and certificate.
    const placed = new Map<string, string>();
    track.days.forEach((day, di) =>
      day.sessions.forEach((s, si) =>
        s.pages.forEach((slug, pi) => {
          const path = `days[${di}].sessions[${si}].pages[${pi}]`;
          if (!pageBySlug.has(slug)) issues.push({ file: `${tracksDir}/${track.id}.yaml`, path, expected: 'the slug of an existing page', found: JSON.stringify(slug) });
          else if (placed.has(slug)) issues.push({ file: `${tracksDir}/${track.id}.yaml`, path, expected: `each page once in a track (it is already at ${placed.get(slug)})`, found: JSON.stringify(slug) });
          placed.set(slug, placed.get(slug) ?? path);
        }),
      ),
    );
  }
}

/** A module quiz assesses every objective at least twice, with enough questions of enough kinds. */
export const quizRules = { minQuestions: 8, minTypes: 3, perObjective: 2 };

function quizCoverageIssues(file: string, quiz: Quiz, objectives: string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (quiz.questions.length < quizRules.minQuestions) {
    issues.push({ file, path: 'questions', expected: `at least ${quizRules.minQuestions} questions`, found: `${quiz.questions.length}` });
  }
  const types = new Set(quiz.questions.map((q) => q.type));
  if (types.size < quizRules.minTypes) {
    issues.push({ file, path: 'questions', expected: `questions of at least ${quizRules.minTypes} types`, found: [...types].join(', ') });
  }
  for (const objective of objectives) {
    const n = quiz.questions.filter((q) => q.objective === objective).length;
    if (n < quizRules.perObjective) issues.push({ file, path: 'questions', expected: `at least ${quizRules.perObjective} questions assessing objective ${objective}`, found: `${n}` });
  }
  return issues;
}

/**
 * Validates every content file under `root` and cross-checks them. Returns all
 * problems at once (never throws for bad content) and the parsed index.
 */
/**
 * `checkContent` once per folder and process: the build reads the content in
 * its config, its export step, the quizzes it renders and the Translation
 * status page (once per locale), and the files do not change during a build.
 */
export function checkContentOnce(root: string): CheckResult {
  const checked = checkedContent();
  const key = resolve(root);
  const hit = checked.get(key);
  if (hit) return hit;
  const result = checkContent(root);
  checked.set(key, result);
  return result;
}

export function checkContent(root: string): CheckResult {
  const issues: ContentIssue[] = [];
  const pages = loadPages(root, issues);
  checkTranslations(root, pages, issues);
  const index: ContentIndex = {
    pages,
    quizzes: loadQuizzes(root, issues),
    glossaries: loadGlossaries(root, issues),
    tracks: loadTracks(root, issues),
  };
  checkI18n(root, issues);
  checkTrackTranslations(root, index.tracks, issues);
  crossCheck(root, index, issues);
  return { issues, index };
}
