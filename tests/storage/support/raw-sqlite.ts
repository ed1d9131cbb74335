import KeyvSqlite from '@keyv/sqlite';
import { KEY_NAMESPACE } from '../../../src/storage/open-keyv.ts';

/** Writes raw text under a store key, bypassing every check: how a damaged row is simulated. */
export async function writeRawValue(storeUrl: string, key: string, text: string): Promise<void> {
  const adapter = new KeyvSqlite({ uri: storeUrl, busyTimeout: 10_000 });
  try {
    await adapter.set(`${KEY_NAMESPACE}:${key}`, text);
  } finally {
    await adapter.disconnect();
  }
}
