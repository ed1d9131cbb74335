import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkQuestionsAgainstArticle } from '../../src/generation/index.ts';
import { inProcessArticleGenerator, WorkerArticleGenerator, type QuizServices } from '../../src/services/index.ts';
import { openQuizStore } from '../../src/storage/quiz-store.ts';
import { captureLogger, useTempDir } from '../storage/support/temp-store.ts';
import { openTestServices } from './support/harness.ts';

const temp = useTempDir();
const seagrass = readFileSync(new URL('../e2e/fixtures/harbour-seagrass.md', import.meta.url), 'utf8');
const council = readFileSync(new URL('../fixtures/articles/local-council-story.txt', import.meta.url), 'utf8');
const onlyFurniture = 'Sign up to our daily newsletter\nEnter your email address\nSubscribe\n\nShare on Facebook\nShare on Twitter\n';

let open: QuizServices[] = [];
afterEach(async () => {
  await Promise.all(open.map((services) => services.close()));
  open = [];
});

async function services(): Promise<QuizServices> {
  const opened = (await openTestServices(temp.storeUrl())).services;
  open.push(opened);
  return opened;
}

async function added(quiz: QuizServices, text: string, extra: { guildId?: string; title?: string } = {}) {
  const result = await quiz.articles.add({ guildId: extra.guildId ?? 'g1', text, fileName: 'harbour-seagrass.md', addedBy: 'mod1', ...(extra.title ? { title: extra.title } : {}) });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('server articles', () => {
  it('an added article becomes checked drafts, played only once published, each citing the stored text', async () => {
    const quiz = await services();
    const result = await added(quiz, seagrass);
    const { article, drafts } = result;
    expect(article).toMatchObject({ id: expect.stringMatching(/^art-[0-9a-f]{10}$/), title: 'Seagrass meadows return to Kellan Bay after a decade of restoration', status: 'draft', questionCount: drafts.length, fileName: 'harbour-seagrass.md', addedBy: 'mod1' });
    expect(drafts.length).toBeGreaterThanOrEqual(3);

    // The same checks as the shipped bank, against the text as stored.
    const stored = (await quiz.articles.get({ guildId: 'g1', articleId: article.id }))!;
    expect(stored.text).toBe(seagrass);
    expect(checkQuestionsAgainstArticle(drafts, stored.text)).toEqual([]);
    for (const question of drafts) {
      expect(question.source).toMatchObject({ article: article.id, title: article.title });
      expect(stored.text.slice(question.source!.start, question.source!.end)).toBe(question.source!.passage);
      expect(question.source!.passage).not.toMatch(/SUBSCRIBE|Photo:|Advertisement|Read more|donate/i);
    }

    expect(await quiz.catalogue.questions('g1', { article: article.id })).toEqual([]);
    const published = await quiz.articles.publish({ guildId: 'g1', articleId: article.id });
    expect(published).toMatchObject({ ok: true, published: drafts.length, article: { status: 'published', questionCount: drafts.length } });
    expect(await quiz.catalogue.questions('g1', { article: article.id })).toEqual(drafts);
    expect(await quiz.catalogue.questions('other-guild', { article: article.id })).toEqual([]);
    expect(await quiz.catalogue.articles('g1')).toContainEqual({ id: article.id, title: article.title, questionCount: drafts.length });

    // A round drawn from the server's own questions cites the article.
    await quiz.serverConfig.update('g1', { questionSource: 'server' });
    const round = await quiz.rounds.startRound({ guildId: 'g1', channelId: 'c1' });
    if (!round.ok) throw new Error(round.message);
    expect(round.round.article).toEqual({ id: article.id, title: article.title });
    const end = (await quiz.rounds.finishRoundNow(round.round.id))!;
    const asked = drafts.find((question) => question.id === round.round.questionId)!;
    expect(end.source).toEqual({ article: article.id, title: article.title, passage: asked.source!.passage });
    expect(seagrass.slice(asked.source!.start, asked.source!.end)).toBe(end.source!.passage);

    expect(await quiz.articles.publish({ guildId: 'g1', articleId: article.id })).toMatchObject({ ok: false, reason: 'already-published' });
    expect(await quiz.serverQuestions.list({ guildId: 'g1' })).toMatchObject({ total: drafts.length });
  });

  it('lists articles with their state and removes one with its questions', async () => {
    const quiz = await services();
    const first = await added(quiz, seagrass);
    const second = await added(quiz, council);
    await quiz.articles.publish({ guildId: 'g1', articleId: first.article.id });
    await quiz.serverQuestions.add({ guildId: 'g1', question: { stem: 'Which river runs through the old town?', correct: 'the Orrin', wrong: ['the Vale', 'the Bly'] } });
    expect(await quiz.articles.list('g1')).toEqual([
      expect.objectContaining({ id: first.article.id, status: 'published', questionCount: first.drafts.length }),
      expect.objectContaining({ id: second.article.id, status: 'draft', questionCount: second.drafts.length, title: 'Council approves new cycle lanes despite traders\' protest' }),
    ]);

    const removed = await quiz.articles.remove({ guildId: 'g1', articleId: first.article.id });
    expect(removed).toMatchObject({ ok: true, removedQuestions: first.drafts.length, article: { id: first.article.id } });
    expect((await quiz.serverQuestions.all('g1')).map((question) => question.stem)).toEqual(['Which river runs through the old town?']);
    expect(await quiz.articles.get({ guildId: 'g1', articleId: first.article.id })).toBeUndefined();
    expect((await quiz.articles.list('g1')).map((article) => article.id)).toEqual([second.article.id]);
    expect(await quiz.articles.remove({ guildId: 'g1', articleId: first.article.id })).toMatchObject({ ok: false, reason: 'unknown-article' });

    expect(await quiz.articles.discard({ guildId: 'g1', articleId: second.article.id })).toMatchObject({ ok: true });
    expect(await quiz.articles.list('g1')).toEqual([]);
    expect(await quiz.articles.publish({ guildId: 'g1', articleId: second.article.id })).toMatchObject({ ok: false, reason: 'unknown-article' });
  });

  it('refuses, storing nothing: the same text twice, a text with nothing to ask, and a full article quota', async () => {
    const quiz = await services();
    const first = await added(quiz, seagrass);
    expect(await quiz.articles.add({ guildId: 'g1', text: seagrass })).toMatchObject({ ok: false, reason: 'duplicate', article: { id: first.article.id } });
    expect(await quiz.articles.add({ guildId: 'g1', text: onlyFurniture })).toMatchObject({ ok: false, reason: 'no-questions' });

    await quiz.serverConfig.update('g1', { quotas: { maxServerArticles: 1 } });
    const refused = await quiz.articles.add({ guildId: 'g1', text: council });
    expect(refused).toEqual({
      ok: false,
      reason: 'article-quota',
      count: 1,
      limit: 1,
      message: 'This server has 1 article, the most allowed (1); remove one first.',
    });
    expect((await quiz.articles.list('g1')).map((article) => article.id)).toEqual([first.article.id]);
    // Another server has its own quota.
    expect(await quiz.articles.add({ guildId: 'g2', text: council })).toMatchObject({ ok: true });
  });

  it('keeps the question quota: drafts beyond the room are left out, a publish past it is refused and changes nothing', async () => {
    const quiz = await services();
    const first = await added(quiz, seagrass);
    await quiz.articles.publish({ guildId: 'g1', articleId: first.article.id });
    await quiz.serverConfig.update('g1', { quotas: { maxServerQuestions: first.drafts.length + 2 } });
    const second = await added(quiz, council);
    expect(second.drafts).toHaveLength(2);
    expect(second.overQuota).toBeGreaterThan(0);

    // The two drafts fitted when they were made; with one more question on the server they no longer do.
    await quiz.serverQuestions.add({ guildId: 'g1', question: { stem: 'Which river runs through the old town?', correct: 'the Orrin', wrong: ['the Vale', 'the Bly'] } });
    const before = await quiz.serverQuestions.all('g1');
    expect(await quiz.articles.publish({ guildId: 'g1', articleId: second.article.id })).toMatchObject({
      ok: false,
      reason: 'question-quota',
      count: first.drafts.length + 1,
      limit: first.drafts.length + 2,
      adding: 2,
    });
    expect(await quiz.serverQuestions.all('g1')).toEqual(before);
    expect((await quiz.articles.list('g1'))[1]).toMatchObject({ id: second.article.id, status: 'draft' });

    await quiz.serverQuestions.add({ guildId: 'g1', question: { stem: 'Which bridge crosses the Orrin?', correct: 'Kings Bridge', wrong: ['Mill Bridge', 'Old Bridge'] } });
    expect(await quiz.articles.checkRoom('g1')).toMatchObject({ ok: false, reason: 'question-quota', adding: 0 });
    expect(await quiz.articles.add({ guildId: 'g1', text: `${council}\nOne more line about the town.` })).toMatchObject({ ok: false, reason: 'question-quota' });
  });

  it('the worker thread generates exactly what the generator gives in process', async () => {
    const worker = new WorkerArticleGenerator({ logger: captureLogger().logger });
    try {
      const job = { articleId: 'art-0123456789', text: seagrass, fallbackTitle: 'Untitled' };
      const [inWorker, inProcess] = await Promise.all([worker.generate(job), inProcessArticleGenerator.generate(job)]);
      expect(inWorker.questions).toEqual(inProcess.questions);
      expect(inWorker.title).toBe(inProcess.title);
      // Jobs queue in one worker; it keeps serving after the first.
      expect((await worker.generate({ ...job, text: council })).questions.length).toBeGreaterThan(0);
    } finally {
      await worker.close();
    }
    await expect(worker.generate({ articleId: 'a', text: 'x', fallbackTitle: 'x' })).rejects.toThrow(/closed/);
  });

  it('a job over its time limit fails cleanly and the next one gets a fresh worker', async () => {
    const log = captureLogger();
    const worker = new WorkerArticleGenerator({ logger: log.logger, jobTimeoutMs: 1 });
    try {
      await expect(worker.generate({ articleId: 'art-0123456789', text: seagrass, fallbackTitle: 'x' })).rejects.toMatchObject({ reason: 'timeout' });
      expect(log.warnings().map((line) => line.msg)).toContain('article generation overran its time limit; restarting the worker');
    } finally {
      await worker.close();
    }
  });

  it('settings stored before the article quota existed read with its default', async () => {
    const store = await openQuizStore({ storeUrl: temp.storeUrl(), logger: captureLogger().logger });
    await store.serverConfigs.update('g1', () => ({ result: undefined, next: { v: 1, config: { moderatorRoleId: null, questionSource: 'both', quotas: { maxServerQuestions: 7, maxActiveRounds: 2 } } } as never }));
    await store.close();
    const quiz = await services();
    expect((await quiz.serverConfig.get('g1')).quotas).toEqual({ maxServerQuestions: 7, maxActiveRounds: 2, maxServerArticles: 50 });
    await quiz.serverConfig.update('g1', { quotas: { maxServerQuestions: 9 } });
    await quiz.serverConfig.update('g1', { quotas: { maxServerArticles: 3 } });
    await quiz.serverConfig.update('g1', { quotas: { maxActiveRounds: 4 } });
    expect((await quiz.serverConfig.get('g1')).quotas).toEqual({ maxServerQuestions: 9, maxActiveRounds: 4, maxServerArticles: 3 });
  });
});
