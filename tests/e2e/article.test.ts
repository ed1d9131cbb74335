import { readFileSync } from 'node:fs';
import { InteractionResponseType } from 'discord-api-types/v10';
import { PermissionFlagsBits, type APIUser } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import articleCommand from '../../commands/article.ts';
import quizCommand from '../../commands/quiz.ts';
import { parseConfig } from '../../src/config/env.ts';
import { openBotServices } from '../../src/discord/services/open-bot-services.ts';
import { checkQuestionsAgainstArticle } from '../../src/generation/index.ts';
import { buttonsOf, FakeDiscord, type MessageRecord } from '../support/fake-discord/index.ts';
import { startTestBot, type TestBot } from '../support/bot-harness.ts';
import { createMemoryLogger } from '../support/memory-logger.ts';
import { newStoreFile } from './support/e2e-bot.ts';

const seagrass = readFileSync(new URL('./fixtures/harbour-seagrass.md', import.meta.url), 'utf8');
const council = readFileSync(new URL('../fixtures/articles/local-council-story.txt', import.meta.url), 'utf8');
const moderator = { permissions: PermissionFlagsBits.ManageGuild };
const ARTICLE_ID = /art-[0-9a-f]{10}/;

let fake: FakeDiscord;
let testBot: TestBot;
/** One moderator throughout, so they may click the buttons of their own ephemeral replies. */
let mod: APIUser;
const guildId = () => fake.guild.id;
const services = () => testBot.services;

beforeAll(async () => {
  fake = new FakeDiscord({ guilds: [{ roles: [{ name: 'Editors' }] }] });
  await fake.start();
  testBot = await startTestBot(fake, { commands: [articleCommand, quizCommand] });
  mod = fake.createUser('moderator');
});
afterAll(async () => {
  await testBot.stop();
  await fake.stop();
});
afterEach(async () => {
  fake.assertNoViolations();
  fake.assertNoPings();
  for (const article of await services().articles.list(guildId())) await services().articles.remove({ guildId: guildId(), articleId: article.id });
  await services().serverConfig.update(guildId(), { questionSource: 'both', quotas: { maxServerArticles: null, maxServerQuestions: null } });
});

function upload(filename: string, content: string | Buffer, member: { permissions?: bigint } = moderator) {
  return fake.dispatchCommand({ name: 'article', subcommand: 'add', options: { file: { filename, content } }, member, user: mod });
}

function button(message: MessageRecord, label: RegExp): string {
  const found = buttonsOf(message.api).find((candidate) => label.test(candidate.label ?? ''));
  if (!found?.custom_id) throw new Error(`no button ${label} on the message: ${JSON.stringify(buttonsOf(message.api))}`);
  return found.custom_id;
}

async function storedNothing(): Promise<void> {
  expect(await services().articles.list(guildId())).toEqual([]);
  expect(await services().serverQuestions.all(guildId())).toEqual([]);
}

