import { z } from 'zod';
import { recordIdSchema } from '../../storage/records/ids.ts';
import { parseInput } from '../input-error.ts';
import { AnswerRecorder, type AnswerOutcome, type AnswerRoundInput } from './answer-round.ts';
import { CLOSED_ROUND_TTL_MS, finishRound } from './finish-round.ts';
import { restoreRounds, type RestoreSummary } from './restore-rounds.ts';
import type { RoundContext } from './round-context.ts';
import type { RoundEndListener } from './round-events.ts';
import { toRoundEnd, toRoundView, type AdapterRef, type RoundEnd, type RoundView } from './round-views.ts';
import { startRound, type StartRoundInput, type StartRoundResult } from './start-round.ts';

/** A store hiccup at a deadline is retried after this long, so a round never stays open for good. */
const RETRY_FINISH_MS = 5_000;

const restoreInputSchema = z.object({ guildIds: z.array(recordIdSchema), now: z.number().optional() });
const adapterRefInputSchema = z.object({ roundId: recordIdSchema, adapterRef: z.json() });

/**
 * Channel rounds: start one, lock in answers, and let the scheduler reveal it at its deadline. Each round
 * end is emitted once to `onRoundEnd` listeners (again after a restart if it was not yet announced).
 */
export class RoundService {
  private readonly finishing = new Map<string, Promise<RoundEnd | null>>();
  private readonly answers: AnswerRecorder;

  constructor(private readonly context: RoundContext) {
    this.answers = new AnswerRecorder(context);
  }

  /** Picks a question (avoiding recent repeats), persists the round and arms its timer. */
  startRound(input: StartRoundInput): Promise<StartRoundResult> {
    let opened: string | undefined;
    return startRound(this.context, input, (record) => {
      opened = record.id;
      this.answers.opened(record);
    }).catch((error: unknown) => {
      if (opened) this.answers.forget(opened);
      throw error;
    });
  }

  /** Records a member's answer; resolves only once it is stored. One answer per member per round. */
  answerRound(input: AnswerRoundInput): Promise<AnswerOutcome> {
    return this.answers.answer(input);
  }

  /**
   * Closes a round now, before its deadline if need be, and announces it. Resolves with the end, or null if
   * the round does not exist or was already closed and announced.
   */
  finishRoundNow(roundId: string, now?: number): Promise<RoundEnd | null> {
    return this.finish(parseInput(recordIdSchema, roundId), now ?? this.context.clock.now(), 'early');
  }

  /**
   * Replaces the round's `adapterRef`, for what the adapter only learns once the round is announced (say, the
   * id of the message it posted). Nothing else changes; false when there is no such round.
   */
  setAdapterRef(roundId: string, adapterRef: AdapterRef): Promise<boolean> {
    const input = parseInput(adapterRefInputSchema, { roundId, adapterRef });
    return this.context.store.rounds.update<boolean>(input.roundId, (round) => {
      if (!round) return { result: false };
      const closed = round.status === 'finished' || round.status === 'expired';
      return { result: true, next: { ...round, adapterRef: input.adapterRef }, ttlMs: closed ? CLOSED_ROUND_TTL_MS : undefined };
    });
  }

  /** The round as it stands (running, or closed with its outcome in `end`). */
  async getRound(roundId: string): Promise<{ view: RoundView; end: RoundEnd | null } | null> {
    const round = await this.context.store.rounds.get(parseInput(recordIdSchema, roundId));
    if (!round) return null;
    if (round.status !== 'open') return { view: toRoundView(round), end: toRoundEnd(round) };
    return { view: { ...toRoundView(round), answeredCount: await this.answers.count(round.id) }, end: null };
  }

  /** The server's rounds not yet announced (running, or closing right now). */
  async activeRounds(guildId: string): Promise<Array<{ id: string; channelId: string; deadline: number }>> {
    return (await this.context.store.activeRounds.get(parseInput(recordIdSchema, guildId)))?.rounds ?? [];
  }

  /** Registers a listener for round ends; returns a function that removes it. Register before `restore`. */
  onRoundEnd(listener: RoundEndListener): () => void {
    return this.context.events.on(listener);
  }

  /**
   * After a start-up, resumes the rounds in flight in these servers: re-arms running ones, reveals those that
   * fell due while down (up to 15 minutes late) and expires older ones, emitting their ends.
   */
  restore(input: { guildIds: readonly string[]; now?: number }): Promise<RestoreSummary> {
    const { guildIds, now } = parseInput(restoreInputSchema, input);
    const at = now ?? this.context.clock.now();
    return restoreRounds(this.context, guildIds, at, (roundId) => this.finish(roundId, at, 'restore'));
  }

  /** Called by the scheduler at a round's deadline. */
  onDeadline(roundId: string): void {
    this.finish(roundId, this.context.clock.now(), 'deadline').catch((error: unknown) => {
      this.context.logger.error({ err: error, roundId }, 'finishing a round failed; retrying');
      this.context.scheduler.schedule(roundId, this.context.clock.now() + RETRY_FINISH_MS);
    });
  }

  /** Waits for the rounds being finished right now (used when closing). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.finishing.values()]);
  }

  private finish(roundId: string, now: number, mode: 'deadline' | 'early' | 'restore'): Promise<RoundEnd | null> {
    // One finish per round at a time, so a timer and an early finish never announce twice.
    const running = this.finishing.get(roundId);
    if (running) return running;
    const promise = finishRound(this.context, this.answers, roundId, now, mode).finally(() => this.finishing.delete(roundId));
    this.finishing.set(roundId, promise);
    return promise;
  }
}
