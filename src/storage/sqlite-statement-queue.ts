import type { KeyvStoreAdapter } from 'keyv';

type Kind = 'read' | 'write' | 'alone';

const KINDS = new Map<PropertyKey, Kind>([
  ['get', 'read'],
  ['getMany', 'read'],
  ['has', 'read'],
  ['hasMany', 'read'],
  ['set', 'write'],
  ['delete', 'write'],
  ['deleteMany', 'write'],
  ['clear', 'alone'],
  ['query', 'alone'],
  ['disconnect', 'alone'],
]);

interface Statement {
  kind: Kind;
  call: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type SqliteAdapter = KeyvStoreAdapter & { query: (sql: string) => Promise<unknown> };

/**
 * The SQLite adapter's calls, queued here and run one at a time, the writes waiting together committed as
 * one transaction:
 * - node-sqlite3 would hand each waiting statement to a libuv worker thread to sleep on the connection's
 *   mutex; behind a write stuck on another connection's lock (up to the busy timeout) four of them take
 *   every worker thread, and all file, DNS and zlib work of the process stops with them;
 * - with synchronous=FULL every commit syncs the log, so small writes to many keys at once (answers to many
 *   rounds, a reveal's score buckets) share one sync instead of paying one each.
 * A write still resolves only once its transaction is committed; if the transaction fails, every write in it
 * fails (nothing of it is stored).
 */
export function queueSqliteStatements<A extends SqliteAdapter>(adapter: A): A {
  const waiting: Statement[] = [];
  let running = false;

  const settle = async (statement: Statement) => {
    try {
      statement.resolve(await statement.call());
    } catch (error) {
      statement.reject(error);
    }
  };

  const commitTogether = async (writes: Statement[]) => {
    try {
      await adapter.query('BEGIN IMMEDIATE');
    } catch (error) {
      for (const write of writes) write.reject(error);
      return;
    }
    const results: unknown[] = [];
    try {
      for (const write of writes) results.push(await write.call());
      await adapter.query('COMMIT');
    } catch (error) {
      await adapter.query('ROLLBACK').catch(() => undefined);
      for (const write of writes) write.reject(error);
      return;
    }
    writes.forEach((write, index) => write.resolve(results[index]));
  };

  const run = async () => {
    running = true;
    while (waiting.length > 0) {
      // The writes at the head of the queue go together; anything else runs on its own, in order.
      let count = 1;
      if (waiting[0]!.kind === 'write') while (count < waiting.length && waiting[count]!.kind === 'write') count += 1;
      const batch = waiting.splice(0, count);
      if (batch.length > 1) await commitTogether(batch);
      else await settle(batch[0]!);
    }
    running = false;
  };

  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      const kind = KINDS.get(property);
      if (typeof value !== 'function' || !kind) return value;
      return (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          // Called on the adapter itself, so its own internal calls (get → query) are not queued again.
          waiting.push({ kind, call: () => (value as (...params: unknown[]) => Promise<unknown>).apply(target, args), resolve, reject });
          if (!running) void run();
        });
    },
  });
}
