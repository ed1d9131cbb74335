import { z } from 'zod';

const count = z.int().nonnegative();

export const playerScoreSchema = z.object({
  points: count,
  answered: count,
  correct: count,
  streak: count,
  bestStreak: count,
  week: z.object({ id: z.string().regex(/^\d{4}-W\d{2}$/), points: count, answered: count, correct: count }),
});

/** How many recent batch ids a bucket remembers, making a replayed round's points idempotent. */
export const APPLIED_BATCHES_KEPT = 64;

/**
 * A slice of one server's scores under `scores:<guildId>:<bucket>`: the members whose id hashes to this
 * bucket, plus the ids of the last batches (rounds) added, so that finishing a round twice (a crash between
 * scoring and marking it finished) never counts it twice. Entries are validated one by one when read, so a
 * damaged entry costs one member's score, not the bucket's.
 */
export const scoreBucketSchema = z.object({
  v: z.literal(1),
  applied: z.array(z.string()).max(APPLIED_BATCHES_KEPT),
  users: z.record(z.string(), z.unknown()),
});

export type ScoreBucket = z.output<typeof scoreBucketSchema>;
