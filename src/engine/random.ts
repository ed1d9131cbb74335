import type { Random } from '../shared/seeded-random.ts';

// The engine's names for the shared hash and generator: a seed taken from an id, a generator from a seed.
export { fnv1a32 as seedFromText, mulberry32 as seededRandom, type Random } from '../shared/seeded-random.ts';

/** A Fisher–Yates permutation of 0..length-1. */
export function shuffledOrder(length: number, random: Random): number[] {
  const order = Array.from({ length }, (_, index) => index);
  for (let index = length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

export function pickOne<T>(items: readonly T[], random: Random): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}
