import { GatewayDispatchEvents, InteractionType, type APIApplicationCommandAutocompleteInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type RecordedRequest } from '../support/fake-discord/index.ts';
import { startE2eBot, type E2eBot } from './support/e2e-bot.ts';
import { SteppedTime } from './support/stepped-time.ts';

const time = new SteppedTime();
let fake: FakeDiscord;
let bot: E2eBot;
let sequence = 0;

beforeAll(async () => {
  fake = new FakeDiscord({ clock: time.now });
  await fake.start();
  bot = await startE2eBot(fake, { time });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

/**
 * The fake has no autocomplete dispatch of its own: send the gateway event as Discord would and read the
 * suggestions from the callback the bot posts (the fake records it, then answers "unknown interaction").
 */
async function suggestionsFor(command: string, options: Array<{ name: string; value: string | number; focused?: boolean; type?: number }>): Promise<Array<{ name: string; value: string }>> {
  sequence += 1;
  const id = `${BigInt(Date.now() - 1_420_070_400_000) << 22n | BigInt(sequence)}`;
  const user = fake.createUser(`typist${sequence}`);
  const commandId = fake.commands(fake.guild.id).find((candidate) => candidate.name === command)!.id;
  const payload = {
    id,
    application_id: fake.applicationId,
    type: InteractionType.ApplicationCommandAutocomplete,
    token: `autocomplete-${sequence}`,
    version: 1,
    guild_id: fake.guild.id,
    channel_id: fake.channel.id,
    channel: { id: fake.channel.id, type: 0, guild_id: fake.guild.id, name: fake.channel.name },
    member: { user, roles: [], permissions: '3072', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: fake.guild.id },
    context: 0,
    data: { id: commandId, name: command, type: 1, options: options.map((option) => ({ type: 3, ...option })) },
  } as unknown as APIApplicationCommandAutocompleteInteraction;
  const answered = new Promise<RecordedRequest>((resolve) => {
    const listener = (request: RecordedRequest) => {
      if (!request.path.startsWith(`/interactions/${id}/`)) return;
      fake.off('request', listener);
      resolve(request);
    };
    fake.on('request', listener);
  });
  fake.dispatchEvent(GatewayDispatchEvents.InteractionCreate, payload);
  const request = await answered;
  const body = request.body as { type: number; data: { choices: Array<{ name: string; value: string }> } };
  expect(body.type).toBe(8);
  return body.data.choices;
}

describe('autocomplete', () => {
  it('suggests articles by title, answering with their ids, for /quiz and /study', async () => {
    expect(await suggestionsFor('quiz', [{ name: 'article', value: 'harb', focused: true }])).toEqual([
      { name: 'Harbour bridge reopens after two-year repair (5 questions)', value: 'harbour-bridge' },
    ]);
    expect((await suggestionsFor('study', [{ name: 'article', value: '', focused: true }])).map((choice) => choice.value)).toEqual(['harbour-bridge', 'comet-survey']);
  });

  it('suggests question kinds for a topic, and keeps what was typed as a free-text topic', async () => {
    const choices = await suggestionsFor('quiz', [{ name: 'topic', value: 'bridge', focused: true }]);
    expect(choices[0]).toEqual({ name: 'Questions mentioning “bridge”', value: 'bridge' });
    const kinds = await suggestionsFor('quiz', [{ name: 'topic', value: '', focused: true }]);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((choice) => /\(\d+ questions?\)$/.test(choice.name))).toBe(true);
  });

  it('a /quiz article given by title plays that article; a second round in the channel is refused', async () => {
    const posted = await fake.dispatchCommand({ name: 'quiz', options: { article: 'observatory survey' } }).reply();
    expect(posted.api.embeds[0]?.footer?.text).toMatch(/^From: Observatory survey finds a faint new comet · Question /);
    const busy = await fake.dispatchCommand({ name: 'quiz' }).reply();
    expect(busy).toMatchObject({ ephemeral: true, api: { content: 'A round is already running in this channel: wait for it to end.' } });
    time.advance(20_000);
  });
});
