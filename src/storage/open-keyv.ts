import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { Logger } from '../logging/logger.ts';
import { decodeEnvelope, encodeEnvelope } from './record-codec.ts';
import { queueSqliteStatements } from './sqlite-statement-queue.ts';
import { describeStoreUrl, parseStoreUrl, type StoreLocation } from './store-url.ts';

/** Every key the bot writes starts with this, so the store can share a database with other data. */
export const KEY_NAMESPACE = 'quizbot';

/**
 * Opens the keyv store named by STORE_URL. SQLite is built in; the Redis and Postgres adapters are loaded
 * only when asked for (install @keyv/redis or @keyv/postgres to use them). Everything above this file speaks
 * only the keyv API, so the adapters are interchangeable.
 */
export async function openKeyv(storeUrl: string, logger: Logger): Promise<Keyv> {
  const location = parseStoreUrl(storeUrl);
  const adapter = await createAdapter(location).catch((error: Error) => {
    throw new Error(`cannot open the store ${describeStoreUrl(storeUrl)}: ${error.message}`);
  });
  const keyv = new Keyv({
    store: adapter,
    namespace: KEY_NAMESPACE,
    serialize: encodeEnvelope,
    deserialize: decodeEnvelope,
    // A failed write must reject, never be reported as success: an answer is acknowledged only once stored.
    throwOnErrors: true,
  });
  keyv.on('error', (error: unknown) => logger.error({ err: error, store: describeStoreUrl(storeUrl) }, 'store error'));
  try {
    if (location.kind === 'sqlite') await tuneSqlite(adapter, logger);
    else await keyv.get('__open__'); // a round trip, so a bad URL fails here with a clear message
  } catch (error) {
    await keyv.disconnect().catch(() => undefined);
    throw new Error(`cannot open the store ${describeStoreUrl(storeUrl)}: ${(error as Error).message}`);
  }
  return keyv;
}

async function createAdapter(location: StoreLocation): Promise<KeyvStoreAdapter> {
  switch (location.kind) {
    case 'sqlite': {
      if (location.path !== ':memory:') await mkdir(dirname(location.path), { recursive: true });
      const { default: KeyvSqlite } = await import('@keyv/sqlite');
      // A generous busy timeout lets a second process (a backup, `quizbot play`) share the file.
      return queueSqliteStatements(new KeyvSqlite({ uri: `sqlite://${location.path}`, busyTimeout: 10_000 }));
    }
    case 'redis': {
      const KeyvRedis = await importOptionalAdapter('@keyv/redis');
      return new KeyvRedis(location.url) as KeyvStoreAdapter;
    }
    case 'postgres': {
      const KeyvPostgres = await importOptionalAdapter('@keyv/postgres');
      return new KeyvPostgres({ uri: location.url }) as KeyvStoreAdapter;
    }
  }
}

type AdapterClass = new (options: unknown) => unknown;

async function importOptionalAdapter(name: string): Promise<AdapterClass> {
  try {
    const module = (await import(name)) as { default: AdapterClass };
    return module.default;
  } catch {
    throw new Error(`this STORE_URL needs the ${name} package: run npm install ${name}`);
  }
}

/**
 * WAL lets readers proceed during a write and makes each commit one append. synchronous=FULL syncs the log
 * on every commit, so an acknowledged answer is on disk, not only in the OS cache (the write queue batches
 * concurrent answers to a round, and the statement queue concurrent writes to any keys, into one commit,
 * which keeps that affordable).
 */
async function tuneSqlite(adapter: KeyvStoreAdapter, logger: Logger): Promise<void> {
  const sqlite = adapter as KeyvStoreAdapter & { query: (sql: string) => Promise<Array<Record<string, unknown>>> };
  const [mode] = await sqlite.query('PRAGMA journal_mode=WAL');
  await sqlite.query('PRAGMA synchronous=FULL');
  if (mode?.journal_mode !== 'wal') logger.debug({ journalMode: mode?.journal_mode }, 'SQLite is not in WAL mode (in-memory database?)');
}
