/**
 * Serialised read-modify-write per key (a keyed async mutex) with group commit: steps queued for a key while
 * its previous write is in flight run together and are saved with one write, and each caller's promise
 * settles only after that write has completed. The state is read when a key becomes busy and carried from
 * batch to batch while it stays busy, and for `keepMs` after (every write of the key in this process goes
 * through here, so what was just written is what a read would return); it is read again after a failure.
 * Steps must be pure (return a new state); a step that throws rejects its own caller and leaves the state as
 * the previous steps made it.
 */
export interface StepOutcome<S, R> {
  state: S;
  changed: boolean;
  result: R;
}

interface Waiting<S> {
  step: (state: S) => StepOutcome<S, unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface KeepOptions {
  /** How long a key's last written state is reused instead of a read (0: only while the key stays busy). */
  keepMs?: number;
  /** At most this many states are kept (the least recently written go first). */
  maxKept?: number;
  now?: () => number;
}

export class KeyedWriteQueue<S> {
  private readonly waiting = new Map<string, Array<Waiting<S>>>();
  private readonly draining = new Set<Promise<void>>();
  /** Recently written states, least recently written first. */
  private readonly kept = new Map<string, { state: S; at: number }>();
  private readonly keepMs: number;
  private readonly maxKept: number;
  private readonly now: () => number;

  constructor(
    private readonly read: (key: string) => Promise<S>,
    private readonly write: (key: string, state: S) => Promise<void>,
    options: KeepOptions = {},
  ) {
    this.keepMs = options.keepMs ?? 0;
    this.maxKept = options.maxKept ?? 1000;
    this.now = options.now ?? Date.now;
  }

  submit<R>(key: string, step: (state: S) => StepOutcome<S, R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const item: Waiting<S> = { step, resolve: resolve as (value: unknown) => void, reject };
      const queue = this.waiting.get(key);
      if (queue) {
        queue.push(item);
        return;
      }
      this.waiting.set(key, [item]);
      const drained = this.drain(key).finally(() => this.draining.delete(drained));
      this.draining.add(drained);
    });
  }

  /** Resolves once every step submitted so far has been written (or has failed). */
  async idle(): Promise<void> {
    while (this.draining.size > 0) await Promise.allSettled([...this.draining]);
  }

  private async drain(key: string): Promise<void> {
    const queue = this.waiting.get(key)!;
    // Start on a later tick, so that steps submitted in the same burst share the first write.
    await Promise.resolve();
    // Reading a big record back (parse and validation) after every write would cost as much as the write.
    let carried = this.takeKept(key);
    while (queue.length > 0) {
      const batch = queue.splice(0);
      try {
        let state: S = carried ? carried.state : await this.read(key);
        carried = undefined;
        let changed = false;
        const outcomes = batch.map((item) => {
          try {
            const outcome = item.step(state);
            if (outcome.changed) {
              state = outcome.state;
              changed = true;
            }
            return { ok: true as const, value: outcome.result };
          } catch (error) {
            return { ok: false as const, error };
          }
        });
        if (changed) await this.write(key, state);
        carried = { state };
        batch.forEach((item, index) => {
          const outcome = outcomes[index]!;
          if (outcome.ok) item.resolve(outcome.value);
          else item.reject(outcome.error);
        });
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    this.waiting.delete(key);
    if (carried && this.keepMs > 0) this.keep(key, carried.state);
  }

  private takeKept(key: string): { state: S } | undefined {
    const entry = this.kept.get(key);
    if (!entry) return undefined;
    this.kept.delete(key);
    return this.now() - entry.at <= this.keepMs ? { state: entry.state } : undefined;
  }

  private keep(key: string, state: S): void {
    const now = this.now();
    this.kept.set(key, { state, at: now });
    for (const [oldest, entry] of this.kept) {
      if (this.kept.size <= this.maxKept && now - entry.at <= this.keepMs) break;
      this.kept.delete(oldest);
    }
  }
}
