import { expect, test } from 'vitest';
import { fillZipFacts, formatSize, showUsbEdition } from '../../../src/lib/usb/download.ts';

test('the zip facts are filled in where the page asks for them, and nowhere else', () => {
  const page = '<p><span data-offline-zip="size">?</span> <code class="x" data-offline-zip="sha256">?</code> <span>?</span></p>';
  expect(fillZipFacts(page, { size: 23_456_789, sha256: 'ab12' })).toBe('<p><span data-offline-zip="size">23.5 MB</span> <code class="x" data-offline-zip="sha256">ab12</code> <span>?</span></p>');
  expect(formatSize(999_999)).toBe('1.0 MB');
});

test('the USB copy drops the web edition\'s sections and shows its own', () => {
  const page = '<section data-edition="web"><a href="/downloads/x.zip">Download</a></section><section data-edition="usb" hidden data-pagefind-ignore><p>USB</p></section><section>other</section>';
  expect(showUsbEdition(page)).toBe('<section data-edition="usb"><p>USB</p></section><section>other</section>');
});