describe('/article add with a file', () => {
  it('makes draft questions that pass the shipped bank checks; once published, rounds serve them with the citation', async () => {
    const command = upload('harbour-seagrass.md', seagrass);
    expect((await command.callback()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const reply = await command.reply();
    expect(reply.ephemeral).toBe(true);
    const content = reply.api.content ?? '';
    expect(content).toMatch(new RegExp(`^Made (\\d+) draft questions from “Seagrass meadows return to Kellan Bay after a decade of restoration” \\(\`${ARTICLE_ID.source}\`\\)\\.`));
    const articleId = ARTICLE_ID.exec(content)![0];
    const made = Number(/^Made (\d+)/.exec(content)![1]);
    expect(reply.api.embeds).toHaveLength(2);
    expect(reply.api.embeds![0]).toMatchObject({
      author: { name: `Draft question 1 of ${made}` },
      fields: [{ name: '📖 From “Seagrass meadows return to Kellan Bay after a decade of restoration”', value: expect.stringMatching(/^> /) }],
    });
    expect(buttonsOf(reply.api).map((candidate) => candidate.label)).toEqual([`Publish ${made} questions`, 'Discard the article']);

    // The drafts, as stored, pass the same structural checks as the shipped bank.
    const stored = (await services().articles.get({ guildId: guildId(), articleId }))!;
    expect(stored.drafts).toHaveLength(made);
    expect(checkQuestionsAgainstArticle(stored.drafts, stored.text)).toEqual([]);
    expect(await services().catalogue.questions(guildId(), { article: articleId })).toEqual([]);

    const publish = fake.dispatchButton({ message: reply, customId: button(reply, /^Publish/), member: moderator, user: mod });
    const published = await publish.reply();
    expect(published.api.content).toBe(
      `Published ${made} questions from “Seagrass meadows return to Kellan Bay after a decade of restoration” (\`${articleId}\`): \`/quiz\` and \`/study\` can now ask them.`,
    );
    expect(buttonsOf(published.api)).toEqual([]);

    // What /quiz plays: the server's questions, each citing the stored article text.
    await services().serverConfig.update(guildId(), { questionSource: 'server' });
    const pool = await services().catalogue.questions(guildId());
    expect(pool.map((question) => question.id).sort()).toEqual(stored.drafts.map((question) => question.id).sort());
    const started = await services().rounds.startRound({ guildId: guildId(), channelId: fake.channel.id });
    if (!started.ok) throw new Error(started.message);
    expect(started.round.article).toEqual({ id: articleId, title: 'Seagrass meadows return to Kellan Bay after a decade of restoration' });
    const end = (await services().rounds.finishRoundNow(started.round.id))!;
    const asked = stored.drafts.find((question) => question.id === started.round.questionId)!;
    expect(end.source).toEqual({ article: articleId, title: 'Seagrass meadows return to Kellan Bay after a decade of restoration', passage: asked.source!.passage });
    expect(seagrass.slice(asked.source!.start, asked.source!.end)).toBe(end.source!.passage);
  });

  it('a published article is what a following /quiz asks, and its reveal quotes the cited passage', async () => {
    const draft = await upload('harbour-seagrass.md', seagrass).reply();
    const articleId = ARTICLE_ID.exec(draft.api.content ?? '')![0];
    await fake.dispatchButton({ message: draft, customId: button(draft, /^Publish/), member: moderator, user: mod }).reply();
    const questions = await services().serverQuestions.all(guildId());

    const quiz = fake.dispatchCommand({ name: 'quiz', options: { article: articleId, seconds: 30 }, user: fake.createUser('player') });
    const posted = await quiz.reply();
    expect(posted.ephemeral).toBe(false);
    const footer = posted.api.embeds?.[0]?.footer?.text ?? '';
    expect(footer).toMatch(/^From: Seagrass meadows return to Kellan Bay after a decade of restoration · Question /);
    const asked = questions.find((question) => footer.includes(`Question ${question.id}`))!;
    expect(asked.source!.article).toBe(articleId);

    // End the round now rather than wait for its timer: the reveal edits the round message.
    const [round] = await services().rounds.activeRounds(guildId());
    await services().rounds.finishRoundNow(round!.id);
    const revealed = await quiz.waitForOriginal((message) => message.edits > 0, 'the reveal');
    const source = revealed.api.embeds?.[0]?.fields?.[0];
    expect(source?.name).toBe('📖 From “Seagrass meadows return to Kellan Bay after a decade of restoration”');
    expect(source?.value.replace(/\\/g, '')).toContain(`> ${asked.source!.passage.split('\n')[0]!.slice(0, 60)}`);
  });

  it('refuses an oversized file at once, naming the limit, and stores nothing', async () => {
    const command = upload('huge.txt', 'All work and no play. '.repeat(50_000));
    expect((await command.callback()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const reply = await command.reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.api.content).toBe('`huge.txt` is 1.1 MB; the most accepted is 1 MB.');
    await storedNothing();
  });

  it('refuses binary, non-UTF-8, empty and unsupported files with a message naming the problem, and stores nothing', async () => {
    const cases: Array<[string, string | Buffer, string]> = [
      ['scan.txt', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 159, 146, 150, 0, 1])]), '`scan.txt` cannot be used: binary file (contains NUL bytes), expected UTF-8 text. Attach a .txt or .md file saved as UTF-8 text.'],
      ['latin1.txt', Buffer.from(council.replace(/'/g, '\u00e9'), 'latin1'), '`latin1.txt` cannot be used: not valid UTF-8 text. Attach a .txt or .md file saved as UTF-8 text.'],
      ['blank.md', ' \n\n ', '`blank.md` cannot be used: empty file (only whitespace). Attach a .txt or .md file saved as UTF-8 text.'],
      ['report.pdf', '%PDF-1.7', '`report.pdf` (application/octet-stream) is not a .txt or .md file: attach a .txt or .md file instead.'],
    ];
    for (const [filename, content, message] of cases) {
      const reply = await upload(filename, content).reply();
      expect(reply.ephemeral).toBe(true);
      expect(reply.api.content).toBe(message);
    }
    await storedNothing();
  });

  it('keeps answering other commands while a 1 MB article is generated', async () => {
    const copies: string[] = [];
    for (let bytes = 0; bytes < 950_000; bytes += Buffer.byteLength(copies.at(-1)!)) {
      copies.push(`${seagrass.replace(/\d+/g, (digits) => String(Number(digits) + copies.length))}\n\n`);
    }
    const big = copies.join('');
    const command = upload('big-seagrass.txt', big);
    await command.callback();
    // The upload is acknowledged, then generated off the event loop: a list asked meanwhile is answered first.
    const list = await fake.dispatchCommand({ name: 'article', subcommand: 'list', member: moderator, user: mod }).reply();
    expect(list.api.content).toBe('This server has no articles yet: add one with `/article add`.');
    expect(command.original()?.loading).toBe(true);
    const reply = await command.reply();
    expect(reply.api.content).toMatch(/^Made [\d,]+ draft questions from “Seagrass meadows/);
    expect(command.errors).toEqual([]);
  });
});

describe('/article add with pasted text', () => {
  it('shows a form, makes drafts from what is pasted, and Discard removes the article and its drafts', async () => {
    const command = fake.dispatchCommand({ name: 'article', subcommand: 'add', member: moderator, user: mod });
    expect((await command.callback()).type).toBe(InteractionResponseType.Modal);
    const [title, ...body] = council.split('\n\n').slice(1);
    const half = Math.ceil(body.length / 2);
    const submit = fake.dispatchModalSubmit({ from: command, fields: { title: title!, text: body.slice(0, half).join('\n\n'), more: body.slice(half).join('\n\n'), evenMore: '' } });
    const reply = await submit.reply();
    expect(reply.api.content).toMatch(/^Made \d+ draft questions from “Council approves new cycle lanes despite traders' protest” \(`art-[0-9a-f]{10}`\)\./);
    const articleId = ARTICLE_ID.exec(reply.api.content ?? '')![0];
    expect(await services().articles.list(guildId())).toMatchObject([{ id: articleId, status: 'draft', fileName: null }]);

    const discard = await fake.dispatchButton({ message: reply, customId: button(reply, /^Discard/), member: moderator, user: mod }).reply();
    expect(discard.api.content).toMatch(/^Discarded “Council approves new cycle lanes despite traders' protest” \(`art-[0-9a-f]{10}`\) and its \d+ draft questions\.$/);
    expect(discard.api.embeds).toEqual([]);
    expect(buttonsOf(discard.api)).toEqual([]);
    await storedNothing();
  });
});

describe('/article list and remove', () => {
  it('list shows id, title, question count and state; remove takes the questions with it', async () => {
    const first = await upload('harbour-seagrass.md', seagrass).reply();
    await fake.dispatchButton({ message: first, customId: button(first, /^Publish/), member: moderator, user: mod }).reply();
    await upload('council.txt', council).reply();
    const [published, draft] = await services().articles.list(guildId());

    const list = await fake.dispatchCommand({ name: 'article', subcommand: 'list', member: moderator, user: mod }).reply();
    expect(list.ephemeral).toBe(true);
    expect(list.api.content).toBe('This server has 2 of at most 50 articles. `/article remove id` removes one with its questions.');
    expect(list.api.embeds![0]!.description).toBe(
      [
        `\`${published!.id}\` **Seagrass meadows return to Kellan Bay after a decade of restoration** · ${published!.questionCount} questions · published`,
        `\`${draft!.id}\` **Council approves new cycle lanes despite traders' protest** · ${draft!.questionCount} questions · draft`,
      ].join('\n'),
    );

    const removed = await fake.dispatchCommand({ name: 'article', subcommand: 'remove', options: { id: published!.id }, member: moderator, user: mod }).reply();
    expect(removed.api.content).toBe(`Removed “Seagrass meadows return to Kellan Bay after a decade of restoration” (\`${published!.id}\`) and its ${published!.questionCount} questions.`);
    expect(await services().serverQuestions.all(guildId())).toEqual([]);
    expect((await services().articles.list(guildId())).map((article) => article.id)).toEqual([draft!.id]);

    const unknown = await fake.dispatchCommand({ name: 'article', subcommand: 'remove', options: { id: published!.id }, member: moderator, user: mod }).reply();
    expect(unknown.api.content).toBe(`There is no article \`${published!.id}\` on this server: \`/article list\` shows their ids.`);
  });
});

describe('who may manage articles, and quotas', () => {
  it('refuses members without Manage Server or the moderator role, for add, list, remove and the buttons, changing nothing', async () => {
    const refusal = /^Only moderators can do this/;
    const member = { permissions: 0n };
    expect((await upload('harbour-seagrass.md', seagrass, member).reply()).api.content).toMatch(refusal);
    const form = fake.dispatchCommand({ name: 'article', subcommand: 'add', member });
    expect((await form.reply()).api.content).toMatch(refusal);
    expect(form.modal).toBeUndefined();
    await storedNothing();

    const draft = await upload('harbour-seagrass.md', seagrass).reply();
    const before = await services().articles.list(guildId());
    expect((await fake.dispatchCommand({ name: 'article', subcommand: 'list', member }).reply()).api.content).toMatch(refusal);
    expect((await fake.dispatchCommand({ name: 'article', subcommand: 'remove', options: { id: before[0]!.id }, member }).reply()).api.content).toMatch(refusal);
    const click = fake.dispatchButton({ message: draft, customId: button(draft, /^Publish/), member, force: true });
    expect((await click.reply()).api.content).toMatch(refusal);
    expect(await services().articles.list(guildId())).toEqual(before);
    expect(await services().serverQuestions.all(guildId())).toEqual([]);

    // The moderator role counts as well as Manage Server.
    const editors = fake.role('Editors');
    expect((await fake.dispatchCommand({ name: 'article', subcommand: 'list', member: { roles: [editors.id] } }).reply()).api.content).toMatch(refusal);
    await services().serverConfig.update(guildId(), { moderatorRoleId: editors.id });
    expect((await fake.dispatchCommand({ name: 'article', subcommand: 'list', member: { roles: [editors.id] } }).reply()).api.content).toMatch(/^This server has 1 of/);
    await services().serverConfig.update(guildId(), { moderatorRoleId: null });
  });

  it('a full article quota is refused with a clear message, before any upload or form, changing nothing', async () => {
    await upload('harbour-seagrass.md', seagrass).reply();
    await services().serverConfig.update(guildId(), { quotas: { maxServerArticles: 1 } });
    const before = await services().articles.list(guildId());
    const message = 'This server has 1 article, the most allowed; remove one with `/article remove` first.';

    const byFile = upload('council.txt', council);
    expect((await byFile.callback()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect((await byFile.reply()).api.content).toBe(message);
    const byForm = fake.dispatchCommand({ name: 'article', subcommand: 'add', member: moderator, user: mod });
    expect((await byForm.reply()).api.content).toBe(message);
    expect(byForm.modal).toBeUndefined();
    expect(await services().articles.list(guildId())).toEqual(before);
  });

  it('a publish past the question quota is refused with a clear message; the drafts stay, nothing is published', async () => {
    const draft = await upload('harbour-seagrass.md', seagrass).reply();
    const made = Number(/^Made (\d+)/.exec(draft.api.content ?? '')![1]);
    await services().serverQuestions.add({ guildId: guildId(), question: { stem: 'Which river runs through the old town?', correct: 'the Orrin', wrong: ['the Vale', 'the Bly'] } });
    await services().serverConfig.update(guildId(), { quotas: { maxServerQuestions: made } });

    const click = fake.dispatchButton({ message: draft, customId: button(draft, /^Publish/), member: moderator, user: mod });
    const refused = await click.reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.api.content).toBe(
      `Publishing ${made} questions would give this server ${made + 1}, more than the ${made} allowed; remove some with \`/article remove\` or \`/question remove\` first. Nothing was published.`,
    );
    expect(buttonsOf(fake.message(draft.api.id)!.api).map((candidate) => candidate.label)).toEqual([`Publish ${made} questions`, 'Discard the article']);
    expect(await services().articles.list(guildId())).toMatchObject([{ status: 'draft', questionCount: made }]);
    expect(await services().serverQuestions.all(guildId())).toHaveLength(1);
    for (const question of await services().serverQuestions.all(guildId())) await services().serverQuestions.remove({ guildId: guildId(), questionId: question.id });
  });

  it('a bot started with QUIZBOT_MAX_SERVER_ARTICLES=1 in its environment refuses the second article with the quota message, storing nothing', async () => {
    const parsed = parseConfig({ STORE_URL: `sqlite://${newStoreFile()}`, QUIZBOT_MAX_SERVER_ARTICLES: '1' });
    if (!parsed.ok) throw new Error(parsed.message);
    const limitedFake = new FakeDiscord();
    await limitedFake.start();
    // The services as `quizbot start` opens them from its configuration.
    const limited = await startTestBot(limitedFake, { commands: [articleCommand], services: await openBotServices(parsed.config, createMemoryLogger().logger) });
    try {
      const owner = limitedFake.createUser('moderator');
      const add = (filename: string, content: string) =>
        limitedFake.dispatchCommand({ name: 'article', subcommand: 'add', options: { file: { filename, content } }, member: moderator, user: owner });
      expect((await add('harbour-seagrass.md', seagrass).reply()).api.content).toMatch(/^Made \d+ draft questions/);
      const [first] = await limited.services.articles.list(limitedFake.guild.id);

      const second = add('council.txt', council);
      expect((await second.callback()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect((await second.reply()).api.content).toBe('This server has 1 article, the most allowed; remove one with `/article remove` first.');
      expect(await limited.services.articles.list(limitedFake.guild.id)).toEqual([first]);
      expect(await limited.services.serverQuestions.all(limitedFake.guild.id)).toEqual([]);
      const list = limitedFake.dispatchCommand({ name: 'article', subcommand: 'list', member: moderator, user: owner });
      expect((await list.reply()).api.content).toMatch(/^This server has 1 of at most 1 articles\./);
      limitedFake.assertNoViolations();
    } finally {
      await limited.stop();
      await limitedFake.stop();
    }
  });
});
