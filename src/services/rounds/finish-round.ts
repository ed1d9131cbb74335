import { isoWeekId } from '../../engine/iso-week.ts';
import { revealRound, roundTiming, type RoundOutcome } from '../../engine/round.ts';
import type { RoundRecord } from '../../storage/records/round-record.ts';
import { releaseRoundSlot } from './active-rounds.ts';
import type { AnswerRecorder } from './answer-round.ts';
import type { RoundContext } from './round-context.ts';
import { toRoundEnd, type RoundEnd } from './round-views.ts';

/** A closed round is kept this long, so that late clicks are told "round closed" rather than "unknown". */
export const CLOSED_ROUND_TTL_MS = 24 * 60 * 60_000;

/**
 * `deadline`: the timer fired (a round not yet due is re-armed). `early`: close now even before the deadline
 * (the offline game, once its one player has answered). `restore`: resuming after a restart; a round already
 * closed but not yet announced is announced again.
 */
export type FinishMode = 'deadline' | 'early' | 'restore';

function unscored(outcome: RoundOutcome): RoundOutcome {
  return { ...outcome, firstCorrectUserId: null, results: outcome.results.map((result) => ({ ...result, points: 0, firstCorrect: false })) };
}

const closes = (round: RoundRecord, now: number, mode: FinishMode) => round.status === 'open' && (mode === 'early' || roundTiming(round, now) !== 'running');

/**
 * Closes a due round: open → scoring → finished (or open → expired when far too old), then announces it.
 * Its answers are sealed first (none is taken after), and move from their batches into the round record.
 */
export async function finishRound(context: RoundContext, answers: AnswerRecorder, roundId: string, now: number, mode: FinishMode): Promise<RoundEnd | null> {
  const found = await context.store.rounds.get(roundId);
  const sealed = found && closes(found, now, mode) ? await answers.seal(roundId) : undefined;
  const before = await context.store.rounds.update<{ round: RoundRecord; closedNow: boolean } | null>(roundId, (round) => {
    if (!round) return { result: null };
    if (round.status !== 'open' || !sealed || !closes(round, now, mode)) return { result: { round, closedNow: false } };
    const all = { ...round.answers, ...sealed };
    const outcome = revealRound({ ...round, answers: all });
    const next: RoundRecord =
      roundTiming(round, now) === 'stale'
        ? { ...round, answers: all, status: 'expired', outcome: unscored(outcome), closedAt: now }
        : { ...round, answers: all, status: 'scoring', outcome, closedAt: now };
    return { result: { round: next, closedNow: true }, next, ttlMs: next.status === 'expired' ? CLOSED_ROUND_TTL_MS : undefined };
  });
  if (!before) return null;
  if (sealed && before.round.status !== 'open') answers.forget(roundId);
  let round = before.round;
  if (round.status === 'open') {
    context.scheduler.schedule(roundId, round.deadline);
    return null;
  }
  // A round closed earlier is announced again only when resuming (its announcement may not have gone out).
  const resumingScoring = round.status === 'scoring';
  if (!before.closedNow && !resumingScoring && mode !== 'restore') return null;

  if (round.status === 'scoring') round = await addPoints(context, round);
  const end = toRoundEnd(round);
  await context.events.emit(end);
  await releaseRoundSlot(context.store.activeRounds, round.guildId, round.id);
  context.scheduler.cancel(roundId);
  return end;
}

/** Adds the round's points (idempotent per round id), then marks it finished. */
async function addPoints(context: RoundContext, round: RoundRecord): Promise<RoundRecord> {
  const results = round.outcome?.results ?? [];
  const updates = results.map((result) => ({ userId: result.userId, answer: { correct: result.correct, points: result.points } }));
  if (updates.length > 0) await context.store.scores.apply(round.guildId, round.id, updates, isoWeekId(round.deadline));
  return context.store.rounds.update(round.id, (current) => {
    if (!current || current.status !== 'scoring') return { result: current ?? round };
    const finished: RoundRecord = { ...current, status: 'finished' };
    return { result: finished, next: finished, ttlMs: CLOSED_ROUND_TTL_MS };
  });
}
