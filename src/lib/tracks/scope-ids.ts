/**
 * A trainer kit prints many pages one after another, and pages reuse heading
 * ids ("discussion-questions"). Ids defined in `html` get `prefix`, and the
 * references to them in the same HTML (`href="#…"`, `for`, `aria-*`) follow,
 * so every id on the kit page is unique and in-page links still work.
 */
export function scopeIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  if (!ids.size) return html;
  const scoped = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  return html
    .replace(/(\sid=")([^"]+)"/g, (_, a: string, id: string) => `${a}${scoped(id)}"`)
    .replace(/(\shref="#)([^"]+)"/g, (_, a: string, id: string) => `${a}${scoped(id)}"`)
    .replace(/(\s(?:for|aria-labelledby|aria-describedby|aria-controls)=")([^"]+)"/g, (_, a: string, list: string) => `${a}${list.split(' ').map(scoped).join(' ')}"`);
}
