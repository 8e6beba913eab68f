/**
 * Word segmentation for scripts written without spaces between words (Thai,
 * Khmer, Lao, Burmese). Search indexes split text on spaces, so a word inside
 * a run is otherwise never found. The web index (Pagefind) and the offline
 * index both take their words from here; queries are split the same way.
 */
export const unspacedLangs = ['th', 'km', 'lo', 'my'] as const;

/** Characters of the scripts that need segmenting: Thai, Lao, Myanmar, Khmer. */
const unspacedRun = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\uAA60-\uAA7F]+/gu;
const unspacedChar = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\uAA60-\uAA7F]/u;

export function needsSegmentation(lang: string): boolean {
  return (unspacedLangs as readonly string[]).includes(lang.split('-')[0]!.toLowerCase());
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

/** The words of a text (letters and digits only; punctuation and spaces dropped), segmented for `lang`. */
export function segmentWords(text: string, lang: string): string[] {
  return [...segmenter(lang).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The text with a space between the words of every run of an unspaced script;
 * other text (Latin words, digits, punctuation) is left as it is.
 */
export function spaceWords(text: string, lang: string): string {
  if (!needsSegmentation(lang)) return text;
  return text.replace(unspacedRun, (run) => [...segmenter(lang).segment(run)].map((s) => s.segment).join(' '));
}

/**
 * `spaceWords` applied to the text of an HTML page, never to tags, attributes,
 * scripts or styles, so the page can be indexed as it is shown.
 */
export function spaceWordsInHtml(html: string, lang: string): string {
  if (!needsSegmentation(lang)) return html;
  return html.replace(/(<(script|style|template)\b[\s\S]*?<\/\2>)|(<[^>]*>)|([^<]+)/gi, (whole, skipped, _tag, tag, text) =>
    skipped ?? tag ?? spaceWords(text as string, lang),
  );
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Parts of a compound word that a different ICU version may treat as words of
 * their own. Node and browsers ship different ICU dictionaries: Chromium splits
 * Khmer រោគរាតត្បាត into រោគ|រាតត្បាត where Node keeps one word, so a query
 * segmented in the browser would miss an index segmented in Node. Indexing
 * every two-part split whose halves are single words on their own covers both.
 */
export function subwords(word: string, lang: string): string[] {
  const marks = [...graphemes.segment(word)].map((g) => g.index).slice(1);
  const single = (s: string) => {
    const w = segmentWords(s, lang);
    return w.length === 1 && w[0] === s;
  };
  const parts = new Set<string>();
  for (const i of marks) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if ([...graphemes.segment(left)].length < 2 || [...graphemes.segment(right)].length < 2) continue;
    if (single(left) && single(right)) {
      parts.add(left);
      parts.add(right);
    }
  }
  return [...parts];
}

/** The words of a text and the parts of its compounds, for an index (not for display). */
export function indexWords(text: string, lang: string): string[] {
  const words = segmentWords(text, lang);
  if (!needsSegmentation(lang)) return words;
  const unique = [...new Set(words)];
  return [...words, ...unique.filter((w) => unspacedChar.test(w)).flatMap((w) => subwords(w, lang))];
}

/** The text of an HTML page outside tags, scripts and styles. */
export function htmlText(html: string): string {
  return html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
}

/** Search-query tokens: lower case, segmented like the index. */
export function queryTokens(query: string, lang: string): string[] {
  return segmentWords(query.toLocaleLowerCase(lang), lang);
}
