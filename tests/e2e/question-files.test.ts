import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseBank } from '../../src/bank/bank-files.ts';
import type { Bank } from '../../src/bank/schema.ts';
import { CommandRegistry } from '../../src/discord/commands/command-registry.ts';
import { loadCommandModules } from '../../src/discord/commands/load-commands.ts';
import { loadFixtureBank } from '../fixtures/bank/fixture-bank.ts';
import { FakeDiscord, type MessageRecord } from '../support/fake-discord/index.ts';
import { startE2eBot, type E2eBot } from './support/e2e-bot.ts';
import { SteppedTime } from './support/stepped-time.ts';

const MODERATOR = { permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel };
const REFUSED = "Only moderators can do this: it needs the **Manage Server** permission or this server's moderator role.";
const time = new SteppedTime();
let fake: FakeDiscord;
let bot: E2eBot;
let bank: Bank;

beforeAll(async () => {
  fake = new FakeDiscord({ clock: time.now, guilds: [{ name: 'First' }, { name: 'Second' }] });
  await fake.start();
  bank = await loadFixtureBank();
  bot = await startE2eBot(fake, { time, bank });
  fake.registerCommands(new CommandRegistry(await loadCommandModules()).definitions(), fake.guilds[1]!.id);
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

const second = () => fake.guilds[1]!.id;
const importFile = (content: string, guildId = fake.guild.id, member = MODERATOR, filename = 'questions.json') =>
  fake.dispatchCommand({ name: 'question', subcommand: 'import', options: { file: { filename, content } }, member, guildId }).reply();
const exportFile = async (guildId = fake.guild.id): Promise<{ reply: MessageRecord; bytes: Buffer }> => {
  const reply = await fake.dispatchCommand({ name: 'question', subcommand: 'export', member: MODERATOR, guildId }).reply();
  const attachment = reply.api.attachments[0];
  if (!attachment) throw new Error(`the export carries no file: ${reply.api.content}`);
  return { reply, bytes: fake.fileContent(attachment.url) };
};

describe('/question import and export', () => {
  it('lists every problem with its path and imports nothing unless all of it is valid', async () => {
    const [a, b, c] = bank.questions;
    const broken = { version: 1, articles: [], questions: [a, { ...b, choices: ['1', '2', '3', '4', '5', '6'] }, { ...c, answerIndex: 9 }] };
    const reply = await importFile(JSON.stringify(broken, null, 2));
    expect(reply.ephemeral).toBe(true);
    const embed = reply.api.embeds[0]!;
    expect(embed.title).toBe('❌ Nothing was saved');
    expect(embed.description).toContain('`questions.json` was not imported, so nothing changed.');
    expect(embed.description).toContain('• `questions[1].choices`: 6 items, at most 5');
    expect(embed.description).toContain('• `questions[2].answerIndex`: must point at one of the 4 choices');
    expect(await bot.services.serverQuestions.all(fake.guild.id)).toEqual([]);

    const notJson = await importFile('{"questions": [');
    expect(notJson.api.embeds[0]?.description).toMatch(/• not valid JSON/);
    const binary = await importFile('\u0000\u0001PK', fake.guild.id, MODERATOR, 'questions.json');
    expect(binary.api.content).toMatch(/^`questions\.json` cannot be used: binary file/);
    const wrongType = await importFile('{}', fake.guild.id, MODERATOR, 'questions.txt');
    expect(wrongType.api.content).toMatch(/is not a \.json file/);
    expect(await bot.services.serverQuestions.all(fake.guild.id)).toEqual([]);
  });

  it('imports a valid file, and an export imports back unchanged (byte for byte)', async () => {
    const file = { version: 1, articles: [], questions: bank.questions.slice(0, 5) };
    const imported = await importFile(serialiseBank(file as Bank));
    expect(imported.api.content).toBe('📥 Imported 5 questions from `questions.json`: 5 new, 0 updated.\nThis server now has 5 questions of its own (`/question list`).');

    const first = await exportFile();
    expect(first.reply.api.content).toBe('📤 5 questions of this server, in the bank format. `/question import` takes this file back.');
    expect(first.reply.api.attachments[0]?.filename).toBe(`quizbot-questions-${fake.guild.id}.json`);
    expect(JSON.parse(first.bytes.toString('utf8'))).toEqual(file);

    // Into another server, and back out: the same bytes.
    const elsewhere = await importFile(first.bytes.toString('utf8'), second(), MODERATOR, first.reply.api.attachments[0]!.filename);
    expect(elsewhere.api.content).toMatch(/^📥 Imported 5 questions from `quizbot-questions-\d+\.json`: 5 new, 0 updated\./);
    expect((await exportFile(second())).bytes.equals(first.bytes)).toBe(true);

    // Into the same server again: every question replaced by itself, nothing added, the export unchanged.
    const again = await importFile(first.bytes.toString('utf8'));
    expect(again.api.content).toMatch(/: 0 new, 5 updated\./);
    expect((await exportFile()).bytes.equals(first.bytes)).toBe(true);
    fake.assertNoViolations();
  });

  it('refuses both to a member without permission, changing nothing', async () => {
    const before = await bot.services.serverQuestions.all(fake.guild.id);
    const member = { permissions: PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages };
    const importing = await importFile(serialiseBank({ version: 1, articles: [], questions: bank.questions.slice(5) }), fake.guild.id, member);
    expect(importing).toMatchObject({ ephemeral: true, api: { content: REFUSED } });
    const exporting = await fake.dispatchCommand({ name: 'question', subcommand: 'export', member }).reply();
    expect(exporting).toMatchObject({ ephemeral: true, api: { content: REFUSED, attachments: [] } });
    expect(await bot.services.serverQuestions.all(fake.guild.id)).toEqual(before);
  });
});
