import { describe, expect, test } from 'vitest';
import { htmlFileOfUrl, manifestPageFromHtml, urlOfHtmlFile } from '../../src/lib/manifest.ts';

describe('urlOfHtmlFile', () => {
  test('maps index files to folder URLs', () => {
    expect(urlOfHtmlFile('index.html')).toBe('/');
    expect(urlOfHtmlFile('th/about/index.html')).toBe('/th/about/');
    expect(urlOfHtmlFile('404.html')).toBe('/404.html');
  });
  test('htmlFileOfUrl is its inverse', () => {
    for (const file of ['index.html', 'th/about/index.html', '404.html']) expect(htmlFileOfUrl(urlOfHtmlFile(file))).toBe(file);
  });
});

describe('manifestPageFromHtml', () => {
  test('reads the page record and the html lang', () => {
    const meta = JSON.stringify({ id: 'x', title: 'A & B', kind: 'module', workPackage: 1, level: 'awareness', quiz: 'q', translation: 'draft' }).replaceAll('"', '&quot;').replaceAll('&quot;A & B', '&quot;A &amp; B');
    const html = `<html lang="km" dir="ltr"><head><meta name="biosec:page" content="${meta}"></head></html>`;
    expect(manifestPageFromHtml('/km/x/', html)).toEqual({ url: '/km/x/', id: 'x', locale: 'km', title: 'A & B', kind: 'module', workPackage: 1, level: 'awareness', quiz: 'q', translation: 'draft' });
  });

  test('skips pages without a record', () => {
    expect(manifestPageFromHtml('/x/', '<html lang="en"></html>')).toBeNull();
  });
});
