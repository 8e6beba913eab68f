import { expect, test } from 'vitest';
import { scopeIds } from '../../../src/lib/tracks/scope-ids.ts';

test('ids defined in the HTML are prefixed, with the links and labels that point at them', () => {
  const html = '<h2 id="next">Next</h2><a href="#next">x</a><a href="#glossary">g</a><label for="q1">Q</label><input id="q1"><div aria-labelledby="next other">d</div>';
  expect(scopeIds(html, 'p1')).toBe('<h2 id="p1-next">Next</h2><a href="#p1-next">x</a><a href="#glossary">g</a><label for="p1-q1">Q</label><input id="p1-q1"><div aria-labelledby="p1-next other">d</div>');
  expect(scopeIds('<p>no ids</p>', 'p1')).toBe('<p>no ids</p>');
});
