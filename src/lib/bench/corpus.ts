/**
 * The generated corpus `npm run bench` builds twice: with BIOSEC Hub (this
 * project's config, components and build steps) and with stock Astro +
 * Starlight (same versions, same locales, nothing of ours). Both get the same
 * text: the site's English modules as plain Markdown, repeated under new
 * slugs. Our copy has the module's frontmatter (kind, objectives, sources)
 * and its own copy of the module's quiz; the stock copy has title and
 * description, and its sources as a Markdown list (no quiz: stock has none).
 * Projects are written inside the repository (`.bench/`) so that both find
 * its node_modules the usual way; Astro does not build through a symlinked one.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { dump } from 'js-yaml';
import { readYaml } from '../content/yaml.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { locales, starlightLocales } from '../content/locales.ts';

interface Source {
  title: string;
  publisher: string;
  year: number;
  url?: string;
}

export interface CorpusPage {
  slug: string;
  /** Our frontmatter: the module's own, with a new title and its own copy of the module's quiz. */
  data: Record<string, unknown> & { title: string; description: string; sources: Source[] };
  body: string;
  quiz: { id: string; yaml: string };
}

/**
 * MDX components become their text, so both builds render the same words;
 * session plans (data, not text) go, and links to pages outside the corpus
 * become their text.
 */
export function plainMarkdown(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, '')
    .replace(/\[([^\]]+)\]\(\/[^)]*\)/g, '$1')
    .replace(/<SessionPlan[\s\S]*?\/>/g, '')
    .replace(/<\/?(Term|TrainerNotes|Aside)\b[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Module pages enough for `sourcePages` source pages (the home page is one of them). */
export function corpusPages(root: string, sourcePages: number): CorpusPage[] {
  const modulesDir = join(root, 'src/content/docs/modules');
  const modules = readdirSync(modulesDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((file) => splitFrontmatter(readFileSync(file, 'utf8')));
  return Array.from({ length: sourcePages - 1 }, (_, i) => {
    const m = modules[i % modules.length]!;
    const data = readYaml(m.frontmatter ?? '') as Record<string, unknown>;
    const slug = `modules/wp${data.workPackage}/bench-${i}`;
    const { sidebar: _sidebar, quiz: original, ...rest } = data;
    const id = `bench-${i}`;
    const yaml = readFileSync(join(root, 'quizzes', String(original), 'quiz.yaml'), 'utf8').replace(/^id: .*$/m, `id: ${id}`).replace(/^module: .*$/m, `module: ${slug}`);
    return { slug, data: { ...(rest as CorpusPage['data']), title: `${data.title} (${i})`, quiz: id }, body: plainMarkdown(m.body), quiz: { id, yaml } };
  });
}

/** The sources list our Sources component shows, as Markdown, for the stock page. */
function sourcesMarkdown(sources: Source[]): string {
  const item = (s: Source, n: number) => `${n + 1}. ${s.publisher}, *${s.url ? `[${s.title}](${s.url})` : s.title}*, ${s.year}.`;
  return `## Sources\n\n${sources.map(item).join('\n')}`;
}

const md = (data: Record<string, unknown>, body: string) => `---\n${dump(data)}---\n\n${body}\n`;
const home = { title: 'Bench home', description: 'The home page of the generated corpus.' };

/**
 * Our project in `dir` with the corpus as its content: our config, code,
 * UI strings and glossary, and one track over the first pages (every page
 * looks up its tracks); no translations.
 */
export function writeOursProject(root: string, dir: string, pages: CorpusPage[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, f), join(dir, f));
  const skipped = (src: string) => {
    const rel = relative(root, src).split(sep).join('/');
    return rel.startsWith('src/content/docs') || rel.startsWith('src/content/tracks') || (rel.startsWith('src/content/glossary/') && rel !== 'src/content/glossary/en.yaml');
  };
  for (const d of ['src', 'public', 'scripts']) cpSync(join(root, d), join(dir, d), { recursive: true, filter: (src) => !skipped(src) });
  const docs = join(dir, 'src/content/docs');
  mkdirSync(join(dir, 'src/content/tracks'), { recursive: true });
  const session = (p: CorpusPage) => ({ title: p.data.title, pages: [p.slug] });
  const track = { id: 'bench', title: 'Bench track', audience: 'Bench readers.', duration: '1 day', prerequisites: [], days: [{ title: 'Day 1', sessions: pages.slice(0, 4).map(session) }], completion: 'all-quizzes-passed', certificate: 'has read the bench pages.' };
  writeFileSync(join(dir, 'src/content/tracks/bench.yaml'), dump(track));
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.md'), md({ ...home, kind: 'page', classification: 'TLP:CLEAR', lastReviewed: '2026-12-01' }, 'Generated pages for `npm run bench`.'));
  for (const p of pages) {
    mkdirSync(join(docs, p.slug, '..'), { recursive: true });
    writeFileSync(join(docs, `${p.slug}.md`), md(p.data, p.body));
    mkdirSync(join(dir, 'quizzes', p.quiz.id), { recursive: true });
    writeFileSync(join(dir, 'quizzes', p.quiz.id, 'quiz.yaml'), p.quiz.yaml);
  }
}

/** A stock Astro + Starlight project in `dir` with the same pages and locales. */
export function writeStockProject(root: string, dir: string, pages: CorpusPage[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  // Astro finds the Astro packages to bundle from package.json's dependencies.
  const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((d) => [d, ours.devDependencies[d]!]));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'stock-starlight', private: true, type: 'module', dependencies }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({\n  site: 'https://stock.example.org',\n  trailingSlash: 'always',\n  integrations: [starlight({ title: 'Stock Starlight', defaultLocale: 'root', locales: ${JSON.stringify(starlightLocales())} })],\n});\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const docs = join(dir, 'src/content/docs');
  writeFileSync(join(docs, 'index.md'), md(home, 'Generated pages for `npm run bench`.'));
  for (const p of pages) {
    mkdirSync(join(docs, p.slug, '..'), { recursive: true });
    writeFileSync(join(docs, `${p.slug}.md`), md({ title: p.data.title, description: p.data.description }, `${p.body}\n\n${sourcesMarkdown(p.data.sources)}`));
  }
}

/** Every source page is built once per locale (translated, or as Starlight's English fallback). */
export const sourcePagesFor = (builtPages: number) => Math.ceil(builtPages / locales.length);
