import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { strToU8 } from 'fflate';
import { zipFiles } from '../lib/zip.ts';
import { checkContentOnce, type PageEntry } from '../lib/content/check.ts';
import { readUiStrings } from '../lib/content/ui-strings.ts';
import { localePrefix } from '../lib/content/locales.ts';
import { absolutizeLinks, contentOf, flattenCssUrls, stripModuleScripts, stylesOf } from '../lib/exports/html.ts';
import { toGift, type ExportLabels } from '../lib/exports/gift.ts';
import { toMoodleXml } from '../lib/exports/moodle-xml.ts';
import { exportPaths, moduleExportName } from '../lib/exports/paths.ts';
import { attributionText, licenceText } from '../lib/exports/pack.ts';
import { scoPage, scormManifest } from '../lib/exports/scorm-package.ts';
import { classicScript } from './build-files.ts';
import { loadLocalizedQuiz, quizLanguages } from '../lib/quiz/load.ts';

function write(path: string, data: string | Uint8Array) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/** Labels the exports need, in the quiz's language. */
function labelsFor(strings: Record<string, Record<string, string>>, lang: string): ExportLabels {
  const t = (key: string) => strings[lang]?.[key] ?? strings.en![key]!;
  return { case: t('biosec.quiz.case'), position: (n) => t('biosec.export.position').replace('{{n}}', String(n)) };
}


/**
 * Writes every LMS export from the same sources as the site: GIFT and Moodle XML
 * per quiz and language, a SCORM 1.2 package per module page and language, and a
 * module pack (sources, licence, attribution) per module. Runs after the build,
 * because SCORM packages reuse the built pages.
 */
export function biosecExports(): AstroIntegration {
  let site = 'https://example.org/';
  return {
    name: 'biosec-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = process.cwd();
        const out = fileURLToPath(dir);
        const strings = readUiStrings(root);
        const { index } = checkContentOnce(root);
        const modules = index.pages.filter((p) => p.lang === 'en' && p.data.kind === 'module' && p.data.quiz);
        // The quiz runtime for SCORM packages, as one classic script.
        const script = await classicScript({ entryPoints: [join(root, 'src/components/quiz/quiz-scorm.ts')] });
        const packageCss = cssPackager(out);
        const counts: Record<string, number> = {};
        const count = (kind: string) => (counts[kind] = (counts[kind] ?? 0) + 1);

        for (const module of modules) {
          const quizId = module.data.quiz!;
          const name = moduleExportName(module.slug);
          const versions = [module, ...index.pages.filter((p) => p.lang !== 'en' && p.base === module.slug)];
          const quizLangs = quizLanguages(root, quizId);
          for (const lang of new Set([...quizLangs, ...versions.map((v) => v.lang)])) {
            const { quiz, questions } = loadLocalizedQuiz(root, quizId, lang);
            const localized = { id: quiz.id, questions: questions.map((q) => q.question) };
            const page = versions.find((v) => v.lang === lang) ?? module;
            const category = ['BIOSEC Hub', page.data.title];
            const paths = exportPaths(name, quizId, lang);
            write(join(out, paths.gift), toGift(localized, category, labelsFor(strings, lang)));
            write(join(out, paths.moodleXml), toMoodleXml(localized, category, labelsFor(strings, lang)));
            count(`gift:${lang}`);
            count(`xml:${lang}`);
            if (versions.some((v) => v.lang === lang)) {
              write(join(out, paths.scorm), scormZip(out, page, lang, quiz.passMark, script, site, packageCss));
              count(`scorm:${lang}`);
            }
          }
          write(join(out, exportPaths(name, quizId, 'en').pack), packZip(root, module, versions, quizId, site));
          count('pack');
        }
        logger.info(`exports: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      },
    },
  };
}

type CssPackager = (css: string) => { css: Uint8Array; files: Record<string, Uint8Array> };

/**
 * Stylesheets as SCORM packages hold them (url()s flattened), with the files
 * they name: one buffer per stylesheet a build, so the zip step compresses
 * each once however many packages carry it.
 */
function cssPackager(out: string): CssPackager {
  const done = new Map<string, ReturnType<CssPackager>>();
  return (css) => {
    let packaged = done.get(css);
    if (!packaged) {
      const flat = flattenCssUrls(css);
      packaged = { css: strToU8(flat.css), files: Object.fromEntries(flat.files.map((f) => [f, readFileSync(join(out, '_astro', f))])) };
      done.set(css, packaged);
    }
    return packaged;
  };
}

function scormZip(out: string, page: PageEntry, lang: string, passMark: number, script: Uint8Array, site: string, packageCss: CssPackager): Uint8Array {
  const url = `${localePrefix(lang)}/${page.base}/index.html`;
  const html = readFileSync(join(out, url), 'utf8');
  const { links, inline } = stylesOf(html);
  const files: Record<string, Uint8Array> = {};
  const stylesheets: string[] = [];
  for (const [i, css] of [...links.map((l) => readFileSync(join(out, l), 'utf8')), ...inline].entries()) {
    const packaged = packageCss(css);
    files[`style-${i}.css`] = packaged.css;
    stylesheets.push(`style-${i}.css`);
    Object.assign(files, packaged.files);
  }
  files['quiz.js'] = script;
  files['index.html'] = strToU8(scoPage({ lang, title: page.data.title, content: absolutizeLinks(stripModuleScripts(contentOf(html)), site), stylesheets }));
  files['imsmanifest.xml'] = strToU8(scormManifest({ identifier: `biosec-${page.data.quiz}-${lang}`, title: page.data.title, masteryScore: passMark, files: Object.keys(files).sort() }));
  return zipFiles(files);
}

function packZip(root: string, module: PageEntry, versions: PageEntry[], quizId: string, site: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const v of versions) files[`module/${v.lang}.mdx`] = readFileSync(join(root, v.file));
  const quizDir = join(root, 'quizzes', quizId);
  files['quiz/quiz.yaml'] = readFileSync(join(quizDir, 'quiz.yaml'));
  for (const lang of quizLanguages(root, quizId).filter((l) => l !== 'en')) files[`quiz/${lang}.yaml`] = readFileSync(join(quizDir, `${lang}.yaml`));
  files['LICENSE'] = strToU8(licenceText());
  files['ATTRIBUTION.txt'] = strToU8(attributionText({ title: module.data.title, url: new URL(`${module.slug}/`, site).href, year: module.data.lastReviewed.slice(0, 4) }));
  return zipFiles(files);
}
