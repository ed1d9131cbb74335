import { describe, expect, it } from 'vitest';
import { openQuizStore } from '../../src/storage/quiz-store.ts';
import { loadFixtureBank } from '../fixtures/bank/fixture-bank.ts';
import { captureLogger, useTempDir } from '../storage/support/temp-store.ts';
import { openTestServices } from './support/harness.ts';

const temp = useTempDir();
const bank = await loadFixtureBank();
const form = {
  stem: 'Which river runs through the old town?',
  correct: 'the Orrin',
  wrong: ['the Vale', 'the Bly'],
  passage: 'The Orrin runs through the old town.',
  title: 'Town notes',
};

describe('server questions and settings', () => {
  it('adds a moderator question, lists, exports and removes it', async () => {
    const { services } = await openTestServices(temp.storeUrl());
    const added = await services.serverQuestions.add({ guildId: 'g1', question: form });
    expect(added).toMatchObject({ ok: true, question: { stem: form.stem, choices: ['the Orrin', 'the Vale', 'the Bly'], answerIndex: 0, origin: 'moderator' } });
    const id = added.ok ? added.question.id : '';
    expect(await services.serverQuestions.list({ guildId: 'g1' })).toMatchObject({ total: 1, page: 1, pageCount: 1, questions: [{ id }] });
    expect((await services.serverQuestions.exportBank('g1')).questions.map((question) => question.id)).toEqual([id]);
    expect(await services.catalogue.find('g1', id)).toBeDefined();
    expect(await services.catalogue.find('other-guild', id)).toBeUndefined();
    expect(await services.serverQuestions.remove({ guildId: 'g1', questionId: id })).toBe(true);
    expect(await services.serverQuestions.remove({ guildId: 'g1', questionId: id })).toBe(false);
    await services.close();
  });

  it('explains what is wrong with a bad form, and stores nothing', async () => {
    const { services } = await openTestServices(temp.storeUrl());
    expect(await services.serverQuestions.add({ guildId: 'g1', question: { ...form, wrong: ['only one'] } })).toEqual({ ok: false, problems: ['wrong: at least 2 wrong answers'] });
    expect(await services.serverQuestions.add({ guildId: 'g1', question: { ...form, wrong: ['The Orrin', 'x'] } })).toMatchObject({ ok: false, problems: [expect.stringContaining('appears twice')] });
    expect(await services.serverQuestions.add({ guildId: 'g1', question: { ...form, passage: 'Nothing about rivers.' } })).toMatchObject({ ok: false, problems: [expect.stringContaining('does not appear in the cited passage')] });
    expect((await services.serverQuestions.list({ guildId: 'g1' })).total).toBe(0);
    await services.close();
  });

  it('replaces all questions from an import file atomically, or reports the problems and changes nothing', async () => {
    const { services } = await openTestServices(temp.storeUrl());
    expect(await services.serverQuestions.replaceAll({ guildId: 'g1', file: bank })).toEqual({ ok: true, count: bank.questions.length });
    const broken = { questions: [bank.questions[0], { ...bank.questions[1], answerIndex: 9 }] };
    const refused = await services.serverQuestions.replaceAll({ guildId: 'g1', file: broken });
    expect(refused).toEqual({ ok: false, problems: ['questions[1].answerIndex: must point at one of the 4 choices'] });
    expect(await services.serverQuestions.importText({ guildId: 'g1', text: '{"questions": [' })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^not valid JSON/)] });
    expect((await services.serverQuestions.list({ guildId: 'g1' })).total).toBe(bank.questions.length);
    expect(await services.serverQuestions.importText({ guildId: 'g1', text: JSON.stringify({ questions: bank.questions.slice(0, 2) }) })).toEqual({ ok: true, count: 2 });
    expect((await services.serverQuestions.list({ guildId: 'g1' })).total).toBe(2);
    await services.close();
  });

  it('the question-source setting decides what rounds draw from; quotas cap a server', async () => {
    const { services } = await openTestServices(temp.storeUrl());
    expect(await services.serverConfig.get('g1')).toEqual({ moderatorRoleId: null, questionSource: 'both', quotas: { maxServerQuestions: 1000, maxActiveRounds: 5, maxServerArticles: 50 } });
    await services.serverQuestions.add({ guildId: 'g1', question: form });
    expect(await services.catalogue.questions('g1')).toHaveLength(bank.questions.length + 1);

    expect(await services.serverConfig.update('g1', { questionSource: 'server', moderatorRoleId: '123456789012345678' })).toMatchObject({ ok: true });
    expect((await services.catalogue.questions('g1')).map((question) => question.stem)).toEqual([form.stem]);
    const round = await services.rounds.startRound({ guildId: 'g1', channelId: 'c1' });
    expect(round).toMatchObject({ ok: true, round: { stem: form.stem } });

    await services.serverConfig.update('g1', { questionSource: 'shipped' });
    expect(await services.catalogue.questions('g1')).toHaveLength(bank.questions.length);
    expect(await services.catalogue.articles('g1')).toEqual([
      { id: 'harbour-bridge', title: 'Harbour bridge reopens after two-year repair', questionCount: 5 },
      { id: 'comet-survey', title: 'Observatory survey finds a faint new comet', questionCount: 3 },
    ]);

    expect(await services.serverConfig.update('g1', { quotas: { maxServerQuestions: 1 } })).toMatchObject({ ok: true, config: { questionSource: 'shipped', quotas: { maxServerQuestions: 1, maxActiveRounds: 5 } } });
    expect(await services.serverQuestions.add({ guildId: 'g1', question: { ...form, stem: 'Which river is it?' } })).toMatchObject({ ok: false, problems: [expect.stringContaining('the most allowed (1)')] });
    expect(await services.serverConfig.update('g1', { questionSource: 'everything' as never })).toMatchObject({ ok: false, problems: [expect.stringContaining('questionSource')] });
    expect(await services.serverConfig.update('g1', { moderatorRoleId: 'admins' })).toMatchObject({ ok: false, problems: [expect.stringContaining('role id')] });
    await services.close();
  });

  it("the bot's default quotas reach every server that has not set its own; a server's own are stored alone and kept", async () => {
    const first = await openTestServices(temp.storeUrl(), { defaultQuotas: { maxServerQuestions: 3, maxActiveRounds: 2, maxServerArticles: 1 } });
    expect((await first.services.serverConfig.get('g1')).quotas).toEqual({ maxServerQuestions: 3, maxActiveRounds: 2, maxServerArticles: 1 });
    await first.services.serverConfig.update('g1', { moderatorRoleId: '123456789012345678' });
    // The old built-in default, set on purpose, is a server's own setting like any other.
    expect(await first.services.serverConfig.update('g1', { quotas: { maxServerArticles: 50 } })).toMatchObject({ ok: true, config: { quotas: { maxServerQuestions: 3, maxActiveRounds: 2, maxServerArticles: 50 } } });
    expect(await first.services.serverConfig.update('g1', { quotas: { maxArticles: 2 } as never })).toMatchObject({ ok: false, problems: [expect.stringContaining('maxArticles')] });
    await first.services.close();

    const store = await openQuizStore({ storeUrl: temp.storeUrl(), logger: captureLogger().logger });
    expect(await store.serverConfigs.get('g1')).toEqual({ v: 2, config: { moderatorRoleId: '123456789012345678', questionSource: 'both', quotas: { maxServerArticles: 50 } } });
    await store.close();

    // The bot owner changes the defaults: servers follow them, except for what they set themselves.
    const { services } = await openTestServices(temp.storeUrl(), { defaultQuotas: { maxServerQuestions: 1000, maxActiveRounds: 5, maxServerArticles: 10 } });
    expect(await services.serverConfig.get('g1')).toEqual({ moderatorRoleId: '123456789012345678', questionSource: 'both', quotas: { maxServerQuestions: 1000, maxActiveRounds: 5, maxServerArticles: 50 } });
    expect((await services.serverConfig.get('g2')).quotas).toEqual({ maxServerQuestions: 1000, maxActiveRounds: 5, maxServerArticles: 10 });
    // null gives a quota back to the bot's default.
    expect(await services.serverConfig.update('g1', { quotas: { maxServerArticles: null } })).toMatchObject({ ok: true, config: { quotas: { maxServerArticles: 10 } } });
    await services.close();
  });

  it('settings stored with every quota written in read as not set where they hold the old defaults, so the bot owner\'s defaults apply', async () => {
    const store = await openQuizStore({ storeUrl: temp.storeUrl(), logger: captureLogger().logger });
    const written = (quotas: object) => ({ v: 1, config: { moderatorRoleId: '123456789012345678', questionSource: 'server', quotas } }) as never;
    await store.serverConfigs.update('defaults', () => ({ result: undefined, next: written({ maxServerQuestions: 1000, maxActiveRounds: 5, maxServerArticles: 50 }) }));
    await store.serverConfigs.update('chosen', () => ({ result: undefined, next: written({ maxServerQuestions: 7, maxActiveRounds: 5, maxServerArticles: 2 }) }));
    await store.serverConfigs.update('before-articles', () => ({ result: undefined, next: written({ maxServerQuestions: 1000, maxActiveRounds: 3 }) }));
    await store.close();

    const { services, log } = await openTestServices(temp.storeUrl(), { defaultQuotas: { maxServerQuestions: 200, maxActiveRounds: 4, maxServerArticles: 1 } });
    expect(await services.serverConfig.get('defaults')).toEqual({ moderatorRoleId: '123456789012345678', questionSource: 'server', quotas: { maxServerQuestions: 200, maxActiveRounds: 4, maxServerArticles: 1 } });
    expect((await services.serverConfig.get('chosen')).quotas).toEqual({ maxServerQuestions: 7, maxActiveRounds: 4, maxServerArticles: 2 });
    expect((await services.serverConfig.get('before-articles')).quotas).toEqual({ maxServerQuestions: 200, maxActiveRounds: 3, maxServerArticles: 1 });

    // The next change stores only what the server set.
    await services.serverConfig.update('defaults', { questionSource: 'both' });
    await services.serverConfig.update('chosen', { quotas: { maxServerQuestions: 8 } });
    await services.close();
    const reread = await openQuizStore({ storeUrl: temp.storeUrl(), logger: captureLogger().logger });
    expect(await reread.serverConfigs.get('defaults')).toEqual({ v: 2, config: { moderatorRoleId: '123456789012345678', questionSource: 'both', quotas: {} } });
    expect(await reread.serverConfigs.get('chosen')).toEqual({ v: 2, config: { moderatorRoleId: '123456789012345678', questionSource: 'server', quotas: { maxServerQuestions: 8, maxServerArticles: 2 } } });
    await reread.close();
    // Read as they are, not skipped as corrupt.
    expect(log.warnings()).toEqual([]);
  });
});
