/** FNV-1a: a small, stable 32-bit hash; the same text always gives the same number on every machine. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Orders items by a hash of (seed, key): a fixed but question-specific shuffle. */
export function seededOrder<T>(items: readonly T[], seed: string, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => hash32(`${seed}|${key(a)}`) - hash32(`${seed}|${key(b)}`) || (key(a) < key(b) ? -1 : 1));
}

/** Mulberry32, seeded: for shuffling the choices of a question from its id. */
export function seededRandom(seed: string): () => number {
  let state = hash32(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Walks a pool from a seed-chosen start, wrapping round, and returns up to `want` items that pass `accept`,
 * best rank first (0 is best). Cost grows with how far it must look, not with the pool: distractors for a
 * question never sort the whole corpus.
 */
export function seededPick<T>(pool: readonly T[], seed: string, want: number, accept: (item: T) => boolean, rank: (item: T) => number, budget = 400): T[] {
  if (pool.length === 0) return [];
  const start = hash32(seed) % pool.length;
  const byRank: T[][] = [];
  const limit = Math.min(pool.length, budget);
  for (let step = 0; step < limit && (byRank[0]?.length ?? 0) < want; step++) {
    const item = pool[(start + step) % pool.length] as T;
    if (!accept(item)) continue;
    const bucket = (byRank[rank(item)] ??= []);
    if (bucket.length < want) bucket.push(item);
  }
  return byRank.flatMap((bucket) => bucket ?? []);
}
