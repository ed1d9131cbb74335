import { isAbsolute, resolve } from 'node:path';

export type StoreLocation =
  | { kind: 'sqlite'; path: string }
  | { kind: 'redis'; url: string }
  | { kind: 'postgres'; url: string };

/**
 * Reads STORE_URL. `sqlite://data/x.sqlite` is relative to `cwd`, `sqlite:///var/x.sqlite` is absolute and
 * `sqlite://:memory:` keeps nothing on disk.
 */
export function parseStoreUrl(url: string, cwd: string = process.cwd()): StoreLocation {
  const trimmed = url.trim();
  if (trimmed.startsWith('sqlite://')) {
    const path = trimmed.slice('sqlite://'.length);
    if (path === '') throw new Error('STORE_URL sqlite:// needs a file path, e.g. sqlite://data/quizbot.sqlite');
    return { kind: 'sqlite', path: path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (/^rediss?:\/\//.test(trimmed)) return { kind: 'redis', url: trimmed };
  if (/^postgres(ql)?:\/\//.test(trimmed)) return { kind: 'postgres', url: trimmed };
  throw new Error('STORE_URL must start with sqlite://, redis://, rediss:// or postgres://');
}

/** The URL with any password masked, for log lines and error messages. */
export function describeStoreUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}
