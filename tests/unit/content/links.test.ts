import { describe, expect, test } from 'vitest';
import { anchorIds, internalLinks, linkFragment, linkSlug } from '../../../src/lib/content/links.ts';

describe('internalLinks', () => {
  test('finds Markdown links, href attributes and hero links with their line numbers', () => {
    const text = 'See [a](/x/).\n<a href="/y/">y</a>\n    link: /z/\n[ext](https://example.org/)';
    expect(internalLinks(text, 10)).toEqual([
      { href: '/x/', line: 10 },
      { href: '/y/', line: 11 },
      { href: '/z/', line: 12 },
    ]);
  });

  test('finds links to a part of the same page', () => {
    expect(internalLinks('Back to [the top](#_top) or <a href="#steps">the steps</a>.')).toEqual([
      { href: '#_top', line: 1 },
      { href: '#steps', line: 1 },
    ]);
  });
});

describe('anchors', () => {
  test('a link’s fragment, decoded', () => {
    expect(linkFragment('/x/#part-two')).toBe('part-two');
    expect(linkFragment('/x/#%E0%B8%81')).toBe('ก');
    expect(linkFragment('/x/')).toBeNull();
    expect(linkFragment('/x/#')).toBeNull();
  });

  test('headings get the ids Astro gives them, repeats numbered; written element ids count too, component props and code blocks do not', () => {
    const body = ['## Who *does* what?', '', '### Roles', '## Roles', '```md', '## Not a heading', '```', '## A [linked](/x/) <Term id="t">term</Term>', '<div id="kit-notes"></div>', '## การประเมินความเสี่ยง'].join('\n');
    expect([...anchorIds(body)]).toEqual(['who-does-what', 'roles', 'roles-1', 'a-linked-term', 'kit-notes', 'การประเมินความเสี่ยง']);
  });
});

describe('linkSlug', () => {
  test('drops slashes, anchors and queries', () => expect(linkSlug('/th/modules/wp1/x/#part')).toBe('th/modules/wp1/x'));
  test('maps the home page to the empty slug', () => expect(linkSlug('/')).toBe(''));
  test('treats index.html links as pages', () => expect(linkSlug('/about/index.html')).toBe('about'));
  test('leaves static files to the public/ check', () => expect(linkSlug('/favicon.svg')).toBeNull());
});
