import { unspacedLangs } from './segment.ts';

const stock = '["zh","ja","th"]';

/**
 * Pagefind splits queries into words (with Intl.Segmenter, as our index text is
 * split) only for the languages in a list inside its emitted pagefind.js and
 * pagefind-worker.js. Adds Khmer, Lao and Burmese to that list. Throws if the
 * list is not found, so a Pagefind upgrade that moves it fails the build.
 */
export function patchPagefindSegmentation(code: string, file: string): string {
  if (!code.includes(stock)) throw new Error(`${file}: Pagefind's word-segmentation language list ${stock} was not found; check the Pagefind version`);
  const langs = ['zh', 'ja', ...unspacedLangs];
  return code.replaceAll(stock, JSON.stringify(langs));
}
