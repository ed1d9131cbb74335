import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIUser } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../src/discord/commands/command-registry.ts';
import { loadCommandModules } from '../../src/discord/commands/load-commands.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { openQuizServices } from '../../src/services/index.ts';
import { FakeDiscord } from '../support/fake-discord/index.ts';
import { READY_MESSAGE, startBotProcess, type BotProcess } from './support/bot-process.ts';
import { answerButtons, callbackText, isLockedIn } from './support/rounds.ts';

const BURST = 1000;
/** Kill once this many answers were acknowledged: well inside the burst. */
const KILL_AFTER = 20;

let fake: FakeDiscord;
let bot: BotProcess | undefined;

beforeAll(async () => {
  fake = new FakeDiscord({ validation: 'off', waitTimeoutMs: 60_000 });
  await fake.start();
  fake.registerCommands(new CommandRegistry(await loadCommandModules()).definitions(), fake.guild.id);
});
afterAll(async () => {
  await bot?.kill();
  await fake.stop();
});

describe('kill -9 during a burst of answers', () => {
  it('after a restart on the same store, every acknowledged answer is scored, and nobody twice', async () => {
    const storeUrl = `sqlite://${join(mkdtempSync(join(tmpdir(), 'quizbot-fault-')), 'quizbot.sqlite')}`;
    const start = () => startBotProcess({ token: fake.token, apiUrl: fake.restUrl, storeUrl });
    bot = start();
    await bot.logged(READY_MESSAGE);

    const posted = await fake.dispatchCommand({ name: 'quiz', options: { seconds: 10 } }).reply();
    const { customIds } = answerButtons(posted);
    const members: APIUser[] = Array.from({ length: BURST }, (_, index) => fake.createUser(`member${index}`));
    const acknowledged = new Set<string>();
    const killed = new Promise<void>((resolve) => {
      const stop = fake.onCallback(({ interaction, callback }) => {
        if (!isLockedIn(callback)) return;
        acknowledged.add(interaction.user.id);
        if (acknowledged.size === KILL_AFTER) {
          stop();
          resolve();
        }
      });
    });
    // Whatever reaches the fake from here on is recorded as it arrives, also after the kill.
    const stopCounting = fake.onCallback(({ interaction, callback }) => {
      if (isLockedIn(callback)) acknowledged.add(interaction.user.id);
    });
    members.forEach((user, index) => fake.dispatchButton({ message: posted, customId: customIds[index % customIds.length]!, user }));
    await killed;
    await bot.kill();
    const acknowledgedBeforeKill = new Set(acknowledged);

    bot = start();
    await bot.logged(READY_MESSAGE);
    // Those left without an answer click again: an answer stored but never acknowledged must stand as it is.
    const retries = members
      .filter((user) => !acknowledgedBeforeKill.has(user.id))
      .map((user, index) => fake.dispatchButton({ message: posted, customId: customIds[(index + 1) % customIds.length]!, user }));
    const retried = await Promise.all(retries.map((handle) => handle.callback()));
    for (const callback of retried) {
      expect(callbackText(callback)).toMatch(/locked in|already answered|round is over/i);
    }
    await fake.waitFor(() => (fake.message(posted.api.id)!.edits > 0 ? true : undefined), 'the reveal after the restart', 60_000);
    stopCounting();
    const { code } = await bot.stop();
    expect(code, bot.log().slice(-3000)).toBe(0);
    bot = undefined;

    const services = await openQuizServices({ storeUrl, logger: createLogger('silent') });
    try {
      const answered = new Map<string, number>();
      for (const user of members) {
        answered.set(user.id, (await services.leaderboard.stats({ guildId: fake.guild.id, userId: user.id })).answered);
      }
      for (const id of acknowledged) expect(answered.get(id), `acknowledged answer of ${id}`).toBe(1);
      expect([...answered.values()].every((count) => count <= 1)).toBe(true);
      expect(acknowledgedBeforeKill.size).toBeGreaterThanOrEqual(KILL_AFTER);
    } finally {
      await services.close();
    }
  });
});
