// Terms are numbered per page (per request: Astro.locals), so that several uses of a term each get their own
// popover and every build writes the same page (a random id changed every page, its checksum and the zip).
const counts = new WeakMap<object, number>();

export function nextTermNumber(locals: object): number {
  const n = (counts.get(locals) ?? 0) + 1;
  counts.set(locals, n);
  return n;
}
