/**
 * The key-value store failed to read or write (SQLite busy or locked past its timeout, a read-only file, a
 * full disk, a lost Redis or Postgres connection). Nothing of the failed write was stored; the caller may
 * simply retry later. The adapter's own error is kept as `cause` for the log.
 */
export class StoreUnavailableError extends Error {
  constructor(
    readonly operation: 'read' | 'write',
    readonly key: string,
    cause: unknown,
  ) {
    super(`the store could not ${operation} ${key}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** Runs a store call, turning whatever the adapter throws into a StoreUnavailableError. */
export async function storeCall<T>(operation: 'read' | 'write', key: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new StoreUnavailableError(operation, key, error);
  }
}
