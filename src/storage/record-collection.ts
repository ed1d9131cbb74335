import type Keyv from 'keyv';
import type { z } from 'zod';
import type { Logger } from '../logging/logger.ts';
import { formatIssues } from '../bank/format-issues.ts';
import { isUnreadable } from './record-codec.ts';
import { KeyedWriteQueue } from './keyed-write-queue.ts';
import { storeCall } from './store-unavailable-error.ts';

/**
 * What an update step decides: `result` goes back to the caller; `next` is the record to store
 * (`null` deletes it, leaving it out keeps the record unchanged); `ttlMs` lets a finished record expire.
 */
export interface Update<T, R> {
  result: R;
  next?: T | null;
  ttlMs?: number;
}

interface Slot<T> {
  value: T | undefined;
  ttlMs?: number;
}

/** Well under the shortest expiry a record is given (a day), so a kept record is never one the store dropped. */
const KEEP_WRITTEN_MS = 30_000;

type Reading<T> = { kind: 'missing' } | { kind: 'valid'; value: T } | { kind: 'corrupt'; problems: string[]; raw: string };

/**
 * One kind of record in the key-value store, under `<prefix>:<id>`. Every value is validated with its zod
 * schema on read; a corrupt one is logged and treated as absent (before an update overwrites it, its raw
 * text is copied aside under `corrupt:<prefix>:<id>:<time>` so nothing is silently lost). Updates to one
 * record are serialised and batched by a `KeyedWriteQueue`, and resolve only once written. A failing store
 * surfaces as a StoreUnavailableError, whatever the adapter.
 */
export class RecordCollection<T> {
  private readonly queue: KeyedWriteQueue<Slot<T>>;
  private readonly puts = new Set<Promise<void>>();

  constructor(
    private readonly kv: Keyv,
    readonly prefix: string,
    private readonly schema: z.ZodType<T>,
    private readonly logger: Logger,
  ) {
    this.queue = new KeyedWriteQueue<Slot<T>>(
      async (key) => ({ value: await this.readForUpdate(key) }),
      (key, slot) =>
        storeCall('write', key, async () => {
          if (slot.value === undefined) await this.kv.delete(key);
          else await this.kv.set(key, slot.value, slot.ttlMs);
        }),
      // A record just written (a round taking answers, a score bucket) is not read back for the next update.
      { keepMs: KEEP_WRITTEN_MS },
    );
  }

  keyOf(id: string): string {
    return `${this.prefix}:${id}`;
  }

  async get(id: string): Promise<T | undefined> {
    const key = this.keyOf(id);
    return this.accept(key, this.validate(await storeCall('read', key, () => this.kv.get(key))));
  }

  async getMany(ids: readonly string[]): Promise<Array<T | undefined>> {
    if (ids.length === 0) return [];
    const keys = ids.map((id) => this.keyOf(id));
    const values: unknown[] = await storeCall('read', `${this.prefix}:*`, () => this.kv.getMany(keys));
    return keys.map((key, index) => this.accept(key, this.validate(values[index])));
  }

  /**
   * Each record as stored: its value when valid, and whether anything is stored under its id at all (a
   * corrupt record is there, though its value is not), so that a numbered series can be read to its end.
   */
  async getManyPresent(ids: readonly string[]): Promise<Array<{ present: boolean; value: T | undefined }>> {
    if (ids.length === 0) return [];
    const keys = ids.map((id) => this.keyOf(id));
    const values: unknown[] = await storeCall('read', `${this.prefix}:*`, () => this.kv.getMany(keys));
    return keys.map((key, index) => {
      const reading = this.validate(values[index]);
      return { present: reading.kind !== 'missing', value: this.accept(key, reading) };
    });
  }

  /**
   * Writes a record that is created once and never updated (a batch of answers), without the read that an
   * update starts with. Never mix with `update` on the same id.
   */
  put(id: string, value: T, ttlMs?: number): Promise<void> {
    const key = this.keyOf(id);
    const written = storeCall('write', key, () => this.kv.set(key, value, ttlMs)).then(() => undefined);
    this.puts.add(written);
    void written.catch(() => undefined).finally(() => this.puts.delete(written));
    return written;
  }

  /** Read-modify-write of one record, serialised with every other update of the same id. */
  update<R>(id: string, step: (current: T | undefined) => Update<T, R>): Promise<R> {
    return this.queue.submit(this.keyOf(id), (slot) => {
      const decision = step(slot.value);
      if (decision.next === undefined) return { state: slot, changed: false, result: decision.result };
      const state: Slot<T> = { value: decision.next ?? undefined, ttlMs: decision.ttlMs };
      return { state, changed: true, result: decision.result };
    });
  }

  delete(id: string): Promise<void> {
    return this.update(id, () => ({ result: undefined, next: null }));
  }

  /** Waits for every queued update and every put of this collection to be written. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.puts]);
    await this.queue.idle();
  }

  private validate(raw: unknown): Reading<T> {
    if (raw === undefined || raw === null) return { kind: 'missing' };
    if (isUnreadable(raw)) return { kind: 'corrupt', problems: [raw.reason], raw: raw.raw };
    const parsed = this.schema.safeParse(raw);
    if (parsed.success) return { kind: 'valid', value: parsed.data };
    return { kind: 'corrupt', problems: formatIssues(parsed.error).slice(0, 5), raw: JSON.stringify(raw) };
  }

  private accept(key: string, reading: Reading<T>): T | undefined {
    if (reading.kind === 'valid') return reading.value;
    if (reading.kind === 'corrupt') this.logger.warn({ key, problems: reading.problems }, 'skipped a corrupt stored record');
    return undefined;
  }

  private async readForUpdate(key: string): Promise<T | undefined> {
    const reading = this.validate(await storeCall('read', key, () => this.kv.get(key)));
    if (reading.kind === 'corrupt') {
      const aside = `corrupt:${key}:${Date.now()}`;
      await storeCall('write', aside, () => this.kv.set(aside, reading.raw));
      this.logger.warn({ key, problems: reading.problems, copiedTo: aside }, 'replacing a corrupt stored record');
      return undefined;
    }
    return this.accept(key, reading);
  }
}
