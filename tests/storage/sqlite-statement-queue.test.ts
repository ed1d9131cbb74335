import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { describe, expect, it } from 'vitest';
import { KEY_NAMESPACE, openKeyv } from '../../src/storage/open-keyv.ts';
import { queueSqliteStatements } from '../../src/storage/sqlite-statement-queue.ts';
import { captureLogger, useTempDir } from './support/temp-store.ts';

const temp = useTempDir();

/** The frames in the write-ahead log: each commit appends the pages it changed. */
async function walFrames(storeUrl: string): Promise<number> {
  const reader = new KeyvSqlite({ uri: storeUrl, busyTimeout: 10_000 });
  try {
    const [row] = (await reader.query('PRAGMA wal_checkpoint(PASSIVE)')) as Array<{ log: number }>;
    return row!.log;
  } finally {
    await reader.disconnect();
  }
}

describe('SQLite statements queued in the process', () => {
  it('commits writes to many keys made at once together, each resolving once stored', async () => {
    const kv = await openKeyv(temp.storeUrl(), captureLogger().logger);
    await kv.set('warm', 0);
    const before = await walFrames(temp.storeUrl());
    await Promise.all(Array.from({ length: 200 }, (_, index) => kv.set(`key${index}`, { index })));
    // 200 commits would append at least 200 frames; one transaction appends only the few pages it touched.
    expect((await walFrames(temp.storeUrl())) - before).toBeLessThan(50);
    const reader = new KeyvSqlite({ uri: temp.storeUrl() });
    const stored = await reader.getMany(Array.from({ length: 200 }, (_, index) => `${KEY_NAMESPACE}:key${index}`));
    expect(stored.filter((value) => value !== undefined)).toHaveLength(200);
    await reader.disconnect();
    await kv.disconnect();
  });

  it('fails every write of a transaction when one of them fails, and stores none of them', async () => {
    mkdirSync(join(temp.dir(), 'data'), { recursive: true });
    const raw = new KeyvSqlite({ uri: temp.storeUrl() });
    const set = raw.set.bind(raw);
    raw.set = async (key: string, value: unknown) => {
      if (key === 'bad') throw new Error('disk full');
      return set(key, value);
    };
    const queued = queueSqliteStatements(raw);
    await queued.set('kept', 'before');
    const settled = await Promise.allSettled([queued.set('kept', 'after'), queued.set('bad', 'x'), queued.set('new', 'x')]);
    expect(settled.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as Error).message : 'stored'))).toEqual(['disk full', 'disk full', 'disk full']);
    expect([await queued.get('kept'), await queued.get('new')]).toEqual(['before', undefined]);
    // The connection is usable again afterwards.
    await queued.set('new', 'later');
    expect(await queued.get('new')).toBe('later');
    await queued.disconnect();
  });
});
