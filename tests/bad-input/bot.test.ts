import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import type { APIUser } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../src/discord/commands/command-registry.ts';
import { loadCommandModules } from '../../src/discord/commands/load-commands.ts';
import { MESSAGES } from '../../src/discord/interactions/interaction-router.ts';
import { openQuizServices, type QuizServices } from '../../src/services/index.ts';
import { loadFixtureBank } from '../fixtures/bank/fixture-bank.ts';
import { startTestBot, type TestBot } from '../support/bot-harness.ts';
import { FakeDiscord, type MessageRecord } from '../support/fake-discord/index.ts';
import { createMemoryLogger } from '../support/memory-logger.ts';
import { answerButtons } from '../fault/support/rounds.ts';
import { fingerprint } from './support/fingerprint.ts';

const corpus = join(import.meta.dirname, '../fixtures/bad-input');
const MODERATOR = { permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel };
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const customIdCases = (JSON.parse(readFileSync(join(corpus, 'custom-ids.json'), 'utf8')) as { cases: Array<{ customId: string; expect: string; what: string }> }).cases;

const storeDir = mkdtempSync(join(tmpdir(), 'quizbot-bad-input-'));
let fake: FakeDiscord;
let services: QuizServices;
let bot: TestBot;

beforeAll(async () => {
  fake = new FakeDiscord({ guilds: [{ name: 'Played' }, { name: 'Nothing here yet' }], waitTimeoutMs: 30_000 });
  await fake.start();
  services = await openQuizServices({ storeUrl: `sqlite://${join(storeDir, 'quizbot.sqlite')}`, logger: createMemoryLogger('debug').logger, bank: await loadFixtureBank() });
  bot = await startTestBot(fake, { services });
  fake.registerCommands(new CommandRegistry(await loadCommandModules()).definitions(), fake.guilds[1]!.id);
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

/** Every visible text of a message: content, embed titles, descriptions and fields. */
function textOf(message: MessageRecord): string {
  const embeds = message.api.embeds.flatMap((embed) => [embed.title, embed.description, ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])]);
  return [message.api.content, ...embeds].filter(Boolean).join('\n');
}

/**
 * Runs a bad interaction and checks what every case must show: a clear reply (ephemeral unless said), the
 * SQLite file and its write-ahead log byte-identical before and after, and the bot still answering.
 */
async function refused(send: () => Promise<MessageRecord>, expected: RegExp | string, options: { ephemeral?: boolean } = {}): Promise<MessageRecord> {
  const before = fingerprint(storeDir, { skip: /-shm$/ });
  const reply = await send();
  expect(reply.ephemeral).toBe(options.ephemeral ?? true);
  if (typeof expected === 'string') expect(textOf(reply)).toBe(expected);
  else expect(textOf(reply)).toMatch(expected);
  const alive = await fake.dispatchCommand({ name: 'stats' }).reply();
  expect(alive.api.embeds.length + alive.api.content.length).toBeGreaterThan(0);
  expect(fingerprint(storeDir, { skip: /-shm$/ })).toBe(before);
  return reply;
}

describe('altered, stale and made-up buttons', () => {
  it.each(customIdCases)('$what: $customId', async ({ customId, expect: kind }) => {
    const expected = kind === 'unknownRound' ? /no longer running/ : MESSAGES[kind as keyof typeof MESSAGES];
    await refused(() => fake.dispatchButton({ customId, force: true }).reply(), expected);
  });

  it('every button the bot makes, at a version it no longer speaks, is called old', async () => {
    const routes = new CommandRegistry(await loadCommandModules()).modules().flatMap((module) => module.buttons);
    expect(routes.length).toBeGreaterThan(3);
    for (const route of routes) {
      await refused(() => fake.dispatchButton({ customId: `${route.codec.route}:v${route.codec.version + 1}:x`, force: true }).reply(), MESSAGES.oldButton);
    }
  });
});

describe('rounds that are over', () => {
  it('a click on a revealed round is refused with what to do instead, and changes nothing', async () => {
    const [ada, ben] = [fake.createUser('ada'), fake.createUser('ben')] as [APIUser, APIUser];
    const posted = await fake.dispatchCommand({ name: 'quiz', options: { seconds: 60 }, user: ada }).reply();
    const { roundId, customIds } = answerButtons(posted);
    await fake.dispatchButton({ message: posted, customId: customIds[0]!, user: ada }).reply();
    await services.rounds.finishRoundNow(roundId);
    await fake.waitFor(() => (fake.message(posted.api.id)!.edits > 0 ? true : undefined), 'the reveal');
    // An old client still shows live buttons: both a member who answered and one who did not click.
    for (const user of [ben, ada]) {
      await refused(() => fake.dispatchButton({ message: posted, customId: customIds[1]!, user, force: true }).reply(), /This round is over/);
    }
  });
});

