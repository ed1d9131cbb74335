import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import type { APIUser } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_UNAVAILABLE_MESSAGE } from '../../src/discord/interactions/run-handler.ts';
import { openQuizServices, type QuizServices } from '../../src/services/index.ts';
import { startTestBot, type TestBot } from '../support/bot-harness.ts';
import { FakeDiscord } from '../support/fake-discord/index.ts';
import { createMemoryLogger } from '../support/memory-logger.ts';
import { answerButtons, isLockedIn } from './support/rounds.ts';

const storeFile = join(mkdtempSync(join(tmpdir(), 'quizbot-fault-')), 'quizbot.sqlite');
const storeUrl = `sqlite://${storeFile}`;
let fake: FakeDiscord;
let services: QuizServices;
let bot: TestBot;

beforeAll(async () => {
  // The store's busy timeout is 10 s: waits for a reply run longer than that.
  fake = new FakeDiscord({ waitTimeoutMs: 45_000 });
  await fake.start();
  services = await openQuizServices({ storeUrl, logger: createMemoryLogger('debug').logger });
  bot = await startTestBot(fake, { services });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

describe('the store locked by another connection mid-run', () => {
  it('answers that cannot be saved get a clear ephemeral error, nothing half-written, and the bot carries on', async () => {
    const [ada, ben, cy, dee] = ['ada', 'ben', 'cy', 'dee'].map((name) => fake.createUser(name)) as [APIUser, APIUser, APIUser, APIUser];
    const posted = await fake.dispatchCommand({ name: 'quiz', options: { seconds: 120 }, user: ada }).reply();
    const { roundId, customIds } = answerButtons(posted);
    const click = (user: APIUser, choice = 0) => fake.dispatchButton({ message: posted, customId: customIds[choice]!, user });
    for (const user of [ada, ben]) expect(isLockedIn(await click(user).callback())).toBe(true);

    // Another process (a backup, a migration) holds the write lock for longer than the store waits.
    const locker = new KeyvSqlite({ uri: storeUrl, busyTimeout: 0 });
    await locker.query('BEGIN EXCLUSIVE');
    try {
      const blocked = [click(cy, 1), click(dee, 2)];
      // Reading still works meanwhile: the bot is not stuck.
      const stats = await fake.dispatchCommand({ name: 'stats', user: ben }).reply();
      expect(stats.ephemeral).toBe(true);
      for (const handle of blocked) {
        const reply = await handle.reply();
        expect(reply.ephemeral).toBe(true);
        expect(reply.api.content).toBe(STORE_UNAVAILABLE_MESSAGE);
      }
    } finally {
      await locker.query('ROLLBACK');
      await locker.disconnect();
    }

    // Nothing of the failed answers was kept: cy and dee answer again as if for the first time.
    for (const user of [cy, dee]) expect(isLockedIn(await click(user, 3).callback())).toBe(true);
    expect(isLockedIn(await click(ada, 1).callback())).toBe(false);
    const end = await services.rounds.finishRoundNow(roundId);
    expect(end?.results.map((result) => [result.userId, result.choice])).toEqual([
      [ada.id, 0],
      [ben.id, 0],
      [cy.id, 3],
      [dee.id, 3],
    ]);
    for (const user of [ada, ben, cy, dee]) {
      expect((await services.leaderboard.stats({ guildId: fake.guild.id, userId: user.id })).answered).toBe(1);
    }
    const check = new KeyvSqlite({ uri: storeUrl, busyTimeout: 10_000 });
    try {
      expect(await check.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    } finally {
      await check.disconnect();
    }
    fake.assertNoViolations();
  });
});
