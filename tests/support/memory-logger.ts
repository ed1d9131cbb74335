import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logging/logger.ts';

export interface LogLine {
  level: number;
  msg: string;
  err?: { message: string; stack: string; type: string };
  [field: string]: unknown;
}

/** A real pino logger writing into memory, so tests can assert what was logged (and what never was). */
export function createMemoryLogger(level: 'debug' | 'info' | 'trace' = 'debug'): { logger: Logger; lines: LogLine[]; text: () => string } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  return { logger: createLogger(level, stream), lines, text: () => raw.join('\n') };
}
