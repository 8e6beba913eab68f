import { describe, expect, test } from 'vitest';
import { compareWithSums, parseSha256sums, sha256, sha256sums } from '../../../src/lib/usb/integrity.ts';
import { bundleName, moduleScripts, pageHref, relativeUrl, rewriteCss, rewriteHtml } from '../../../src/lib/usb/rewrite.ts';

describe('relativeUrl', () => {
  test('folders become index.html files, relative to the page', () => {
    expect(relativeUrl('/', 'index.html')).toBe('index.html');
    expect(relativeUrl('/modules/x/', 'th/about/index.html')).toBe('../../modules/x/index.html');
    expect(relativeUrl('/about', 'index.html')).toBe('about/index.html');
  });
  test('files keep their name; anchors and queries survive', () => {
    expect(relativeUrl('/_astro/a.css', 'th/about/index.html')).toBe('../../_astro/a.css');
    expect(relativeUrl('/glossary/#risk', 'modules/wp1/x/index.html')).toBe('../../../glossary/index.html#risk');
  });
  test('other URLs are left alone', () => {
    expect(relativeUrl('https://who.int/', 'index.html')).toBe('https://who.int/');
    expect(relativeUrl('//cdn.example/x.js', 'index.html')).toBe('//cdn.example/x.js');
  });
});

test('pageHref: links built by scripts stay as they are on the web and name files in the USB edition', () => {
  expect(pageHref('/th/modules/x/', undefined)).toBe('/th/modules/x/');
  expect(pageHref('/th/modules/x/', '../../')).toBe('../../th/modules/x/index.html');
  expect(pageHref('/', '')).toBe('index.html');
  expect(pageHref('https://who.int/', '../')).toBe('https://who.int/');
});

describe('rewriteHtml', () => {
  const page = '<link rel="modulepreload" href="/_astro/c.js"><a href="/about/">A</a><img src="/favicon.svg"><script type="module" src="/_astro/a.js"></script><p>x</p><script type="module" src="/_astro/b.js"></script><script type="module">go()</script>';
  test('makes links relative, replaces all module scripts by one classic bundle, drops preloads', () => {
    const out = rewriteHtml(page, 'th/index.html', '/_astro/page.classic.js');
    expect(out).toBe('<a href="../about/index.html">A</a><img src="../favicon.svg"><script defer src="../_astro/page.classic.js"></script><p>x</p><script>document.addEventListener(\'DOMContentLoaded\',function(){go()\n});</script>');
  });
  test('marks the way back to the root, and makes the language picker\'s options relative', () => {
    const html = '<html lang="th"><select><option value="/modules/x/">English</option><option value="dark">Dark</option></select></html>';
    expect(rewriteHtml(html, 'th/modules/x/index.html', undefined)).toBe(
      '<html data-usb-root="../../../" lang="th"><select><option value="../../../modules/x/index.html">English</option><option value="dark">Dark</option></select></html>',
    );
    expect(rewriteHtml('<html lang="en">', 'index.html', undefined)).toBe('<html data-usb-root="" lang="en">');
  });
  test('refuses an inline module script that imports', () => {
    expect(() => rewriteHtml('<script type="module">import "./x.js"</script>', 'a.html', undefined)).toThrow(/imports/);
  });
  test('finds module scripts in order and names their bundle stably', () => {
    expect(moduleScripts(page)).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(bundleName(['/a', '/b'])).toBe(bundleName(['/a', '/b']));
    expect(bundleName(['/a', '/b'])).not.toBe(bundleName(['/b', '/a']));
  });
  test('CSS URLs become relative to the stylesheet', () => {
    expect(rewriteCss('a{src:url(/_astro/f.woff2)}', '_astro/x.css')).toBe('a{src:url(../_astro/f.woff2)}');
  });
});

test('SHA256SUMS round-trips, and the comparison names changed, missing and extra files', () => {
  const files = new Map([['b.txt', sha256('b')], ['a/x.html', sha256('x')]]);
  const sums = sha256sums(files);
  expect(sums.split('\n')[0]).toBe(`${sha256('x')}  a/x.html`);
  const expected = parseSha256sums(sums);
  const actual = new Map([['a/x.html', sha256('changed')], ['c.txt', sha256('c')]]);
  expect(compareWithSums(expected, actual)).toEqual({ changed: ['a/x.html'], missing: ['b.txt'], extra: ['c.txt'] });
});
