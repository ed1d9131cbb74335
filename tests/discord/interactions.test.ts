import { InteractionResponseType, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/discord/interactions/interaction-router.ts';
import { NO_ANSWER_MESSAGE } from '../../src/discord/interactions/run-handler.ts';
import { FakeDiscord, type InteractionHandle } from '../support/fake-discord/index.ts';
import { startTestBot, type TestBot } from '../support/bot-harness.ts';
import { createGate, nameModal, pressButton, slowCommands, testCommands } from './fixtures/test-commands.ts';

const EPHEMERAL = 64;
const gate = createGate();
const buttonGate = createGate();
let fake: FakeDiscord;
let testBot: TestBot;

beforeAll(async () => {
  fake = new FakeDiscord({ guilds: [{ roles: [{ name: 'Quiz Team' }] }] });
  await fake.start();
  testBot = await startTestBot(fake, { commands: [...testCommands, ...slowCommands(gate, buttonGate)], autoDeferMs: 50 });
});
afterAll(async () => {
  gate.open();
  buttonGate.open();
  await testBot.stop();
  await fake.stop();
});
beforeEach(() => fake.clearRecords());

/** The visible answer to an interaction and whether only its user sees it. */
async function answer(handle: InteractionHandle): Promise<{ content: string; ephemeral: boolean }> {
  const reply = await handle.reply();
  return { content: reply.api.content, ephemeral: reply.ephemeral };
}

describe('slash commands through the real discord.js client', () => {
  it('answers with the typed arguments, and every payload stops pings', async () => {
    const handle = fake.dispatchCommand({ name: 'echo', options: { text: 'hi @everyone <@&123456789012345678>', times: 2 } });
    const callback = await handle.callback();
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data).toMatchObject({
      content: 'hi @everyone <@&123456789012345678> hi @everyone <@&123456789012345678>',
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(await answer(handle)).toMatchObject({ ephemeral: false });
    expect(handle.original()?.api.mention_everyone).toBe(false);
    expect(fake.pings).toEqual([]);
    fake.assertNoViolations();
  });

  it('re-checks option limits the client should have enforced, naming the option', async () => {
    const handle = fake.dispatchCommand({ name: 'echo', options: { text: 'x', times: 9 }, unchecked: true });
    expect(await answer(handle)).toEqual({ content: '`times` must be between 1 and 3.', ephemeral: true });
    const missing = fake.dispatchCommand({ name: 'echo', options: {}, unchecked: true });
    expect(await answer(missing)).toEqual({ content: '`text` is required.', ephemeral: true });
  });

  it('turns a thrown error into an ephemeral apology and logs the stack with the same reference', async () => {
    const handle = fake.dispatchCommand({ name: 'boom' });
    const reply = await answer(handle);
    expect(reply.ephemeral).toBe(true);
    const reference = /reference `([0-9a-f]{8})`/.exec(reply.content)?.[1];
    expect(reference).toBeDefined();
    const logged = testBot.logs.find((line) => line.msg === 'interaction handler failed' && line.reference === reference);
    expect(logged).toMatchObject({ level: 50, name: '/boom', interaction: handle.id, user: handle.payload.member?.user.id });
    expect(logged?.err?.stack).toContain('Error: kaboom');
    expect(logged?.err?.stack).toContain('test-commands.ts');
  });

  it('shows a UserError as it is, without a stack in the log', async () => {
    const handle = fake.dispatchCommand({ name: 'refuse' });
    expect(await answer(handle)).toEqual({ content: 'No, not like that.', ephemeral: true });
    expect(testBot.logs.find((line) => line.interaction === handle.id && line.msg === 'interaction refused')).toMatchObject({ level: 30, refusal: 'No, not like that.' });
  });

  it('answers for a handler that forgot to', async () => {
    expect(await answer(fake.dispatchCommand({ name: 'silent' }))).toEqual({ content: NO_ANSWER_MESSAGE, ephemeral: true });
  });

  it('defers a slow handler, then edits the deferred reply; an error after deferring still reaches the user', async () => {
    const slow = fake.dispatchCommand({ name: 'slow' });
    const slowBoom = fake.dispatchCommand({ name: 'slow-boom' });
    expect((await slow.callback()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect((await slowBoom.callback()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(slow.original()).toMatchObject({ loading: true, ephemeral: true });
    expect(slowBoom.original()).toMatchObject({ loading: true, ephemeral: false });
    gate.open();
    expect(await answer(slow)).toEqual({ content: 'finally', ephemeral: true });
    // The public "thinking…" cannot turn private: it is removed and the error goes in an ephemeral follow-up.
    const followUp = await slowBoom.waitForFollowUp();
    expect(followUp.ephemeral).toBe(true);
    expect(followUp.api.content).toMatch(/Something went wrong on our side/);
    expect(slowBoom.original()?.deleted).toBe(true);
    fake.assertNoViolations();
  });
});

describe('buttons', () => {
  async function echoMessage() {
    const handle = fake.dispatchCommand({ name: 'echo', options: { text: 'round' } });
    return handle.reply();
  }

  it('routes a click by its versioned custom_id, with parsed parameters', async () => {
    const message = await echoMessage();
    expect(message.api.components).toMatchObject([{ components: [{ custom_id: 'test:press:v2:r1:2' }] }]);
    const click = fake.dispatchButton({ message, customId: pressButton.id({ round: 'r1', choice: 2 }) });
    expect((await click.callback()).type).toBe(InteractionResponseType.UpdateMessage);
    expect(fake.message(message.api.id)?.api).toMatchObject({ content: 'pressed 2 in r1', components: [] });
  });

  it('acknowledges a slow click silently, then edits its message', async () => {
    const message = await fake.dispatchCommand({ name: 'slow-press' }).reply();
    const click = fake.dispatchButton({ message, customId: 'test:slow:v1' });
    expect((await click.callback()).type).toBe(InteractionResponseType.DeferredMessageUpdate);
    buttonGate.open();
    expect((await click.reply()).api).toMatchObject({ id: message.api.id, content: 'updated late', components: [] });
    fake.assertNoViolations();
  });

  it.each([
    ['a tampered parameter', 'test:press:v2:r1:7', MESSAGES.invalidButton],
    ['a forged round id', 'test:press:v2:R1;DROP:1', MESSAGES.invalidButton],
    ['a missing parameter', 'test:press:v2:r1', MESSAGES.invalidButton],
    ['an older version', 'test:press:v1:r1:2', MESSAGES.oldButton],
    ['an unknown route', 'quiz:nope:v1:x', MESSAGES.unknownButton],
    ['no format at all', 'hello', MESSAGES.unknownButton],
  ])('answers %s with a clear ephemeral message and does nothing else', async (_case, customId, expected) => {
    const message = await echoMessage();
    const click = fake.dispatchButton({ message, customId, force: true });
    expect(await answer(click)).toEqual({ content: expected, ephemeral: true });
    expect(fake.message(message.api.id)?.api.content).toBe('round');
    expect(testBot.logs.some((line) => line.interaction === click.id && line.msg === 'refused an interaction that cannot be routed')).toBe(true);
  });
});

describe('modals', () => {
  it('shows a modal, names each invalid field, and accepts a valid submission', async () => {
    const command = fake.dispatchCommand({ name: 'form' });
    expect((await command.callback()).type).toBe(InteractionResponseType.Modal);
    expect(command.modal?.custom_id).toBe(nameModal.id({ slot: 3 }));

    const invalid = fake.dispatchModalSubmit({ from: command, fields: { name: 'a much too long name', note: '' } });
    const refusal = await answer(invalid);
    expect(refusal.ephemeral).toBe(true);
    expect(refusal.content).toContain('Nothing was saved');
    expect(refusal.content).toContain('**Name**: must be at most 10 characters (it has 20)');

    const valid = fake.dispatchModalSubmit({ from: command, fields: { name: '  Ada ', note: 'first' } });
    expect(await answer(valid)).toEqual({ content: 'slot 3: Ada (first)', ephemeral: true });

    const forged = fake.dispatchModalSubmit({ customId: 'test:name:v1:99', fields: { name: 'x' } });
    expect(await answer(forged)).toEqual({ content: MESSAGES.unknownModal, ephemeral: true });
  });
});

describe('moderator permission', () => {
  const manageServer = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel;

  it('refuses members without Manage Server or the moderator role, on every call', async () => {
    const member = fake.createUser('member');
    const refused = fake.dispatchCommand({ name: 'mod-only', user: member });
    expect((await answer(refused)).content).toMatch(/^Only moderators can do this/);
    const admin = fake.dispatchCommand({ name: 'mod-only', member: { permissions: manageServer } });
    expect(await answer(admin)).toEqual({ content: 'moderator stuff done', ephemeral: true });
  });

  it('accepts the role set by /config moderator-role, which itself needs Manage Server', async () => {
    const role = fake.role('Quiz Team');
    const byRoleHolder = fake.dispatchCommand({ name: 'mod-only', member: { roles: [role.id] } });
    expect((await answer(byRoleHolder)).content).toMatch(/^Only moderators/);

    expect((await testBot.services.serverConfig.get(fake.guild.id)).moderatorRoleId).toBeNull();
    await testBot.services.serverConfig.update(fake.guild.id, { moderatorRoleId: role.id });
    const allowed = fake.dispatchCommand({ name: 'mod-only', member: { roles: [role.id] } });
    expect((await answer(allowed)).content).toBe('moderator stuff done');
    await testBot.services.serverConfig.update(fake.guild.id, { moderatorRoleId: null });
    const again = fake.dispatchCommand({ name: 'mod-only', member: { roles: [role.id] } });
    expect((await answer(again)).content).toMatch(/^Only moderators/);
  });
});
