import { z } from 'zod';
import { createRoundState, ROUND_SECONDS } from '../../engine/round.ts';
import { rememberRecent, selectQuestion } from '../../engine/question-selection.ts';
import { recordIdSchema } from '../../storage/records/ids.ts';
import { emptyLearner, RECENT_QUESTIONS_KEPT } from '../../storage/records/learner-record.ts';
import type { RoundRecord } from '../../storage/records/round-record.ts';
import { parseInput } from '../input-error.ts';
import { releaseRoundSlot, reserveRoundSlot } from './active-rounds.ts';
import type { RoundContext } from './round-context.ts';
import { toRoundView, type RoundView } from './round-views.ts';

export const startRoundInputSchema = z.object({
  guildId: recordIdSchema,
  channelId: recordIdSchema,
  /** The member who asked for the round: their recently seen questions are avoided too. */
  startedBy: recordIdSchema.optional(),
  seconds: z.int().min(ROUND_SECONDS.min).max(ROUND_SECONDS.max).default(ROUND_SECONDS.default),
  topic: z.string().trim().max(100).optional(),
  article: z.string().trim().max(100).optional(),
  /** Stored with the round and handed back in its `RoundEnd` (channel/message ids, a token…). */
  adapterRef: z.json().optional(),
  now: z.number().optional(),
});

export type StartRoundInput = z.input<typeof startRoundInputSchema>;

export type StartRoundRefusal = 'no-questions' | 'channel-busy' | 'too-many-rounds';

export type StartRoundResult = { ok: true; round: RoundView } | { ok: false; reason: StartRoundRefusal; message: string };

const REFUSALS: Record<StartRoundRefusal, string> = {
  'no-questions': 'No questions match: try another topic or article, or add questions to this server.',
  'channel-busy': 'A round is already running in this channel: wait for it to end.',
  'too-many-rounds': 'Too many rounds are running in this server right now: try again when one ends.',
};

/** `opened` hears of the round once it is stored, before anyone can answer it. */
export async function startRound(context: RoundContext, raw: StartRoundInput, opened?: (record: RoundRecord) => void): Promise<StartRoundResult> {
  const input = parseInput(startRoundInputSchema, raw);
  const now = input.now ?? context.clock.now();
  const refuse = (reason: StartRoundRefusal): StartRoundResult => ({ ok: false, reason, message: REFUSALS[reason] });

  const pool = await context.catalogue.questions(input.guildId, { topic: input.topic || undefined, article: input.article || undefined });
  if (pool.length === 0) return refuse('no-questions');
  const { quotas } = await context.configs.get(input.guildId);
  const roundId = context.newId();
  const deadline = now + input.seconds * 1000;
  const slot = { guildId: input.guildId, channelId: input.channelId, roundId, deadline, now, max: quotas.maxActiveRounds };
  const reservation = await reserveRoundSlot(context.store.activeRounds, slot);
  if (reservation !== 'reserved') return refuse(reservation);

  try {
    const recentKey = `${input.guildId}:${input.channelId}`;
    const learnerKey = input.startedBy ? `${input.guildId}:${input.startedBy}` : undefined;
    const [channelRecent, learner] = await Promise.all([context.store.recentQuestions.get(recentKey), learnerKey ? context.store.learners.get(learnerKey) : undefined]);
    const question = selectQuestion(pool, [channelRecent?.ids ?? [], learner?.recent ?? []], context.random)!;
    const record: RoundRecord = {
      v: 1,
      id: roundId,
      guildId: input.guildId,
      channelId: input.channelId,
      startedBy: input.startedBy ?? null,
      ...createRoundState({ roundId, question, startedAt: now, seconds: input.seconds }),
      status: 'open',
      outcome: null,
      closedAt: null,
      adapterRef: input.adapterRef ?? null,
    };
    await context.store.rounds.update(roundId, () => ({ result: undefined, next: record }));
    opened?.(record);
    context.scheduler.schedule(roundId, deadline);
    await Promise.all([
      context.store.recentQuestions.update(recentKey, (current) => ({ result: undefined, next: { v: 1, ids: rememberRecent(current?.ids ?? [], question.id) } })),
      learnerKey &&
        context.store.learners.update(learnerKey, (current) => {
          const base = current ?? emptyLearner();
          return { result: undefined, next: { ...base, recent: rememberRecent(base.recent, question.id, RECENT_QUESTIONS_KEPT) } };
        }),
    ]);
    return { ok: true, round: toRoundView(record) };
  } catch (error) {
    context.scheduler.cancel(roundId);
    await releaseRoundSlot(context.store.activeRounds, input.guildId, roundId).catch(() => undefined);
    throw error;
  }
}
