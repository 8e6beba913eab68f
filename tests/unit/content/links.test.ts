import { describe, expect, test } from 'vitest';
import { internalLinks, linkSlug } from '../../../src/lib/content/links.ts';

describe('internalLinks', () => {
  test('finds Markdown links, href attributes and hero links with their line numbers', () => {
    const text = 'See [a](/x/).\n<a href="/y/">y</a>\n    link: /z/\n[ext](https://example.org/)';
    expect(internalLinks(text, 10)).toEqual([
      { href: '/x/', line: 10 },
      { href: '/y/', line: 11 },
      { href: '/z/', line: 12 },
    ]);
  });
});

describe('linkSlug', () => {
  test('drops slashes, anchors and queries', () => expect(linkSlug('/th/modules/wp1/x/#part')).toBe('th/modules/wp1/x'));
  test('maps the home page to the empty slug', () => expect(linkSlug('/')).toBe(''));
  test('treats index.html links as pages', () => expect(linkSlug('/about/index.html')).toBe('about'));
  test('leaves static files to the public/ check', () => expect(linkSlug('/favicon.svg')).toBeNull());
});
