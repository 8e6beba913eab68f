/**
 * The "Get it offline" page gives the zip's size and checksum, which exist
 * only once the zip is made, after the pages are written.
 */

/** Where the build writes the offline zip (and `<zip>.sha256`) in the web site. */
export const offlineZipPath = '/downloads/biosec-hub-offline.zip';

/** Files the build writes that pages may link to, though they are not in public/. */
export const generatedFiles = [offlineZipPath, `${offlineZipPath}.sha256`];

/** `23.9 MB`: decimal megabytes, as file managers on Windows, macOS and Android show them. */
export function formatSize(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The page with its `data-offline-zip` facts filled in; other pages come back unchanged. */
export function fillZipFacts(html: string, facts: { size: number; sha256: string }): string {
  const text = { size: formatSize(facts.size), sha256: facts.sha256 };
  return html.replace(/(<(span|code)\b[^>]*\bdata-offline-zip="(size|sha256)"[^>]*>)[^<]*(<\/\2>)/g, (_, open: string, _tag, fact: 'size' | 'sha256', close: string) => `${open}${text[fact]}${close}`);
}

/** In the USB copy: the web edition's sections go, the USB edition's are shown. */
export function showUsbEdition(html: string): string {
  if (!html.includes('data-edition=')) return html;
  return html
    .replace(/<section\b[^>]*\bdata-edition="web"[^>]*>[\s\S]*?<\/section>/g, '')
    .replace(/(<section\b[^>]*\bdata-edition="usb")([^>]*)>/g, (_, start: string, rest: string) => `${start}${rest.replace(/\s(hidden|data-pagefind-ignore)\b/g, '')}>`);
}