describe('a server the bot has no data for', () => {
  const empty = () => fake.guilds[1]!.id;
  it.each([
    ['stats', {}, /has not answered a channel round yet/],
    ['leaderboard', {}, /Nobody has scored yet/],
    ['question', { subcommand: 'list', member: MODERATOR }, /has no questions of its own yet/],
    ['article', { subcommand: 'list', member: MODERATOR }, /has no articles yet/],
  ] as const)('/%s answers clearly and writes nothing', async (name, extra, expected) => {
    const before = fingerprint(storeDir, { skip: /-shm$/ });
    const reply = await fake.dispatchCommand({ name, guildId: empty(), ...extra }).reply();
    expect(textOf(reply)).toMatch(expected);
    expect(fingerprint(storeDir, { skip: /-shm$/ })).toBe(before);
  });
});

describe('bad article files uploaded with /article add', () => {
  const upload = (filename: string, content: string | Buffer) =>
    fake.dispatchCommand({ name: 'article', subcommand: 'add', options: { file: { filename, content } }, member: MODERATOR }).reply();
  const file = (name: string) => readFileSync(join(corpus, 'articles', name));

  it.each([
    ['empty.txt', /empty file/],
    ['whitespace-only.txt', /empty file \(only whitespace\)/],
    ['image-renamed.txt', /binary file/],
    ['utf16-with-bom.txt', /UTF-16 text, expected UTF-8/],
    ['latin1.txt', /not valid UTF-8/],
    ['html-soup.txt', /a web page \(HTML markup\)/],
    ['html-fragment.txt', /a web page \(HTML markup\)/],
  ])('%s is refused, naming the problem', async (name, reason) => {
    await refused(() => upload(name, file(name)), reason);
  });

  it('a 5 MB article is refused by its size', async () => {
    const sentence = 'Anna Berg said in Oslo on Monday that 40 workers had finished the repairs begun in 2019.\n\n';
    await refused(() => upload('big.txt', sentence.repeat(Math.ceil(5_000_000 / sentence.length))), /5(\.0)? MB.*1 MB/);
  });

  it('mentions and markdown in an article are shown as text: escaped, pinging no one', async () => {
    const reply = await upload('mentions-and-markdown.md', file('mentions-and-markdown.md'));
    const shown = textOf(reply);
    expect(shown).toMatch(/Millbrook/);
    expect(shown).not.toMatch(/(^|[^\\])\*\*Millbrook\*\*/);
    expect(shown).not.toMatch(/(^|[^\\])\[official site\]\(/);
    fake.assertNoPings();
    fake.assertNoViolations();
  });

  it('right-to-left overrides never reach a generated stem or choice', async () => {
    const reply = await upload('rtl-override.txt', file('rtl-override.txt'));
    const shown = reply.payloads.map((payload) => JSON.stringify(payload)).join('\n');
    expect(textOf(reply)).toMatch(/Petrova|harbour/);
    expect(shown).not.toMatch(BIDI_CONTROLS);
    fake.assertNoPings();
  });
});

describe('bad bank files given to /question import', () => {
  const importFile = (name: string) =>
    fake.dispatchCommand({ name: 'question', subcommand: 'import', options: { file: { filename: name, content: readFileSync(join(corpus, 'bank', name)) } }, member: MODERATOR }).reply();

  it.each([
    ['malformed.json', /not valid JSON/],
    ['empty.json', /empty file/],
    ['not-a-bank.json', /Nothing was saved/],
    ['future-version.json', /version/],
    ['wrong-types.json', /answerIndex/],
    ['oversized-fields.json', /at most 1000 characters/],
    ['duplicates-and-bad-index.json', /must point at one of the 3 choices/],
  ])('%s: nothing is saved and the problems are named', async (name, reason) => {
    await refused(() => importFile(name), reason);
  });

  it('questions carrying @everyone, role mentions and markdown are imported and listed without pinging anyone', async () => {
    const imported = await importFile('mentions-in-questions.json');
    expect(textOf(imported)).toMatch(/Imported 10 questions/);
    const list = await fake.dispatchCommand({ name: 'question', subcommand: 'list', member: MODERATOR }).reply();
    expect(textOf(list)).toContain('@everyone');
    fake.assertNoPings();
    fake.assertNoViolations();
  });
});
