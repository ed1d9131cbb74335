import { describe, expect, it } from 'vitest';
import { FIRST_CORRECT_BONUS, POINTS_PER_CORRECT } from '../../src/engine/scoring.ts';
import { readRoundAnswers } from '../../src/services/rounds/answer-round.ts';
import { openQuizStore } from '../../src/storage/quiz-store.ts';
import type { RoundView } from '../../src/services/index.ts';
import { loadFixtureBank } from '../fixtures/bank/fixture-bank.ts';
import { captureLogger, useTempDir } from '../storage/support/temp-store.ts';
import { eventually, openTestServices } from './support/harness.ts';

const temp = useTempDir();
const bank = await loadFixtureBank();

function correctIndex(round: RoundView): number {
  const question = bank.questions.find((candidate) => candidate.id === round.questionId)!;
  return round.choices.indexOf(question.choices[question.answerIndex]!);
}

async function start(services: Awaited<ReturnType<typeof openTestServices>>['services'], extra: { channelId?: string; seconds?: number } = {}) {
  const started = await services.rounds.startRound({ guildId: 'g1', channelId: extra.channelId ?? 'c1', seconds: extra.seconds ?? 20, adapterRef: { message: 'm1' } });
  if (!started.ok) throw new Error(started.message);
  return started.round;
}

