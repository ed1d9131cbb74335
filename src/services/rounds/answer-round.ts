import { z } from 'zod';
import { checkAnswer, withAnswer } from '../../engine/round.ts';
import { recordIdSchema } from '../../storage/records/ids.ts';
import { parseInput } from '../input-error.ts';
import type { RoundContext } from './round-context.ts';

export const answerRoundInputSchema = z.object({
  roundId: recordIdSchema,
  userId: recordIdSchema,
  /** Index into the round's displayed choices. */
  choice: z.number(),
  /** When the member answered; the adapter should pass the platform's own timestamp (fair speed bonus). */
  now: z.number().optional(),
});

export type AnswerRoundInput = z.input<typeof answerRoundInputSchema>;

/**
 * `locked-in`: recorded (on disk) and counted once at the reveal. `already-answered`: this member's earlier
 * answer stands. `round-closed`: too late. `unknown-round`: no such round (or long gone). `invalid-choice`:
 * not one of the displayed choices.
 */
export type AnswerOutcome = 'locked-in' | 'already-answered' | 'round-closed' | 'unknown-round' | 'invalid-choice';

export function answerRound(context: RoundContext, raw: AnswerRoundInput): Promise<AnswerOutcome> {
  const input = parseInput(answerRoundInputSchema, raw);
  const now = input.now ?? context.clock.now();
  return context.store.rounds.update<AnswerOutcome>(input.roundId, (round) => {
    if (!round) return { result: 'unknown-round' };
    if (round.status !== 'open') return { result: 'round-closed' };
    const check = checkAnswer(round, input.userId, input.choice, now);
    if (check !== 'accepted') return { result: check };
    return { result: 'locked-in', next: { ...round, ...withAnswer(round, input.userId, input.choice, now) } };
  });
}
