import type { Bank } from '../../../src/bank/schema.ts';
import { seededRandom } from '../../../src/engine/random.ts';
import { openQuizServices, type Clock, type QuizServices, type RoundEnd, type ServerQuotas, type Timers } from '../../../src/services/index.ts';
import { loadFixtureBank } from '../../fixtures/bank/fixture-bank.ts';
import { captureLogger } from '../../storage/support/temp-store.ts';

/** 2025-03-05 (a Wednesday), 12:00 UTC. */
export const T0 = Date.parse('2025-03-05T12:00:00Z');

/** A clock and timers that move only when told to. */
export class ManualTime implements Clock, Timers {
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(public current: number = T0) {}

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.current + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const until = this.current + ms;
    for (;;) {
      const due = [...this.timers].filter(([, timer]) => timer.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.current = Math.max(this.current, due[1].at);
      due[1].callback();
    }
    this.current = until;
  }
}

/** Waits (without any timing assertion) until `condition` holds; fails after a generous limit. */
export async function eventually(condition: () => boolean, what = 'condition'): Promise<void> {
  const limit = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > limit) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface TestServices {
  services: QuizServices;
  time: ManualTime;
  ends: RoundEnd[];
  log: ReturnType<typeof captureLogger>;
}

export async function openTestServices(storeUrl: string, options: { time?: ManualTime; bank?: Bank; seed?: number; defaultQuotas?: ServerQuotas } = {}): Promise<TestServices> {
  const time = options.time ?? new ManualTime();
  const log = captureLogger();
  const services = await openQuizServices({
    storeUrl,
    logger: log.logger,
    bank: options.bank ?? (await loadFixtureBank()),
    clock: time,
    timers: time,
    random: seededRandom(options.seed ?? 1),
    ...(options.defaultQuotas ? { defaultQuotas: options.defaultQuotas } : {}),
  });
  const ends: RoundEnd[] = [];
  services.rounds.onRoundEnd((end) => {
    ends.push(end);
  });
  return { services, time, ends, log };
}
