import { describe, expect, it } from 'vitest';
import { KeyedWriteQueue } from '../../src/storage/keyed-write-queue.ts';

function counterStore(options: { failWrites?: boolean } = {}) {
  const values = new Map<string, number>();
  let writes = 0;
  let reads = 0;
  const queue = new KeyedWriteQueue<number>(
    async (key) => {
      reads += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return values.get(key) ?? 0;
    },
    async (key, value) => {
      await new Promise((resolve) => setImmediate(resolve));
      if (options.failWrites) throw new Error('disk full');
      writes += 1;
      values.set(key, value);
    },
  );
  const increment = (key: string) => queue.submit(key, (value) => ({ state: value + 1, changed: true, result: value + 1 }));
  return { queue, values, increment, counts: () => ({ reads, writes }) };
}

describe('KeyedWriteQueue', () => {
  it('loses no update under concurrent read-modify-write, and batches a burst into few writes', async () => {
    const store = counterStore();
    const results = await Promise.all(Array.from({ length: 500 }, (_, index) => store.increment(`k${index % 5}`)));
    expect([...store.values.values()]).toEqual([100, 100, 100, 100, 100]);
    // Each caller saw its own step's value: per key, 1..100 exactly once.
    for (let key = 0; key < 5; key += 1) {
      expect(results.filter((_, index) => index % 5 === key).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
    }
    expect(store.counts().writes).toBeLessThan(50);
  });

  it('rejects only the caller whose step throws, and keeps the others', async () => {
    const store = counterStore();
    const failing = store.queue.submit('k', () => {
      throw new Error('bad input');
    });
    const [ok, failed, alsoOk] = await Promise.allSettled([store.increment('k'), failing, store.increment('k')]);
    expect(ok).toEqual({ status: 'fulfilled', value: 1 });
    expect(failed).toMatchObject({ status: 'rejected', reason: { message: 'bad input' } });
    expect(alsoOk).toEqual({ status: 'fulfilled', value: 2 });
    expect(store.values.get('k')).toBe(2);
  });

  it('rejects every caller of a batch whose write fails: nothing is acknowledged unwritten', async () => {
    const store = counterStore({ failWrites: true });
    const settled = await Promise.allSettled([store.increment('k'), store.increment('k')]);
    expect(settled.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(store.values.size).toBe(0);
  });

  it('reads a key once while it stays busy, and afresh once it was idle or a write failed', async () => {
    const store = counterStore();
    await Promise.all(Array.from({ length: 50 }, () => store.increment('k')));
    expect(store.counts().reads).toBe(1);
    store.values.set('k', 1000); // changed behind the queue's back while the key was idle
    expect(await store.increment('k')).toBe(1001);
    expect(store.counts().reads).toBe(2);

    let fail = true;
    let writing!: () => void;
    const writeStarted = new Promise<void>((resolve) => (writing = resolve));
    const flaky = new KeyedWriteQueue<number>(
      async () => 7,
      async () => {
        writing();
        await new Promise((resolve) => setImmediate(resolve));
        if (fail) {
          fail = false;
          throw new Error('disk full');
        }
      },
    );
    const step = (value: number) => ({ state: value + 1, changed: true, result: value + 1 });
    const first = flaky.submit('k', step);
    await writeStarted;
    const second = flaky.submit('k', step); // queued behind the failing write
    await expect(first).rejects.toThrow('disk full');
    expect(await second).toBe(8); // read again (7), not the unwritten 8 carried over
  });

  it('with keepMs, reuses a state written that recently instead of reading it, and reads it once older', async () => {
    let now = 0;
    let reads = 0;
    const values = new Map<string, number>();
    const queue = new KeyedWriteQueue<number>(
      async (key) => {
        reads += 1;
        return values.get(key) ?? 0;
      },
      async (key, value) => void values.set(key, value),
      { keepMs: 1000, maxKept: 2, now: () => now },
    );
    const increment = (key: string) => queue.submit(key, (value) => ({ state: value + 1, changed: true, result: value + 1 }));
    expect(await increment('a')).toBe(1);
    now = 1000;
    expect(await increment('a')).toBe(2);
    expect(reads).toBe(1);
    values.set('a', 50); // an outside change goes unseen while the state is kept: every write must come through here
    now = 2001;
    expect(await increment('a')).toBe(51);
    expect(reads).toBe(2);
    // At most two keys are kept: writing b and c pushes out a, the least recently written.
    for (const key of ['b', 'c']) await increment(key);
    expect(reads).toBe(4);
    await increment('c');
    expect(reads).toBe(4);
    await increment('a');
    expect(reads).toBe(5);
  });

  it('idle() waits for everything queued', async () => {
    const store = counterStore();
    for (let index = 0; index < 20; index += 1) void store.increment('k');
    await store.queue.idle();
    expect(store.values.get('k')).toBe(20);
  });
});
