import { describe, expect, it } from 'vitest';
import { openQuizStore } from '../../src/storage/quiz-store.ts';
import { loadFixtureBank } from '../fixtures/bank/fixture-bank.ts';
import { captureLogger, useTempDir } from '../storage/support/temp-store.ts';
import { eventually, openTestServices, T0 } from './support/harness.ts';

const temp = useTempDir();
const WEEK = 7 * 86_400_000;

describe('leaderboard and stats', () => {
  it('pages the top players and shows the viewer their own rank off the page', async () => {
    // 25 players; player pN has won N rounds.
    const seed = await openQuizStore({ storeUrl: temp.storeUrl(), logger: captureLogger().logger });
    for (let round = 0; round < 25; round += 1) {
      const players = Array.from({ length: 25 - round }, (_, index) => ({ userId: `p${25 - index}`, answer: { correct: true, points: 10 } }));
      await seed.scores.apply('g1', `r${round}`, players, '2025-W10');
    }
    await seed.close();

    const { services: reopened } = await openTestServices(temp.storeUrl());
    const first = await reopened.leaderboard.page({ guildId: 'g1', viewerId: 'p3' });
    expect(first).toMatchObject({ period: 'all-time', page: 1, pageCount: 3, totalPlayers: 25, pageSize: 10 });
    expect(first.rows.map((row) => [row.rank, row.userId, row.points])).toEqual(Array.from({ length: 10 }, (_, index) => [index + 1, `p${25 - index}`, (25 - index) * 10]));
    expect(first.viewer).toMatchObject({ rank: 23, userId: 'p3', points: 30, accuracy: 1, streak: 3 });
    const last = await reopened.leaderboard.page({ guildId: 'g1', page: 99 });
    expect(last.page).toBe(3);
    expect(last.rows.map((row) => row.userId)).toEqual(['p5', 'p4', 'p3', 'p2', 'p1']);
    expect((await reopened.leaderboard.page({ guildId: 'g1', viewerId: 'stranger' })).viewer).toBeNull();
    await reopened.close();
  });

  it('stats: points, answered, correct, accuracy, streaks and rank; the weekly board resets with the week', async () => {
    const { services, time, ends } = await openTestServices(temp.storeUrl());
    const bank = await loadFixtureBank();
    const play = async (right: boolean) => {
      const started = await services.rounds.startRound({ guildId: 'g1', channelId: 'c1', seconds: 5 });
      if (!started.ok) throw new Error(started.message);
      const { round } = started;
      const question = bank.questions.find((candidate) => candidate.id === round.questionId)!;
      const correct = round.choices.indexOf(question.choices[question.answerIndex]!);
      await services.rounds.answerRound({ roundId: round.id, userId: 'alice', choice: right ? correct : (correct + 1) % 4 });
      await services.rounds.answerRound({ roundId: round.id, userId: 'bob', choice: (correct + 1) % 4 });
      const before = ends.length;
      time.advance(5_000);
      await eventually(() => ends.length === before + 1, 'the reveal');
    };
    for (const right of [true, true, false, true]) await play(right);
    const stats = await services.leaderboard.stats({ guildId: 'g1', userId: 'alice' });
    expect(stats).toMatchObject({ points: 45, answered: 4, correct: 3, accuracy: 0.75, streak: 1, bestStreak: 2, rank: 1, week: { id: '2025-W10', points: 45, rank: 1 } });

    time.current = T0 + WEEK;
    expect((await services.leaderboard.page({ guildId: 'g1', period: 'week' })).totalPlayers).toBe(0);
    expect((await services.leaderboard.page({ guildId: 'g1' })).totalPlayers).toBe(2);
    await play(false);
    const week = await services.leaderboard.page({ guildId: 'g1', period: 'week', viewerId: 'alice' });
    expect(week).toMatchObject({ weekId: '2025-W11', totalPlayers: 2, viewer: { points: 0, answered: 1 } });
    expect(await services.leaderboard.stats({ guildId: 'g1', userId: 'alice' })).toMatchObject({ points: 45, answered: 5, week: { id: '2025-W11', points: 0, answered: 1 } });
    expect(await services.leaderboard.stats({ guildId: 'g1', userId: 'nobody' })).toMatchObject({ points: 0, rank: null, week: { rank: null } });
    await services.close();
  });
});
