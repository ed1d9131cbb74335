import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bank } from '../../../src/bank/schema.ts';
import { seededRandom } from '../../../src/engine/random.ts';
import { openQuizServices } from '../../../src/services/index.ts';
import { loadFixtureBank } from '../../fixtures/bank/fixture-bank.ts';
import { startTestBot, type TestBot } from '../../support/bot-harness.ts';
import type { FakeDiscord } from '../../support/fake-discord/index.ts';
import { createMemoryLogger } from '../../support/memory-logger.ts';
import { SteppedTime } from './stepped-time.ts';

export interface E2eOptions {
  /** A SQLite file to reuse (a restart); a fresh one in a temporary folder by default. */
  storeFile?: string;
  time?: SteppedTime;
  /** The shipped bank the services play; default: the small fixture bank (known stems and passages). */
  bank?: Bank;
}

export interface E2eBot extends TestBot {
  storeFile: string;
  time: SteppedTime;
}

export function newStoreFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'quizbot-e2e-')), 'quizbot.sqlite');
}

/**
 * The real bot (discord.js client, services, SQLite store) against the fake, with time under the test's
 * control and a log kept in memory.
 */
export async function startE2eBot(fake: FakeDiscord, options: E2eOptions = {}): Promise<E2eBot> {
  const time = options.time ?? new SteppedTime();
  const storeFile = options.storeFile ?? newStoreFile();
  const { logger } = createMemoryLogger('debug');
  const services = await openQuizServices({
    storeUrl: `sqlite://${storeFile}`,
    logger,
    bank: options.bank ?? (await loadFixtureBank()),
    clock: time,
    timers: time,
    random: seededRandom(7),
  });
  const bot = await startTestBot(fake, { services });
  return { ...bot, storeFile, time };
}
