import type { Question, Quiz } from '../../schemas/quiz.ts';

/** The translatable text of a question, as nested objects keyed by field names and ids. */
export type TextTree = { [key: string]: string | TextTree };

const byId = <T extends { id: string }>(items: T[], pick: (item: T) => string | TextTree) =>
  Object.fromEntries(items.map((item) => [item.id, pick(item)]));

const optionTexts = (o: { text: string; feedback?: string }): TextTree => (o.feedback === undefined ? { text: o.text } : { text: o.text, feedback: o.feedback });

/** Every text a translation may give for this question, in the shape `quizzes/<id>/<lang>.yaml` uses. */
export function questionTexts(q: Question): TextTree {
  const common = { explanation: q.explanation };
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'ordering':
      return { prompt: q.prompt, options: byId(q.options, optionTexts), ...common };
    case 'true-false':
      return { statement: q.statement, ...(q.feedback ? { feedback: { true: q.feedback.true, false: q.feedback.false } } : {}), ...common };
    case 'matching':
      return { prompt: q.prompt, left: byId(q.left, (o) => o.text), right: byId(q.right, (o) => o.text), ...common };
    case 'scenario':
      return {
        case: q.case,
        steps: byId(q.steps, (s) => ({ prompt: s.prompt, options: byId(s.options, optionTexts) })),
        outcomes: byId(q.outcomes, (o) => o.text),
        ...common,
      };
  }
}

/** Paths (`options.a.text`) in a translation that the source does not have. */
export function unknownTextKeys(source: TextTree, translation: unknown, prefix = ''): string[] {
  if (translation === null || typeof translation !== 'object' || Array.isArray(translation)) return [];
  return Object.entries(translation).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const expected = source[key];
    if (expected === undefined) return [path];
    if (typeof expected === 'string') return typeof value === 'string' ? [] : [path];
    return unknownTextKeys(expected, value, path);
  });
}

/** Overlays translated strings on the source texts; lists the paths that stay in English. */
export function mergeTexts(source: TextTree, translation: unknown, prefix = ''): { texts: TextTree; missing: string[] } {
  const t = translation && typeof translation === 'object' ? (translation as Record<string, unknown>) : {};
  const texts: TextTree = {};
  const missing: string[] = [];
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const translated = t[key];
      if (typeof translated === 'string' && translated.trim()) texts[key] = translated;
      else {
        texts[key] = value;
        missing.push(path);
      }
    } else {
      const inner = mergeTexts(value, t[key], path);
      texts[key] = inner.texts;
      missing.push(...inner.missing);
    }
  }
  return { texts, missing };
}

const get = (tree: TextTree, ...path: string[]): string => {
  let node: string | TextTree = tree;
  for (const key of path) node = (node as TextTree)[key]!;
  return node as string;
};

/** The question with its texts replaced by `texts` (a tree from `mergeTexts`). Ids and the answer key are untouched. */
export function applyTexts<Q extends Question>(q: Q, texts: TextTree): Q {
  const opt = <O extends { id: string; text: string; feedback?: string }>(o: O, ...at: string[]): O => ({
    ...o,
    text: get(texts, ...at, o.id, 'text'),
    ...(o.feedback === undefined ? {} : { feedback: get(texts, ...at, o.id, 'feedback') }),
  });
  const base = { ...q, explanation: get(texts, 'explanation') };
  switch (base.type) {
    case 'single':
    case 'multiple':
    case 'ordering':
      return { ...base, prompt: get(texts, 'prompt'), options: base.options.map((o) => opt(o, 'options')) } as Q;
    case 'true-false':
      return { ...base, statement: get(texts, 'statement'), ...(base.feedback ? { feedback: { true: get(texts, 'feedback', 'true'), false: get(texts, 'feedback', 'false') } } : {}) } as Q;
    case 'matching':
      return {
        ...base,
        prompt: get(texts, 'prompt'),
        left: base.left.map((o) => ({ ...o, text: get(texts, 'left', o.id) })),
        right: base.right.map((o) => ({ ...o, text: get(texts, 'right', o.id) })),
      } as Q;
    case 'scenario':
      return {
        ...base,
        case: get(texts, 'case'),
        steps: base.steps.map((s) => ({ ...s, prompt: get(texts, 'steps', s.id, 'prompt'), options: s.options.map((o) => opt(o, 'steps', s.id, 'options')) })),
        outcomes: base.outcomes.map((o) => ({ ...o, text: get(texts, 'outcomes', o.id) })),
      } as Q;
  }
}

export interface LocalizedQuestion {
  question: Question;
  /** True when at least one text of this question is still in English. */
  fallback: boolean;
}

/** The quiz in a locale: translated texts where they exist, English (flagged) where they do not. */
export function localizeQuiz(quiz: Quiz, translation: Record<string, unknown> | undefined): LocalizedQuestion[] {
  return quiz.questions.map((q) => {
    if (!translation) return { question: q, fallback: false };
    const { texts, missing } = mergeTexts(questionTexts(q), translation[q.id]);
    return { question: applyTexts(q, texts), fallback: missing.length > 0 };
  });
}
