/**
 * Deterministic randomness shared by the quiz engine and question generation. Both must give the same
 * numbers on every machine: the committed question bank and the order of a round's buttons depend on them.
 */

/** A source of uniform numbers in [0, 1); injected so that every rule stays deterministic under test. */
export type Random = () => number;

/** FNV-1a: a small, stable 32-bit hash of any text (a round id, a card id, a question seed). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough to shuffle four buttons; not for anything secret. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
