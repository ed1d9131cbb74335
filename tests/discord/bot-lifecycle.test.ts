import { GatewayIntentBits, InteractionResponseType } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/discord/commands/define-command.ts';
import { MESSAGES } from '../../src/discord/interactions/interaction-router.ts';
import { FakeDiscord } from '../support/fake-discord/index.ts';
import { openTestServices, startTestBot, type TestBot } from '../support/bot-harness.ts';
import { createMemoryLogger } from '../support/memory-logger.ts';
import { createGate, slowCommands, testCommands } from './fixtures/test-commands.ts';

let fake: FakeDiscord | undefined;
let testBot: TestBot | undefined;

afterEach(async () => {
  await testBot?.stop();
  await fake?.stop();
  testBot = undefined;
  fake = undefined;
});

describe('the bot against the fake Discord', () => {
  it('connects with the Guilds intent only, is ready with every guild available, then runs command setups', async () => {
    fake = new FakeDiscord({ guilds: [{ name: 'Alpha' }, { name: 'Beta', channels: [{ name: 'one' }, { name: 'two' }] }] });
    await fake.start();
    const identified = fake.waitForIdentify();
    const setups: { ready: boolean; guilds: number }[] = [];
    const withSetup = defineCommand({
      definition: { name: 'setup-probe', description: 'Records its setup' },
      setup: async ({ client }) => void setups.push({ ready: client.isReady(), guilds: client.guilds.cache.size }),
      execute: async () => undefined,
    });
    testBot = await startTestBot(fake, { commands: [...testCommands, withSetup] });
    expect(setups).toEqual([{ ready: true, guilds: 2 }]);
    expect((await identified).intents).toBe(GatewayIntentBits.Guilds);
    const { client } = testBot.bot;
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.applicationId);
    expect([...client.guilds.cache.values()].map((guild) => [guild.name, guild.available])).toEqual([
      ['Alpha', true],
      ['Beta', true],
    ]);
    expect(client.guilds.cache.get(fake.guilds[1]!.id)?.channels.cache.map((channel) => channel.name)).toEqual(['one', 'two']);
    expect(client.options.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(testBot.logs.some((line) => line.msg === 'connected to Discord and ready')).toBe(true);
    expect(testBot.logText()).not.toContain(fake.token);
    expect(fake.requests.filter((request) => request.route === '/gateway/bot')).toHaveLength(1);
  });

  it('resumes after the connection drops and answers the interactions it missed', async () => {
    // discord.js waits 500 ms before reconnecting; a wide answer window keeps a slow CI machine from failing this.
    fake = new FakeDiscord({ ackDeadlineMs: 30_000 });
    await fake.start();
    testBot = await startTestBot(fake, { commands: testCommands });
    const before = fake.dispatchCommand({ name: 'echo', options: { text: 'before' } });
    await before.reply();

    const resumed = fake.waitForResume();
    fake.dropConnection();
    const missed = [fake.dispatchCommand({ name: 'echo', options: { text: 'during 1' } }), fake.dispatchCommand({ name: 'echo', options: { text: 'during 2' } })];
    expect((await resumed).replayed).toBe(2);
    expect((await missed[0]!.reply()).api.content).toBe('during 1');
    expect((await missed[1]!.reply()).api.content).toBe('during 2');
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 1, connections: 2 });
    expect(testBot.logs.some((line) => line.msg === 'shard resumed')).toBe(true);
    const after = fake.dispatchCommand({ name: 'echo', options: { text: 'after' } });
    expect((await after.reply()).api.content).toBe('after');
    fake.assertNoViolations();
  });

  it('on stop, finishes interactions in flight, tells newcomers to retry, then closes the store', async () => {
    fake = new FakeDiscord();
    await fake.start();
    const events: string[] = [];
    const real = await openTestServices(createMemoryLogger().logger);
    const services = {
      ...real,
      close: async () => {
        await real.close();
        events.push('store closed');
      },
    };
    const gate = createGate();
    testBot = await startTestBot(fake, { commands: [...testCommands, ...slowCommands(gate)], services, autoDeferMs: 50 });

    const inFlight = fake.dispatchCommand({ name: 'slow' });
    await inFlight.callback();
    const stopped = testBot.stop().then(() => events.push('stopped'));
    const newcomer = fake.dispatchCommand({ name: 'echo', options: { text: 'late' } });
    expect((await newcomer.reply()).api.content).toBe(MESSAGES.restarting);
    expect(events).toEqual([]);
    gate.open();
    expect((await inFlight.reply()).api.content).toBe('finally');
    await stopped;
    expect(events).toEqual(['store closed', 'stopped']);
    expect(testBot.bot.client.isReady()).toBe(false);
    expect(inFlight.record.callback?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  });
});
