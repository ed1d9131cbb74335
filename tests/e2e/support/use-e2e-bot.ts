import { afterAll, beforeAll } from 'vitest';
import type { Bank } from '../../../src/bank/schema.ts';
import { loadFixtureBank } from '../../fixtures/bank/fixture-bank.ts';
import { FakeDiscord } from '../../support/fake-discord/index.ts';
import { startE2eBot, type E2eBot } from './e2e-bot.ts';
import { SteppedTime } from './stepped-time.ts';

export interface E2eWorld {
  readonly time: SteppedTime;
  readonly fake: FakeDiscord;
  readonly bot: E2eBot;
  /** The fixture bank the bot plays, to find the question behind a posted message. */
  readonly bank: Bank;
}

/**
 * One fake Discord and the bot on it for a whole test file, on one stepped clock: started before the file's
 * tests, stopped after them. Call it at the top of the file and read the fields inside tests; they exist only
 * once the file's `beforeAll` hooks have run.
 */
export function useE2eBot(): E2eWorld {
  const time = new SteppedTime();
  let fake: FakeDiscord | undefined;
  let bot: E2eBot | undefined;
  let bank: Bank | undefined;
  beforeAll(async () => {
    fake = new FakeDiscord({ clock: time.now });
    await fake.start();
    bank = await loadFixtureBank();
    bot = await startE2eBot(fake, { time, bank });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the end-to-end bot was read before beforeAll started it');
    return value;
  };
  return {
    time,
    get fake() {
      return started(fake);
    },
    get bot() {
      return started(bot);
    },
    get bank() {
      return started(bank);
    },
  };
}
