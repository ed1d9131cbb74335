import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach } from 'vitest';
import { createLogger, type Logger } from '../../../src/logging/logger.ts';

/** A fresh directory removed after the test; `storeUrl` points at a SQLite file inside it. */
export function useTempDir(prefix = 'quizbot-store-'): { dir: () => string; storeUrl: () => string } {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const ensure = () => (dir ??= mkdtempSync(join(tmpdir(), prefix)));
  return { dir: ensure, storeUrl: () => `sqlite://${join(ensure(), 'data', 'quizbot.sqlite')}` };
}

export interface CapturedLog {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A real pino logger whose lines are kept for assertions (warn = 40). */
export function captureLogger(): { logger: Logger; lines: CapturedLog[]; warnings: () => CapturedLog[] } {
  const lines: CapturedLog[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as CapturedLog);
      done();
    },
  });
  return { logger: createLogger('debug', sink), lines, warnings: () => lines.filter((line) => line.level === 40) };
}
