import type { Question } from '../../schemas/quiz.ts';

/** A small deterministic generator (mulberry32), so the same build renders the same order. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given random source. */
export function shuffle<T>(items: T[], rand: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The order in which an ordering question's items are first shown: shuffled
 * with a fixed seed and never the right order (authors often list items in
 * order, which would give the answer away). Other types keep their order.
 */
export function seededShuffle(seed: string, q: Question): string[] | undefined {
  if (q.type !== 'ordering') return undefined;
  const ids = q.options.map((o) => o.id);
  const order = shuffle(ids, random(seed));
  const same = order.every((id, i) => id === q.correct[i]);
  return same ? [...order.slice(1), order[0]!] : order;
}
