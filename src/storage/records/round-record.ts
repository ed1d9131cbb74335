import { z } from 'zod';
import { questionSchema } from '../../bank/schema.ts';
import { recordIdSchema } from './ids.ts';

export const ROUND_STATUSES = ['open', 'scoring', 'finished', 'expired'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

const count = z.int().nonnegative();

const roundAnswerSchema = z.object({ choice: count, at: z.number(), seq: count });

const roundOutcomeSchema = z.object({
  correctChoice: count,
  results: z.array(z.object({ userId: recordIdSchema, choice: count, correct: z.boolean(), points: count, firstCorrect: z.boolean() })),
  firstCorrectUserId: recordIdSchema.nullable(),
});

/**
 * A channel round under `round:<id>`. The question is copied in, so the round can still be revealed after
 * the question is removed or the bank rebuilt. While it runs, answers are written batch by batch to
 * `round-answers:<id>:<n>` (the durable answered-markers, written before an answer is acknowledged); at the
 * close they move into `answers`.
 * Status: open → scoring (outcome fixed, points being added) → finished; or open → expired.
 */
export const roundRecordSchema = z
  .object({
    v: z.literal(1),
    id: recordIdSchema,
    guildId: recordIdSchema,
    channelId: recordIdSchema,
    startedBy: recordIdSchema.nullable(),
    question: questionSchema,
    order: z.array(count),
    startedAt: z.number(),
    deadline: z.number(),
    status: z.enum(ROUND_STATUSES),
    answers: z.record(recordIdSchema, roundAnswerSchema),
    outcome: roundOutcomeSchema.nullable(),
    closedAt: z.number().nullable(),
    /** Whatever the adapter needs to find its message again (ids, a token); never read here. */
    adapterRef: z.json().nullable(),
  })
  .refine((round) => [...round.order].sort((a, b) => a - b).every((value, index) => value === index) && round.order.length === round.question.choices.length, {
    message: 'order must be a permutation of the question choices',
    path: ['order'],
  });

export type RoundRecord = z.output<typeof roundRecordSchema>;

/**
 * Answers to a running round, one record per written batch under `round-answers:<roundId>:<n>`, n = 0, 1, 2…
 * with no gaps: taking an answer costs a write of its batch, not of the whole round. The round record takes
 * them all when it closes (its own `answers` stay empty until then).
 */
export const roundAnswerBatchSchema = z.object({
  v: z.literal(1),
  answers: z.array(roundAnswerSchema.extend({ userId: recordIdSchema })).min(1),
});

export type RoundAnswerBatch = z.output<typeof roundAnswerBatchSchema>;

/** The rounds of one server not yet announced, under `active-rounds:<guildId>`; what a restart resumes. */
export const activeRoundsSchema = z.object({
  v: z.literal(1),
  rounds: z.array(z.object({ id: recordIdSchema, channelId: recordIdSchema, deadline: z.number() })),
});

export type ActiveRounds = z.output<typeof activeRoundsSchema>;
