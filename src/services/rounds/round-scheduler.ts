import type { Clock, Timers } from '../runtime.ts';

/** One timer per running round, firing at its deadline. Timers live in memory; a restart re-arms them. */
export class RoundScheduler {
  private readonly handles = new Map<string, unknown>();
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly timers: Timers,
    private readonly onDue: (roundId: string) => void,
  ) {}

  schedule(roundId: string, at: number): void {
    if (this.stopped) return;
    this.cancel(roundId);
    const handle = this.timers.setTimeout(() => {
      this.handles.delete(roundId);
      this.onDue(roundId);
    }, Math.max(0, at - this.clock.now()));
    this.handles.set(roundId, handle);
  }

  cancel(roundId: string): void {
    const handle = this.handles.get(roundId);
    if (handle === undefined) return;
    this.timers.clearTimeout(handle);
    this.handles.delete(roundId);
  }

  /** Cancels every timer and refuses new ones (the service is closing). */
  stop(): void {
    this.stopped = true;
    for (const roundId of [...this.handles.keys()]) this.cancel(roundId);
  }

  get pending(): number {
    return this.handles.size;
  }
}
