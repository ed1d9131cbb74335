import { z } from 'zod';

/** How many recent batch ids a bucket remembers, making a replayed round's points idempotent. */
export const APPLIED_BATCHES_KEPT = 64;

/**
 * Numbers kept per member, in this order: points, answered, correct, streak, best streak, then this week's
 * tally: week (year × 100 + ISO week, e.g. 202510), points, answered, correct.
 */
export const SCORE_FIELDS = 9;

function isCountList(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!Number.isSafeInteger(item) || item < 0) return false;
  return true;
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0);
}

/**
 * A slice of one server's scores under `scores:<guildId>:<bucket>`: the members whose id hashes to this
 * bucket, stored column-wise (member ids, then SCORE_FIELDS numbers per member) because 100,000 members must
 * load, parse and validate in a fraction of a second after a restart; plus the ids of the last batches
 * (rounds) added, so that finishing a round twice never counts it twice.
 */
export const scoreBucketSchema = z
  .object({
    v: z.literal(1),
    applied: z.array(z.string()).max(APPLIED_BATCHES_KEPT),
    // Plain loops inside zod refinements: the same checks as z.array(z.int()...), an order of magnitude faster here.
    users: z.custom<string[]>(isTextList, 'users must be a list of member ids'),
    stats: z.custom<number[]>(isCountList, 'stats must be a list of non-negative integers'),
  })
  .refine((bucket) => bucket.stats.length === bucket.users.length * SCORE_FIELDS, {
    message: `stats must hold ${SCORE_FIELDS} numbers per member`,
    path: ['stats'],
  })
  .refine((bucket) => new Set(bucket.users).size === bucket.users.length, { message: 'a member appears twice', path: ['users'] })
  .refine((bucket) => bucket.users.every((_, index) => isWeekNumber(bucket.stats[index * SCORE_FIELDS + 5]!)), {
    message: 'a week must be written year × 100 + week (1–53)',
    path: ['stats'],
  });

function isWeekNumber(value: number): boolean {
  const week = value % 100;
  return value >= 190001 && week >= 1 && week <= 53;
}

export type ScoreBucket = z.output<typeof scoreBucketSchema>;
