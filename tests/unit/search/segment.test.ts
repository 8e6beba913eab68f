import { describe, expect, test } from 'vitest';
import { htmlText, indexWords, needsSegmentation, queryTokens, segmentWords, spaceWords, spaceWordsInHtml, subwords } from '../../../src/lib/search/segment.ts';
import { patchPagefindSegmentation } from '../../../src/lib/search/pagefind-patch.ts';

describe('segmentWords and spaceWords', () => {
  test('split runs of Thai, Khmer, Lao and Burmese into words', () => {
    expect(segmentWords('ความมั่นคงทางชีวภาพ', 'th')).toEqual(['ความ', 'มั่นคง', 'ทาง', 'ชีวภาพ']);
    expect(spaceWords('ຄວາມໝັ້ນຄົງທາງຊີວະພາບ', 'lo').split(' ').length).toBeGreaterThan(2);
    expect(spaceWords('មន្ទីរពិសោធន៍ជាតិ និង WHO', 'km')).toBe('មន្ទីរពិសោធន៍ ជាតិ និង WHO');
  });
  test('leave spaced languages alone', () => {
    expect(needsSegmentation('vi')).toBe(false);
    expect(spaceWords('an ninh sinh học', 'vi')).toBe('an ninh sinh học');
  });
  test('in HTML, only text changes: not tags, attributes or scripts', () => {
    expect(spaceWordsInHtml('<p title="ความมั่นคง">ความมั่นคง<script>"ความมั่นคง"</script></p>', 'th')).toBe('<p title="ความมั่นคง">ความ มั่นคง<script>"ความมั่นคง"</script></p>');
    expect(htmlText('<p>a<script>b</script>c</p>').replace(/\s+/g, ' ').trim()).toBe('a c');
  });
  test('queries are lower-cased and split the same way', () => {
    expect(queryTokens('WHO ความมั่นคง', 'th')).toEqual(['who', 'ความ', 'มั่นคง']);
  });
});

describe('subwords', () => {
  test('add the parts of compounds another ICU version may split (Chromium splits រោគរាតត្បាត)', () => {
    expect(subwords('រោគរាតត្បាត', 'km')).toEqual(expect.arrayContaining(['រោគ', 'រាតត្បាត']));
    expect(indexWords('រោគរាតត្បាត', 'km')).toEqual(expect.arrayContaining(['រោគរាតត្បាត', 'រោគ', 'រាតត្បាត']));
  });
  test('add nothing for Latin text', () => expect(indexWords('biosecurity law', 'en')).toEqual(['biosecurity', 'law']));
});

test('the Pagefind patch adds Khmer, Lao and Burmese to its query segmentation, and fails loudly when the list moved', () => {
  expect(patchPagefindSegmentation('x=["zh","ja","th"].includes(l)', 'f.js')).toBe('x=["zh","ja","th","km","lo","my"].includes(l)');
  expect(() => patchPagefindSegmentation('nothing here', 'f.js')).toThrow(/not found/);
});
