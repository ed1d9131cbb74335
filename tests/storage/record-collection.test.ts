import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openKeyv } from '../../src/storage/open-keyv.ts';
import { RecordCollection } from '../../src/storage/record-collection.ts';
import { captureLogger, useTempDir } from './support/temp-store.ts';
import { writeRawValue } from './support/raw-sqlite.ts';

const noteSchema = z.object({ text: z.string(), count: z.int() });
const temp = useTempDir();

async function openNotes() {
  const log = captureLogger();
  const kv = await openKeyv(temp.storeUrl(), log.logger);
  return { kv, log, notes: new RecordCollection(kv, 'note', noteSchema, log.logger) };
}

describe('RecordCollection on a SQLite file', () => {
  it('creates the parent directory and runs in WAL mode', async () => {
    const { kv, notes } = await openNotes();
    await notes.update('a', () => ({ result: null, next: { text: 'hello', count: 1 } }));
    expect(existsSync(join(temp.dir(), 'data', 'quizbot.sqlite-wal'))).toBe(true);
    await kv.disconnect();
  });

  it('skips a value that is not JSON, and one that breaks the schema, with a warning naming the key', async () => {
    const { kv, notes, log } = await openNotes();
    await notes.update('good', () => ({ result: null, next: { text: 'fine', count: 2 } }));
    await writeRawValue(temp.storeUrl(), 'note:broken', '{"value": {"text": "cut off');
    await writeRawValue(temp.storeUrl(), 'note:wrong', JSON.stringify({ value: { text: 7, count: 'x' } }));
    await writeRawValue(temp.storeUrl(), 'note:bare', 'null');

    expect(await notes.getMany(['good', 'broken', 'wrong', 'bare', 'missing'])).toEqual([{ text: 'fine', count: 2 }, undefined, undefined, undefined, undefined]);
    expect(await notes.get('broken')).toBeUndefined();
    const warned = log.warnings().map((line) => [line.key, String(line.problems)]);
    expect(warned).toContainEqual(['note:broken', expect.stringContaining('not valid JSON')]);
    expect(warned).toContainEqual(['note:wrong', expect.stringContaining('text')]);
    expect(warned).toContainEqual(['note:bare', expect.stringContaining('envelope')]);
    await kv.disconnect();
  });

  it('an update over a corrupt record starts afresh and keeps the damaged text aside', async () => {
    const { kv, notes, log } = await openNotes();
    await writeRawValue(temp.storeUrl(), 'note:n', 'garbage');
    const result = await notes.update('n', (current) => ({ result: current, next: { text: 'new', count: 1 } }));
    expect(result).toBeUndefined();
    expect(await notes.get('n')).toEqual({ text: 'new', count: 1 });
    const copiedTo = log.warnings().find((line) => line.copiedTo)?.copiedTo as string;
    expect(copiedTo).toMatch(/^corrupt:note:n:\d+$/);
    expect(await kv.get(copiedTo)).toBe('garbage');
    await kv.disconnect();
  });

  it('reports an unusable store path clearly', async () => {
    const { logger } = captureLogger();
    // /dev/null is a file, so no directory can be made under it.
    await expect(openKeyv('sqlite:///dev/null/data/x.sqlite', logger)).rejects.toThrow(/^cannot open the store sqlite:\/\/\/dev\/null\/data\/x.sqlite: /);
  });
});
