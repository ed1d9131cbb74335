import { readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { describe, expect, it } from 'vitest';
import { openKeyv } from '../../src/storage/open-keyv.ts';
import { createMemoryLogger } from '../support/memory-logger.ts';

describe('a store stuck behind another connection’s lock', () => {
  it('does not take the worker threads the rest of the process needs (files, DNS, zlib)', async () => {
    const storeUrl = `sqlite://${join(mkdtempSync(join(tmpdir(), 'quizbot-lock-')), 'quizbot.sqlite')}`;
    const kv = await openKeyv(storeUrl, createMemoryLogger().logger);
    await kv.set('k', 0);
    const locker = new KeyvSqlite({ uri: storeUrl, busyTimeout: 0 });
    await locker.query('BEGIN EXCLUSIVE');
    // A write waiting on the lock, and more statements than libuv has worker threads (4) queued behind it.
    const write = kv.set('k', 1);
    const reads = Array.from({ length: 8 }, () => kv.get('k'));
    // Were the worker threads all asleep on the connection, this read would wait for the lock, which is
    // only released once it is done: the test would hang instead of passing.
    expect((await readFile(import.meta.filename, 'utf8')).length).toBeGreaterThan(0);
    await locker.query('ROLLBACK');
    await locker.disconnect();
    await write;
    expect(await Promise.all(reads)).toHaveLength(8);
    expect(await kv.get('k')).toBe(1);
    await kv.disconnect();
  });
});
