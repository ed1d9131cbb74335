import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type RecordedRequest } from '../support/fake-discord/index.ts';
import { startE2eBot, type E2eBot } from './support/e2e-bot.ts';
import { choiceButtons, embedOf, embedText } from './support/round-helpers.ts';
import { SteppedTime } from './support/stepped-time.ts';

const MODERATOR = { permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel };
const time = new SteppedTime();
let fake: FakeDiscord;
let bot: E2eBot;

beforeAll(async () => {
  fake = new FakeDiscord({ clock: time.now, guilds: [{ roles: [{ name: 'Members' }] }] });
  await fake.start();
  bot = await startE2eBot(fake, { time });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

/** Requests that create or edit a message (interaction callbacks with data, webhooks, channel messages). */
function messageBodies(): Array<{ request: RecordedRequest; body: Record<string, unknown> }> {
  return fake.requests.flatMap((request) => {
    const raw = request.body as Record<string, unknown> | undefined;
    if (!raw || request.method === 'GET' || request.method === 'DELETE') return [];
    const body = request.route.endsWith('/callback') ? (raw.data as Record<string, unknown> | undefined) : raw;
    if (!body || !('content' in body || 'embeds' in body || 'components' in body)) return [];
    if (request.route.endsWith('/callback') && raw.type === 9) return []; // a modal is not a message
    return [{ request, body }];
  });
}

describe('mentions in article and member text', () => {
  it('are shown but never ping: every payload sets allowed_mentions to parse nothing and list no one', async () => {
    const role = fake.role('Members');
    const victim = fake.createUser('victim');
    const moderator = fake.createUser('moderator');
    const form = {
      stem: `Who wrote to @everyone and <@&${role.id}> after the vote?`,
      correct: 'Dana Ruiz',
      wrong: 'Ola Berg\nKim Tan\n@here',
      passage: `Dana Ruiz wrote to @everyone and <@&${role.id}> after the vote, copying <@${victim.id}> and @here.`,
      title: `Minutes for <@${victim.id}> @everyone`,
    };
    const add = fake.dispatchCommand({ name: 'question', subcommand: 'add', user: moderator, member: MODERATOR });
    await add.callback();
    const saved = await fake.dispatchModalSubmit({ from: add, fields: form }).reply();
    // The confirmation quotes the stem in the message text itself: the strongest test of allowed_mentions.
    expect(saved.api.content).toContain(`@everyone and <@&${role.id}>`);
    expect(saved.api).toMatchObject({ mention_everyone: false, mentions: [], mention_roles: [] });

    await fake.dispatchCommand({ name: 'config', subcommand: 'question-source', options: { source: 'server' }, member: MODERATOR }).reply();
    const round = fake.dispatchCommand({ name: 'quiz', options: { seconds: 5 }, user: moderator });
    const posted = await round.reply();
    expect(embedOf(posted).description).toContain(`<@&${role.id}>`);
    await fake.dispatchButton({ message: posted, customId: choiceButtons(posted)[0]!.custom_id, user: victim }).reply();
    time.advance(5_000);
    const revealed = await round.waitForOriginal((message) => message.edits > 0, 'the reveal');
    expect(embedText(embedOf(revealed))).toContain(`> ${form.passage}`);
    expect(embedText(embedOf(revealed))).toContain(`<@${victim.id}>`);

    const study = await fake.dispatchCommand({ name: 'study', user: victim }).reply();
    const feedback = await fake.dispatchButton({ message: study, customId: choiceButtons(study)[0]!.custom_id, user: victim }).reply();
    expect(embedText(embedOf(feedback))).toContain('@everyone');

    const bodies = messageBodies();
    expect(bodies.length).toBeGreaterThanOrEqual(6);
    for (const { request, body } of bodies) {
      expect({ route: request.route, allowed: body.allowed_mentions }).toEqual({ route: request.route, allowed: expect.objectContaining({ parse: [] }) });
      expect(body.allowed_mentions).not.toHaveProperty('users');
      expect(body.allowed_mentions).not.toHaveProperty('roles');
    }
    expect(bodies.some(({ body }) => JSON.stringify(body).includes('@everyone'))).toBe(true);
    fake.assertNoPings();
    fake.assertNoViolations();
  });
});
