import { z } from 'zod';
import { withAnswers, type NewAnswer } from '../../engine/round.ts';
import type { Update } from '../../storage/record-collection.ts';
import type { RoundRecord } from '../../storage/records/round-record.ts';
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

interface Waiting extends NewAnswer {
  resolve: (outcome: AnswerOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Records answers to channel rounds. The answers to one round that arrive while its previous write is in
 * flight are applied by a single update step: the round record holds every answer, so a step per answer
 * would copy it once per answer (O(n·k) for k answers to a round of n; a 10,000-member round then costs
 * seconds of CPU), one step per batch copies it once.
 */
export class AnswerRecorder {
  /** Per round, the batch that is still taking answers (its update step has not run yet). */
  readonly #open = new Map<string, Waiting[]>();

  constructor(private readonly context: RoundContext) {}

  answer(raw: AnswerRoundInput): Promise<AnswerOutcome> {
    const input = parseInput(answerRoundInputSchema, raw);
    const at = input.now ?? this.context.clock.now();
    return new Promise<AnswerOutcome>((resolve, reject) => {
      const waiting: Waiting = { userId: input.userId, choice: input.choice, at, resolve, reject };
      const open = this.#open.get(input.roundId);
      if (open) {
        open.push(waiting);
        return;
      }
      const batch = [waiting];
      this.#open.set(input.roundId, batch);
      // Later answers start the next batch once this one's step runs (or failed before it could).
      const close = () => {
        if (this.#open.get(input.roundId) === batch) this.#open.delete(input.roundId);
      };
      this.context.store.rounds
        .update(input.roundId, (round) => {
          close();
          return recordAnswers(round, batch);
        })
        .then(
          (outcomes) => batch.forEach((item, index) => item.resolve(outcomes[index]!)),
          (error: unknown) => {
            close();
            for (const item of batch) item.reject(error);
          },
        );
    });
  }
}

function recordAnswers(round: RoundRecord | undefined, batch: readonly NewAnswer[]): Update<RoundRecord, AnswerOutcome[]> {
  if (!round) return { result: batch.map(() => 'unknown-round') };
  if (round.status !== 'open') return { result: batch.map(() => 'round-closed') };
  const { state, checks } = withAnswers(round, batch);
  const result = checks.map((check): AnswerOutcome => (check === 'accepted' ? 'locked-in' : check));
  return checks.includes('accepted') ? { result, next: { ...round, answers: state.answers } } : { result };
}
