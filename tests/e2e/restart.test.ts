import { afterEach, describe, expect, it } from 'vitest';
import type { Bank } from '../../src/bank/schema.ts';
import { loadFixtureBank } from '../fixtures/bank/fixture-bank.ts';
import { FakeDiscord, type MessageRecord } from '../support/fake-discord/index.ts';
import { newStoreFile, startE2eBot, type E2eBot } from './support/e2e-bot.ts';
import { correctButton, embedOf, embedText, questionOf, wrongButton } from './support/round-helpers.ts';
import { SteppedTime } from './support/stepped-time.ts';

const ROUND_OVER = 'This round is over, so answers are closed. Start a new one with `/quiz`.';
let fake: FakeDiscord | undefined;
let bot: E2eBot | undefined;

afterEach(async () => {
  await bot?.stop();
  await fake?.stop();
  bot = undefined;
  fake = undefined;
});

/** A fake Discord, a bot on a fresh SQLite file, and a round posted with one answer locked in. */
async function roundInFlight(seconds: number) {
  const time = new SteppedTime();
  const bank: Bank = await loadFixtureBank();
  fake = new FakeDiscord({ clock: time.now });
  await fake.start();
  const storeFile = newStoreFile();
  bot = await startE2eBot(fake, { time, storeFile, bank });
  const ada = fake.createUser('ada');
  const start = fake.dispatchCommand({ name: 'quiz', options: { article: 'harbour-bridge', seconds }, user: ada });
  const posted = await start.reply();
  const question = questionOf(posted, bank);
  const locked = await fake.dispatchButton({ message: posted, customId: correctButton(posted, question).custom_id, user: ada }).reply();
  expect(locked.api.content).toMatch(/^🔒 Locked in/);
  // A clean stop: interactions finished, timers dropped, the round left open in the store.
  await bot.stop();
  return { time, bank, storeFile, ada, start, posted, question, fake };
}

const restart = (context: { time: SteppedTime; storeFile: string; bank: Bank; fake: FakeDiscord }) =>
  startE2eBot(context.fake, { time: context.time, storeFile: context.storeFile, bank: context.bank });

const editsBy = (fakeDiscord: FakeDiscord, route: string) => fakeDiscord.requests.filter((request) => request.method === 'PATCH' && request.route === route && request.status === 200);

describe('a bot restarted mid-round (new client, same SQLite file)', () => {
  it('resumes a running round: answers still count, the reveal edits the message at the deadline', async () => {
    const context = await roundInFlight(30);
    context.time.advance(10_000);
    bot = await restart(context);

    const ben = context.fake.createUser('ben');
    const again = await context.fake.dispatchButton({ message: context.posted, customId: correctButton(context.posted, context.question).custom_id, user: context.ada }).reply();
    expect(again.api.content).toBe('You have already answered this round: your first answer stands.');
    expect((await context.fake.dispatchButton({ message: context.posted, customId: wrongButton(context.posted, context.question).custom_id, user: ben }).reply()).api.content).toMatch(/^🔒 Locked in/);

    context.time.advance(20_000);
    const revealed = await context.start.waitForOriginal((message) => message.edits > 0, 'the reveal after the restart');
    expect(embedText(embedOf(revealed))).toContain(`🏆 Right (1)\n⚡ <@${context.ada.id}> +15 · first!`);
    expect(embedText(embedOf(revealed))).toContain(`Missed (1)\n<@${ben.id}> chose`);
    expect(editsBy(context.fake, '/webhooks/:app/:token/messages/:message')).toHaveLength(1);
    const late = await context.fake.dispatchButton({ message: revealed, customId: correctButton(context.posted, context.question).custom_id, user: ben, force: true }).reply();
    expect(late.api.content).toBe(ROUND_OVER);
    expect(await bot.services.leaderboard.stats({ guildId: context.fake.guild.id, userId: context.ada.id })).toMatchObject({ points: 15, answered: 1 });
    context.fake.assertNoViolations();
  });

  it('reveals at start-up a round that fell due while the bot was down', async () => {
    const context = await roundInFlight(5);
    context.time.advance(60_000);
    bot = await restart(context);
    const revealed = await context.start.waitForOriginal((message) => message.edits > 0, 'the reveal on start-up');
    expect(embedOf(revealed).description).toContain("Time's up!");
    expect(embedText(embedOf(revealed))).toContain(`⚡ <@${context.ada.id}> +15 · first!`);
    expect(await bot.services.leaderboard.stats({ guildId: context.fake.guild.id, userId: context.ada.id })).toMatchObject({ points: 15 });
  });

  it('expires a round found long after its deadline: the message says so (edited by channel, the token has lapsed), nobody scores', async () => {
    const context = await roundInFlight(20);
    context.time.advance(20 * 60_000);
    bot = await restart(context);
    const expired: MessageRecord = await context.start.waitForOriginal((message) => message.edits > 0, 'the expiry edit');
    const embed = embedOf(expired);
    expect(embed.description).toContain('This round expired when the bot restarted, so nobody scored.');
    expect(embedText(embed)).toContain(`> ${context.question.source!.passage}`);
    expect(expired.api.components).toBeDefined();
    expect(JSON.stringify(expired.api.components)).not.toContain('"disabled":false');
    // The webhook refused the 20-minute-old token; the channel edit did it.
    expect(context.fake.requests.some((request) => request.route === '/webhooks/:app/:token/messages/:message' && request.status === 401)).toBe(true);
    expect(editsBy(context.fake, '/channels/:channel/messages/:message')).toHaveLength(1);
    expect(await bot.services.leaderboard.stats({ guildId: context.fake.guild.id, userId: context.ada.id })).toMatchObject({ points: 0, answered: 0 });

    const old = await context.fake.dispatchButton({ message: expired, customId: correctButton(context.posted, context.question).custom_id, user: context.ada, force: true }).reply();
    expect(old).toMatchObject({ ephemeral: true, api: { content: ROUND_OVER } });
    // A button of a round the store has never heard of (or long forgot).
    const unknown = await context.fake.dispatchButton({ customId: 'quiz:answer:v1:gone0round00:1' }).reply();
    expect(unknown).toMatchObject({ ephemeral: true, api: { content: 'This round is no longer running (it ended a while ago or was lost in a restart). Start a new one with `/quiz`.' } });
    context.fake.assertNoViolations();
  });
});
