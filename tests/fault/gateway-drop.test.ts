import { GatewayDispatchEvents, type APIUser } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.ts';
import { FakeDiscord, type InteractionHandle } from '../support/fake-discord/index.ts';
import { answerButtons, isLockedIn } from './support/rounds.ts';

let fake: FakeDiscord;
let bot: TestBot;

beforeAll(async () => {
  // A generous answer window: what is tested is the resume, not how fast a reconnect is on a busy machine.
  fake = new FakeDiscord({ ackDeadlineMs: 20_000, waitTimeoutMs: 30_000 });
  await fake.start();
  bot = await startTestBot(fake);
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

describe('the gateway connection dropped mid-round', () => {
  it('discord.js resumes, the clicks sent meanwhile are answered, and replayed interactions are not scored twice', async () => {
    const [ada, ben, cy, dee] = ['ada', 'ben', 'cy', 'dee'].map((name) => fake.createUser(name)) as [APIUser, APIUser, APIUser, APIUser];
    const posted = await fake.dispatchCommand({ name: 'quiz', options: { seconds: 120 }, user: ada }).reply();
    const { roundId, customIds } = answerButtons(posted);
    const click = (user: APIUser, choice: number) => fake.dispatchButton({ message: posted, customId: customIds[choice]!, user });
    const first = click(ada, 0);
    expect(isLockedIn(await first.callback())).toBe(true);

    const resumed = fake.waitForResume();
    expect(fake.dropConnection()).toBe(1);
    const meanwhile = [click(ben, 1), click(cy, 2), click(dee, 3)];
    const { replayed } = await resumed;
    expect(replayed).toBeGreaterThanOrEqual(meanwhile.length);
    for (const handle of meanwhile) expect(isLockedIn(await handle.callback())).toBe(true);
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 1 });

    // Discord delivers at least once: the same interactions arriving again must change nothing.
    const again = (handle: InteractionHandle) => fake.dispatchEvent(GatewayDispatchEvents.InteractionCreate, handle.payload);
    for (const handle of [first, ...meanwhile]) again(handle);
    for (const handle of [first, ...meanwhile]) {
      // The second acknowledgement is refused by Discord (40060): proof the bot saw the duplicate.
      await fake.waitFor(() => (handle.errors.some((error) => error.code === 40060) ? true : undefined), `the duplicate of ${handle.id} handled`);
    }

    const end = await bot.services.rounds.finishRoundNow(roundId);
    expect(end?.results.map((result) => [result.userId, result.choice])).toEqual([
      [ada.id, 0],
      [ben.id, 1],
      [cy.id, 2],
      [dee.id, 3],
    ]);
    for (const user of [ada, ben, cy, dee]) {
      expect((await bot.services.leaderboard.stats({ guildId: fake.guild.id, userId: user.id })).answered).toBe(1);
    }
    fake.assertNoViolations();
  });
});
