import type { Attempt } from '../progress/schema.ts';

/** FNV-1a, 32-bit: a small stable hash (not a security measure: the certificate is self-attested). */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A verification code derived from the learner's name, the track and the best
 * attempts that complete it (quiz, score, time). The same progress record
 * always gives the same code, so a trainer can recompute it from the learner's
 * exported file; any change to those data gives another code.
 */
export function verificationCode(name: string, trackId: string, attempts: Attempt[]): string {
  const record = [name.trim().normalize('NFC'), trackId, ...attempts.map((a) => `${a.quiz}:${a.score}/${a.max}:${a.time}`).sort()].join('\n');
  const a = fnv1a(record);
  const b = fnv1a(record, 0x12345678 ^ a);
  let code = '';
  for (let n = (BigInt(a) << 32n) | BigInt(b), i = 0; i < 12; i++, n >>= 5n) code += alphabet[Number(n & 31n)];
  return `BSH-${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}
