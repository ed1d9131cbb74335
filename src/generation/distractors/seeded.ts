import { fnv1a32, mulberry32, type Random } from '../../shared/seeded-random.ts';

/** Orders items by a hash of (seed, key): a fixed but question-specific shuffle. */
export function seededOrder<T>(items: readonly T[], seed: string, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => fnv1a32(`${seed}|${key(a)}`) - fnv1a32(`${seed}|${key(b)}`) || (key(a) < key(b) ? -1 : 1));
}

/** For shuffling the choices of a question from its id. */
export function seededRandom(seed: string): Random {
  return mulberry32(fnv1a32(seed));
}

/**
 * Walks a pool from a seed-chosen start, wrapping round, and returns up to `want` items that pass `accept`,
 * best rank first (0 is best). Cost grows with how far it must look, not with the pool: distractors for a
 * question never sort the whole corpus.
 */
export function seededPick<T>(pool: readonly T[], seed: string, want: number, accept: (item: T) => boolean, rank: (item: T) => number, budget = 400): T[] {
  if (pool.length === 0) return [];
  const start = fnv1a32(seed) % pool.length;
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
