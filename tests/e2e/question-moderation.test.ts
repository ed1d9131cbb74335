import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type InteractionHandle, type MessageRecord } from '../support/fake-discord/index.ts';
import { startE2eBot, type E2eBot } from './support/e2e-bot.ts';
import { SteppedTime } from './support/stepped-time.ts';

const MANAGE_SERVER = { permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages };
const REFUSED = "Only moderators can do this: it needs the **Manage Server** permission or this server's moderator role.";
const time = new SteppedTime();
let fake: FakeDiscord;
let bot: E2eBot;

const valid = {
  stem: 'Which river runs through the old town?',
  correct: 'the Orrin',
  wrong: 'the Vale\nthe Bly\nthe Tarn',
  passage: 'The Orrin runs through the old town, under seven bridges.',
  title: 'Town notes',
};

beforeAll(async () => {
  fake = new FakeDiscord({ clock: time.now, guilds: [{ roles: [{ name: 'Quiz Team' }] }] });
  await fake.start();
  bot = await startE2eBot(fake, { time });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

const ownQuestions = () => bot.services.serverQuestions.all(fake.guild.id);
const buttonId = (message: MessageRecord, label: string) => {
  const row = message.api.components?.[0] as { components?: Array<{ label?: string; custom_id?: string }> } | undefined;
  const found = row?.components?.find((candidate) => candidate.label === label)?.custom_id;
  if (!found) throw new Error(`no "${label}" button on message ${message.api.id}`);
  return found;
};
const modalValues = (handle: InteractionHandle) =>
  Object.fromEntries(
    (handle.modal?.components ?? []).flatMap((row) => ((row as { components?: Array<{ custom_id: string; value?: string }> }).components ?? []).map((input) => [input.custom_id, input.value ?? ''])),
  );

describe('/question add', () => {
  it('refuses a member without permission, whatever the client sends, and changes nothing', async () => {
    const member = fake.createUser('member');
    const command = fake.dispatchCommand({ name: 'question', subcommand: 'add', user: member });
    expect(await command.reply()).toMatchObject({ ephemeral: true, api: { content: REFUSED } });
    expect(command.modal).toBeUndefined();
    // A hand-made submit of the form is checked again, and refused.
    const forged = fake.dispatchModalSubmit({ customId: 'question:add:v1', fields: valid, user: member });
    expect(await forged.reply()).toMatchObject({ ephemeral: true, api: { content: REFUSED } });
    expect(await ownQuestions()).toEqual([]);
  });

  it('lets Manage Server add one through the modal: a bad field is named, the draft kept, then it saves', async () => {
    const moderator = fake.createUser('mod');
    const command = fake.dispatchCommand({ name: 'question', subcommand: 'add', user: moderator, member: MANAGE_SERVER });
    await command.callback();
    expect(command.modal).toMatchObject({ custom_id: 'question:add:v1', title: 'Add a question' });
    expect(command.modal?.components).toHaveLength(5);

    const tooMany = { ...valid, wrong: 'one\ntwo\nthree\nfour\nfive' };
    const refused = await fake.dispatchModalSubmit({ from: command, fields: tooMany }).reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.api.content).toContain('Nothing was saved. Please fix this field and submit again:\n• **Wrong answers**: 5 given, at most 4');
    expect(await ownQuestions()).toEqual([]);

    // "Edit and resubmit" reopens the form with what was typed.
    const edit = fake.dispatchButton({ message: refused, customId: buttonId(refused, 'Edit and resubmit'), user: moderator, member: MANAGE_SERVER });
    await edit.callback();
    expect(edit.modal?.title).toBe('Fix your question');
    expect(modalValues(edit)).toEqual(tooMany);

    const saved = await fake.dispatchModalSubmit({ from: edit, fields: valid }).reply();
    const [question] = await ownQuestions();
    expect(question).toMatchObject({ stem: valid.stem, choices: ['the Orrin', 'the Vale', 'the Bly', 'the Tarn'], answerIndex: 0, origin: 'moderator', source: { passage: valid.passage, title: 'Town notes' } });
    expect(saved.api.content).toBe(`✅ Added \`${question!.id}\`: ${valid.stem}`);
    expect(saved.api.embeds[0]?.fields?.[0]).toEqual({ name: '📖 From “Town notes”', value: `> ${valid.passage}` });

    const list = await fake.dispatchCommand({ name: 'question', subcommand: 'list', user: moderator, member: MANAGE_SERVER }).reply();
    expect(list.api.embeds[0]?.description).toContain(`\`${question!.id}\` ${valid.stem} · 4 choices`);
  });

  it('lets the configured moderator role add one too; the services’ own checks are named by field', async () => {
    const team = fake.role('Quiz Team');
    await fake.dispatchCommand({ name: 'config', subcommand: 'moderator-role', options: { role: team }, member: MANAGE_SERVER }).reply();
    const roleModerator = fake.createUser('role-mod');
    const command = fake.dispatchCommand({ name: 'question', subcommand: 'add', user: roleModerator, member: { roles: [team.id] } });
    await command.callback();
    const before = (await ownQuestions()).length;

    const givesAway = { ...valid, stem: 'Is it the Orrin that runs through the old town?' };
    const refused = await fake.dispatchModalSubmit({ from: command, fields: givesAway }).reply();
    expect(refused.api.content).toContain('• **Question**: the stem gives away the answer "the Orrin"');
    const notInPassage = await fake.dispatchModalSubmit({ from: command, fields: { ...valid, passage: 'Seven bridges cross the river.' } }).reply();
    expect(notInPassage.api.content).toContain('• **Source passage**: the answer "the Orrin" does not appear in the cited passage');
    expect(await ownQuestions()).toHaveLength(before);

    const saved = await fake.dispatchModalSubmit({ from: command, fields: { ...valid, stem: 'Which river has seven bridges?' } }).reply();
    expect(saved.api.content).toMatch(/^✅ Added `m-[\w-]+`: Which river has seven bridges\?$/);
    expect(await ownQuestions()).toHaveLength(before + 1);

    // Without the role, the same member is refused again.
    const without = await fake.dispatchCommand({ name: 'question', subcommand: 'add', user: roleModerator }).reply();
    expect(without.api.content).toBe(REFUSED);
    fake.assertNoViolations();
  });
});

describe('/question remove and list', () => {
  it('removes a server question by id, and explains an unknown or shipped id', async () => {
    const [first] = await ownQuestions();
    const removed = await fake.dispatchCommand({ name: 'question', subcommand: 'remove', options: { id: first!.id }, member: MANAGE_SERVER }).reply();
    expect(removed.api.content).toBe(`🗑️ Removed \`${first!.id}\`: ${first!.stem}`);
    expect((await ownQuestions()).map((question) => question.id)).not.toContain(first!.id);
    const unknown = await fake.dispatchCommand({ name: 'question', subcommand: 'remove', options: { id: 'nope' }, member: MANAGE_SERVER }).reply();
    expect(unknown.api.content).toBe('This server has no question `nope`. `/question list` shows the ids.');
    const shipped = await fake.dispatchCommand({ name: 'question', subcommand: 'remove', options: { id: 'hb-cost' }, member: MANAGE_SERVER }).reply();
    expect(shipped.api.content).toMatch(/^`hb-cost` is a shipped question: it cannot be removed/);
    const byMember = await fake.dispatchCommand({ name: 'question', subcommand: 'remove', options: { id: 'nope' } }).reply();
    expect(byMember.api.content).toBe(REFUSED);
  });
});
