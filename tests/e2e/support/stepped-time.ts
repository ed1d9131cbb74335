import type { Clock, Timers } from '../../../src/services/index.ts';

/**
 * Real time plus an offset the test moves forward, shared by the fake Discord (interaction timestamps, token
 * lifetimes) and the services (round deadlines). The services' timers never fire on their own: `advance`
 * moves time and fires whatever fell due, so a 20-second round ends the moment the test says so.
 */
export class SteppedTime implements Clock, Timers {
  #offset = 0;
  #nextId = 1;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  now = (): number => Date.now() + this.#offset;

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.now() + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Moves time forward by `ms` and fires every timer now due, earliest first. */
  advance(ms: number): void {
    this.#offset += ms;
    const now = this.now();
    const due = [...this.#timers].filter(([, timer]) => timer.at <= now).sort(([, a], [, b]) => a.at - b.at);
    for (const [id, timer] of due) {
      this.#timers.delete(id);
      timer.callback();
    }
  }
}
