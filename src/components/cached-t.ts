/**
 * Starlight's `t` (i18next) costs about 18 µs a call, and a quiz calls it
 * dozens of times per page on thousands of pages with the same few strings.
 * The result depends only on the locale, the key and the values, so it is
 * kept per build.
 */
const cache = new Map<string, string>();

export function cachedT<T extends (key: never, options?: never) => string>(t: T, lang: string): T {
  return ((key: string, options?: Record<string, unknown>) => {
    const k = `${lang}\u0000${key}\u0000${options ? JSON.stringify(options) : ''}`;
    let text = cache.get(k);
    if (text === undefined) cache.set(k, (text = (t as unknown as (k: string, o?: object) => string)(key, options)));
    return text;
  }) as unknown as T;
}
