import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkedContent } from '../content/checked.ts';
import { readYaml } from '../content/yaml.ts';
import { quizSchema, quizTranslationSchema, type Quiz } from '../../schemas/quiz.ts';
import { localizeQuiz, type LocalizedQuestion } from './texts.ts';
import { translatedLangs } from '../content/locales.ts';

const cache = new Map<string, Quiz>();

/** Reads and validates `quizzes/<id>/quiz.yaml` (already checked by `npm run check`; this throws only if that was skipped). */
export function loadQuiz(root: string, id: string): Quiz {
  const hit = cache.get(id);
  if (hit) return hit;
  // During a build, the content check has parsed every quiz already.
  const checked = checkedContent().get(resolve(root))?.index.quizzes.get(id)?.quiz;
  const quiz = checked ?? quizSchema.parse(readYaml(readFileSync(join(root, 'quizzes', id, 'quiz.yaml'), 'utf8')));
  cache.set(id, quiz);
  return quiz;
}

/** The quiz's questions in `lang`, falling back to English text where a translation lacks it. */
export function loadLocalizedQuiz(root: string, id: string, lang: string): { quiz: Quiz; questions: LocalizedQuestion[] } {
  const quiz = loadQuiz(root, id);
  const file = join(root, 'quizzes', id, `${lang}.yaml`);
  const translation = lang !== 'en' && existsSync(file) ? quizTranslationSchema.parse(readYaml(readFileSync(file, 'utf8'))).questions : undefined;
  return { quiz, questions: localizeQuiz(quiz, translation) };
}

/** Languages a quiz exists in: English and every locale with a `quizzes/<id>/<lang>.yaml`. */
export function quizLanguages(root: string, id: string): string[] {
  return ['en', ...translatedLangs.filter((l) => existsSync(join(root, 'quizzes', id, `${l}.yaml`)))];
}