describe('channel rounds', () => {
  it('a double answer is counted once', async () => {
    const { services, time, ends } = await openTestServices(temp.storeUrl());
    const round = await start(services);
    const right = correctIndex(round);
    const outcomes = await Promise.all([
      services.rounds.answerRound({ roundId: round.id, userId: 'alice', choice: right }),
      services.rounds.answerRound({ roundId: round.id, userId: 'alice', choice: right }),
      services.rounds.answerRound({ roundId: round.id, userId: 'alice', choice: (right + 1) % 4 }),
    ]);
    expect(outcomes.sort()).toEqual(['already-answered', 'already-answered', 'locked-in']);
    time.advance(20_000);
    await eventually(() => ends.length === 1, 'the reveal');
    expect(await services.rounds.answerRound({ roundId: round.id, userId: 'alice', choice: right })).toBe('round-closed');
    expect(await services.leaderboard.stats({ guildId: 'g1', userId: 'alice' })).toMatchObject({ answered: 1, correct: 1, points: POINTS_PER_CORRECT + FIRST_CORRECT_BONUS });
    await services.close();
  });

  it('200 concurrent answers to one round: 200 answers on record and correct totals', async () => {
    const { services, time, ends } = await openTestServices(temp.storeUrl());
    const round = await start(services);
    const right = correctIndex(round);
    const users = Array.from({ length: 200 }, (_, index) => `user${index}`);
    const choiceOf = (index: number) => (index % 3 === 0 ? (right + 1) % 4 : right);
    const outcomes = await Promise.all(users.map((userId, index) => services.rounds.answerRound({ roundId: round.id, userId, choice: choiceOf(index), now: time.now() + index })));
    expect(outcomes.every((outcome) => outcome === 'locked-in')).toBe(true);

    // Read back through a second connection: every acknowledged answer is in the stored round.
    const reader = await openQuizStore({ storeUrl: temp.storeUrl(), logger: captureLogger().logger });
    expect((await readRoundAnswers(reader, (await reader.rounds.get(round.id))!)).answered.size).toBe(200);
    await reader.close();

    time.advance(20_000);
    await eventually(() => ends.length === 1, 'the reveal');
    const correctUsers = users.filter((_, index) => choiceOf(index) === right);
    expect(ends[0]!.firstCorrect).toEqual({ userId: 'user1', bonus: FIRST_CORRECT_BONUS });
    const board = await services.leaderboard.page({ guildId: 'g1', pageSize: 50 });
    expect(board.totalPlayers).toBe(200);
    let total = 0;
    for (let page = 1; page <= board.pageCount; page += 1) {
      for (const row of (await services.leaderboard.page({ guildId: 'g1', page, pageSize: 50 })).rows) total += row.points;
    }
    expect(total).toBe(correctUsers.length * POINTS_PER_CORRECT + FIRST_CORRECT_BONUS);
    expect(await services.leaderboard.stats({ guildId: 'g1', userId: 'user0' })).toMatchObject({ answered: 1, correct: 0, points: 0 });
    await services.close();
  });

  it('reveals at the deadline: correct choice, cited passage and title, who was right, the adapter reference', async () => {
    const { services, time, ends } = await openTestServices(temp.storeUrl());
    const round = await start(services);
    const right = correctIndex(round);
    expect(round).toMatchObject({ guildId: 'g1', channelId: 'c1', status: 'open', deadline: time.now() + 20_000 });
    await services.rounds.answerRound({ roundId: round.id, userId: 'slow', choice: right, now: time.now() + 9_000 });
    await services.rounds.answerRound({ roundId: round.id, userId: 'wrong', choice: (right + 2) % 4, now: time.now() + 1_000 });
    await services.rounds.answerRound({ roundId: round.id, userId: 'fast', choice: right, now: time.now() + 3_000 });

    time.advance(19_999);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ends).toHaveLength(0);
    time.advance(1);
    await eventually(() => ends.length === 1, 'the reveal');
    const question = bank.questions.find((candidate) => candidate.id === round.questionId)!;
    expect(ends[0]).toMatchObject({
      kind: 'revealed',
      correctChoice: right,
      correctAnswer: question.choices[question.answerIndex],
      source: { title: question.source!.title, passage: question.source!.passage },
      firstCorrect: { userId: 'fast', bonus: FIRST_CORRECT_BONUS },
      adapterRef: { message: 'm1' },
      round: { id: round.id, status: 'finished', answeredCount: 3 },
    });
    expect(ends[0]!.results.map((result) => [result.userId, result.correct, result.points])).toEqual([
      ['wrong', false, 0],
      ['fast', true, POINTS_PER_CORRECT + FIRST_CORRECT_BONUS],
      ['slow', true, POINTS_PER_CORRECT],
    ]);
    expect(await services.rounds.getRound(round.id)).toMatchObject({ view: { status: 'finished' }, end: { kind: 'revealed' } });
    await services.close();
  });

  it('refuses what cannot be answered, and a second round in a busy channel', async () => {
    const { services } = await openTestServices(temp.storeUrl());
    const round = await start(services);
    expect(await services.rounds.answerRound({ roundId: 'nope', userId: 'u', choice: 0 })).toBe('unknown-round');
    expect(await services.rounds.answerRound({ roundId: round.id, userId: 'u', choice: 7 })).toBe('invalid-choice');
    expect(await services.rounds.startRound({ guildId: 'g1', channelId: 'c1' })).toMatchObject({ ok: false, reason: 'channel-busy' });
    expect(await services.rounds.startRound({ guildId: 'g1', channelId: 'c2', topic: 'no such topic' })).toMatchObject({ ok: false, reason: 'no-questions' });
    await services.serverConfig.update('g1', { quotas: { maxActiveRounds: 2 } });
    expect(await services.rounds.startRound({ guildId: 'g1', channelId: 'c2' })).toMatchObject({ ok: true });
    expect(await services.rounds.startRound({ guildId: 'g1', channelId: 'c3' })).toMatchObject({ ok: false, reason: 'too-many-rounds' });
    await expect(services.rounds.startRound({ guildId: 'g1', channelId: 'c4', seconds: 500 })).rejects.toThrow(/seconds/);
    await services.close();
  });

  it('avoids recent repeats in a channel: consecutive rounds cycle through the pool', async () => {
    const { services, time, ends } = await openTestServices(temp.storeUrl());
    const asked: string[] = [];
    for (let index = 0; index < bank.questions.length; index += 1) {
      const round = await start(services, { seconds: 5 });
      asked.push(round.questionId);
      time.advance(5_000);
      await eventually(() => ends.length === index + 1, 'the reveal');
    }
    expect(new Set(asked).size).toBe(bank.questions.length);
    await services.close();
  });

  it('after a restart, resumes a running round, reveals a due one and expires a stale one', async () => {
    const first = await openTestServices(temp.storeUrl());
    const running = await start(first.services, { channelId: 'running', seconds: 120 });
    const due = await start(first.services, { channelId: 'due', seconds: 5 });
    const stale = await start(first.services, { channelId: 'stale', seconds: 5 });
    for (const round of [running, due, stale]) await first.services.rounds.answerRound({ roundId: round.id, userId: 'alice', choice: correctIndex(round) });
    await first.services.close();

    // Move the stale round's deadline back as if the bot had been down for an hour for it.
    const store = await openQuizStore({ storeUrl: temp.storeUrl(), logger: captureLogger().logger });
    await store.rounds.update(stale.id, (round) => ({ result: undefined, next: { ...round!, deadline: round!.deadline - 60 * 60_000 } }));
    await store.close();

    const time = first.time;
    time.current += 10_000;
    const second = await openTestServices(temp.storeUrl(), { time });
    const summary = await second.services.rounds.restore({ guildIds: ['g1'] });
    expect(summary).toEqual({ resumed: 1, revealed: 1, expired: 1, dropped: 0 });
    expect(second.ends.map((end) => [end.round.channelId, end.kind])).toEqual(expect.arrayContaining([['due', 'revealed'], ['stale', 'expired']]));
    expect(second.ends.find((end) => end.kind === 'expired')!.results.every((result) => result.points === 0)).toBe(true);

    time.advance(120_000);
    await eventually(() => second.ends.length === 3, 'the resumed round');
    expect(second.ends[2]).toMatchObject({ kind: 'revealed', round: { id: running.id } });
    // Two rounds scored; the expired one gave nothing.
    expect(await second.services.leaderboard.stats({ guildId: 'g1', userId: 'alice' })).toMatchObject({ answered: 2, correct: 2, streak: 2 });
    expect(await second.services.rounds.startRound({ guildId: 'g1', channelId: 'stale' })).toMatchObject({ ok: true });
    await second.services.close();
  });
});
