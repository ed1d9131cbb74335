import { z } from 'zod';
import { checkNewAnswer, type AnswerCheck, type RoundAnswer } from '../../engine/round.ts';
import type { QuizStore } from '../../storage/quiz-store.ts';
import { recordIdSchema } from '../../storage/records/ids.ts';
import type { RoundRecord } from '../../storage/records/round-record.ts';
import { parseInput } from '../input-error.ts';
import { CLOSED_ROUND_TTL_MS } from './finish-round.ts';
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

interface Waiting {
  userId: string;
  choice: number;
  at: number;
  resolve: (outcome: AnswerOutcome) => void;
  reject: (error: unknown) => void;
}

/** What this process knows of a round's answers: everything on record, plus what it has written since. */
interface LoadedRound {
  deadline: number;
  order: number[];
  open: boolean;
  answered: Map<string, RoundAnswer>;
  /** The number of the next batch record to write. */
  batches: number;
}

interface RoundLog {
  /** Loaded on first use (after a restart, from the record and its batches); reloaded after a failure. */
  loaded: Promise<LoadedRound | null> | undefined;
  /** The batch still taking answers: its turn in `tail` has not come yet. */
  pending: Waiting[] | undefined;
  /** Batches and the sealing run one after the other. */
  tail: Promise<void>;
  sealed: boolean;
}

const BATCHES_PER_READ = 32;
const byId = (round: string, batch: number) => `${round}:${batch}`;

/**
 * Records answers to running rounds. Answers that arrive while a round's previous batch is being written
 * are checked together and written as one small record (`round-answers:<round>:<n>`); the round record is
 * not rewritten, so an answer costs the same in a round of 10 or of 10,000. The answers are on disk before
 * anyone is told "locked in". `seal` stops a round taking answers and hands them all over, for the reveal.
 */
export class AnswerRecorder {
  readonly #logs = new Map<string, RoundLog>();

  constructor(private readonly context: RoundContext) {}

  answer(raw: AnswerRoundInput): Promise<AnswerOutcome> {
    const input = parseInput(answerRoundInputSchema, raw);
    const at = input.now ?? this.context.clock.now();
    return new Promise<AnswerOutcome>((resolve, reject) => {
      const waiting: Waiting = { userId: input.userId, choice: input.choice, at, resolve, reject };
      const log = this.#log(input.roundId);
      if (log.pending) {
        log.pending.push(waiting);
        return;
      }
      const batch = [waiting];
      log.pending = batch;
      log.tail = log.tail.then(() => this.#record(input.roundId, log, batch));
    });
  }

  /**
   * A round this process has just stored has no answers yet: its first answers need not read it back (with a
   * look for batches) from the store, which at a burst of new rounds queued every click behind those reads.
   */
  opened(round: Pick<RoundRecord, 'id' | 'deadline' | 'order'>): void {
    const log = this.#log(round.id);
    log.loaded ??= Promise.resolve({ deadline: round.deadline, order: round.order, open: true, answered: new Map(), batches: 0 });
  }

  /**
   * Takes no more answers for this round and returns all it has, from this process and from the store (a
   * batch written before a restart). Call it just before closing the round; `forget` once it is closed.
   */
  seal(roundId: string): Promise<Record<string, RoundAnswer>> {
    const log = this.#log(roundId);
    const sealed = log.tail.then(async () => {
      log.sealed = true;
      const loaded = await this.#load(roundId, log);
      return Object.fromEntries(loaded?.answered ?? []);
    });
    log.tail = sealed.then(
      () => undefined,
      () => undefined,
    );
    return sealed;
  }

  /** How many members have answered a round still open (its record holds no answers until it closes). */
  async count(roundId: string): Promise<number> {
    const log = this.#log(roundId);
    const loaded = await this.#load(roundId, log);
    if (!loaded?.open) this.#logs.delete(roundId);
    return loaded?.answered.size ?? 0;
  }

  /** Drops what is kept of a round once it is closed on record (later answers find it closed there). */
  forget(roundId: string): void {
    this.#logs.delete(roundId);
  }

  #log(roundId: string): RoundLog {
    let log = this.#logs.get(roundId);
    if (!log) {
      log = { loaded: undefined, pending: undefined, tail: Promise.resolve(), sealed: false };
      this.#logs.set(roundId, log);
    }
    return log;
  }

  async #record(roundId: string, log: RoundLog, batch: Waiting[]): Promise<void> {
    // Answers arriving from now on form the next batch.
    if (log.pending === batch) log.pending = undefined;
    try {
      const loaded = await this.#load(roundId, log);
      if (!loaded) {
        this.#logs.delete(roundId);
        for (const item of batch) item.resolve('unknown-round');
        return;
      }
      const accepted = new Map<string, RoundAnswer>();
      const answered = { has: (userId: string) => loaded.answered.has(userId) || accepted.has(userId) };
      const checks: AnswerCheck[] = batch.map((item) => {
        if (log.sealed || !loaded.open) return 'round-closed';
        const check = checkNewAnswer(loaded, answered, item.userId, item.choice, item.at);
        if (check === 'accepted') accepted.set(item.userId, { choice: item.choice, at: item.at, seq: loaded.answered.size + accepted.size });
        return check;
      });
      if (accepted.size > 0) {
        const answers = [...accepted].map(([userId, answer]) => ({ userId, ...answer }));
        await this.context.store.roundAnswers.put(byId(roundId, loaded.batches), { v: 1, answers }, CLOSED_ROUND_TTL_MS);
        loaded.batches += 1;
        for (const [userId, answer] of accepted) loaded.answered.set(userId, answer);
      }
      batch.forEach((item, index) => item.resolve(checks[index] === 'accepted' ? 'locked-in' : (checks[index] as AnswerOutcome)));
    } catch (error) {
      // Nothing of this batch was acknowledged; what is on record is read again before the next one.
      log.loaded = undefined;
      for (const item of batch) item.reject(error);
    }
  }

  #load(roundId: string, log: RoundLog): Promise<LoadedRound | null> {
    log.loaded ??= this.#read(roundId);
    return log.loaded;
  }

  async #read(roundId: string): Promise<LoadedRound | null> {
    const round = await this.context.store.rounds.get(roundId);
    if (!round) return null;
    const { answered, batches } = await readRoundAnswers(this.context.store, round);
    return { deadline: round.deadline, order: round.order, open: round.status === 'open', answered, batches };
  }
}

/**
 * A round's answers on record: those the round took in when it closed or, while it runs, every batch written
 * so far (numbered without gaps, so they are read up to the first that is not there).
 */
export async function readRoundAnswers(store: QuizStore, round: RoundRecord): Promise<{ answered: Map<string, RoundAnswer>; batches: number }> {
  const answered = new Map(Object.entries(round.answers));
  let batches = 0;
  if (round.status !== 'open') return { answered, batches };
  for (let done = false; !done; ) {
    const ids = Array.from({ length: BATCHES_PER_READ }, (_, index) => byId(round.id, batches + index));
    for (const record of await store.roundAnswers.getManyPresent(ids)) {
      if (!record.present) {
        done = true;
        break;
      }
      // A damaged batch still counts, so the next one never overwrites a later batch.
      batches += 1;
      for (const { userId, ...answer } of record.value?.answers ?? []) if (!answered.has(userId)) answered.set(userId, answer);
    }
  }
  return { answered, batches };
}
