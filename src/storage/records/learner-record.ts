import { z } from 'zod';
import { recordIdSchema } from './ids.ts';

const count = z.int().nonnegative();

export const cardScheduleSchema = z.object({
  box: z.int().min(1).max(10),
  dueAt: z.number(),
  reviews: count,
  lapses: count,
  lastReviewedAt: z.number(),
});

/** A card shown and not answered yet; its id is what the answer button carries. */
const pendingCardSchema = z.object({ cardId: recordIdSchema, questionId: z.string(), order: z.array(count), shownAt: z.number() });

/** A card answered: kept for a while so that a repeated click gets the same feedback, not a second grading. */
const answeredCardSchema = pendingCardSchema.extend({ choice: count, correct: z.boolean(), answeredAt: z.number(), box: count, dueAt: z.number() });

export const PENDING_CARDS_KEPT = 5;
export const ANSWERED_CARDS_KEPT = 20;
export const RECENT_QUESTIONS_KEPT = 20;

/**
 * One member's study state in one server under `learner:<guildId>:<userId>`: the Leitner schedule per
 * question, cards in flight, recently answered cards, and the questions the member saw last (to avoid repeats).
 */
export const learnerRecordSchema = z.object({
  v: z.literal(1),
  cards: z.record(z.string(), cardScheduleSchema),
  pending: z.array(pendingCardSchema).max(PENDING_CARDS_KEPT),
  answered: z.array(answeredCardSchema).max(ANSWERED_CARDS_KEPT),
  recent: z.array(z.string()).max(RECENT_QUESTIONS_KEPT),
});

export type LearnerRecord = z.output<typeof learnerRecordSchema>;
export type AnsweredCard = LearnerRecord['answered'][number];

export function emptyLearner(): LearnerRecord {
  return { v: 1, cards: {}, pending: [], answered: [], recent: [] };
}
