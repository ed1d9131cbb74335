import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/random.ts';
import { openQuizStore } from '../../src/storage/quiz-store.ts';
import { bucketOf } from '../../src/storage/scores/score-store.ts';
import { captureLogger, useTempDir } from './support/temp-store.ts';
import { writeRawValue } from './support/raw-sqlite.ts';

const temp = useTempDir();
const W1 = '2025-W10';
const W2 = '2025-W11';

async function open() {
  const log = captureLogger();
  const store = await openQuizStore({ storeUrl: temp.storeUrl(), logger: log.logger });
  return { store, log };
}

describe('scores on a SQLite file', () => {
  it('1,000 interleaved updates across 50 users: every total equals the sum of its updates, also after reopening', async () => {
    const { store } = await open();
    const random = seededRandom(3);
    const expected = new Map<string, { points: number; answered: number; correct: number }>();
    const updates = Array.from({ length: 1_000 }, (_, index) => {
      const userId = `user${Math.floor(random() * 50)}`;
      const correct = random() < 0.6;
      const points = correct ? 10 + Math.floor(random() * 6) : 0;
      const total = expected.get(userId) ?? { points: 0, answered: 0, correct: 0 };
      expected.set(userId, { points: total.points + points, answered: total.answered + 1, correct: total.correct + (correct ? 1 : 0) });
      return { batchId: `round${index}`, userId, answer: { correct, points } };
    });
    await Promise.all(updates.map(({ batchId, userId, answer }) => store.scores.apply('g1', batchId, [{ userId, answer }], W1)));

    const check = (scores: Map<string, { points: number; answered: number; correct: number }>) => {
      expect(scores.size).toBe(expected.size);
      for (const [userId, total] of expected) expect(scores.get(userId)).toMatchObject(total);
    };
    check(await store.scores.readAll('g1'));
    await store.close();

    const reopened = await open();
    check(await reopened.store.scores.readAll('g1'));
    await reopened.store.close();
  });

  it('applying the same batch twice counts it once', async () => {
    const { store } = await open();
    const batch = [
      { userId: 'a', answer: { correct: true, points: 15 } },
      { userId: 'b', answer: { correct: false, points: 0 } },
    ];
    await store.scores.apply('g1', 'round-x', batch, W1);
    const again = await store.scores.apply('g1', 'round-x', batch, W1);
    expect(again.get('a')).toMatchObject({ points: 15, answered: 1, streak: 1 });
    expect(await store.scores.get('g1', 'b')).toMatchObject({ points: 0, answered: 1, streak: 0 });
    await store.close();
  });

  it('keeps the leaderboard index equal to the stored scores, including writes made while it loads', async () => {
    const { store } = await open();
    await Promise.all(Array.from({ length: 300 }, (_, index) => store.scores.apply('g1', `seed${index}`, [{ userId: `u${index}`, answer: { correct: true, points: index } }], W1)));
    await store.close();

    const { store: reopened } = await open();
    const loading = reopened.leaderboards.boards('g1', W1);
    const during = reopened.scores.apply('g1', 'late', [{ userId: 'u0', answer: { correct: true, points: 1_000 } }], W1);
    const [boards] = await Promise.all([loading, during]);
    await reopened.scores.apply('g1', 'later', [{ userId: 'u1', answer: { correct: true, points: 2_000 } }], W1);

    const truth = [...(await reopened.scores.readAll('g1'))].sort(([a, x], [b, y]) => y.points - x.points || y.correct - x.correct || (a < b ? -1 : 1));
    expect(boards.allTime.size).toBe(300);
    expect(boards.allTime.slice(0, 300).map((entry) => [entry.userId, entry.points])).toEqual(truth.map(([userId, score]) => [userId, score.points]));
    expect(boards.allTime.rankOf('u1')).toBe(1);
    expect(boards.allTime.rankOf('u0')).toBe(2);
    await reopened.close();
  });

  it('week rollover empties the weekly board and leaves the all-time board alone', async () => {
    const { store } = await open();
    await store.scores.apply('g1', 'r1', [{ userId: 'a', answer: { correct: true, points: 15 } }, { userId: 'b', answer: { correct: true, points: 10 } }], W1);
    let boards = await store.leaderboards.boards('g1', W1);
    expect(boards.week.slice(0, 10).map((entry) => [entry.userId, entry.points])).toEqual([['a', 15], ['b', 10]]);

    boards = await store.leaderboards.boards('g1', W2);
    expect(boards.week.size).toBe(0);
    expect(boards.allTime.slice(0, 10).map((entry) => [entry.userId, entry.points])).toEqual([['a', 15], ['b', 10]]);

    await store.scores.apply('g1', 'r2', [{ userId: 'b', answer: { correct: true, points: 10 } }], W2);
    boards = await store.leaderboards.boards('g1', W2);
    expect(boards.week.slice(0, 10).map((entry) => [entry.userId, entry.points, entry.answered])).toEqual([['b', 10, 1]]);
    expect(boards.allTime.slice(0, 10).map((entry) => [entry.userId, entry.points])).toEqual([['b', 20], ['a', 15]]);
    await store.close();
  });

  it('a damaged bucket is skipped with a warning; the rest of the board still loads', async () => {
    const { store } = await open();
    const users = Array.from({ length: 60 }, (_, index) => `u${index}`);
    await store.scores.apply('g1', 'r1', users.map((userId) => ({ userId, answer: { correct: true, points: 10 } })), W1);
    await store.close();

    const broken = bucketOf(users[0]!);
    const invalid = bucketOf(users.find((userId) => bucketOf(userId) !== broken)!);
    const lost = users.filter((userId) => [broken, invalid].includes(bucketOf(userId)));
    await writeRawValue(temp.storeUrl(), `scores:g1:${broken}`, '{"value": {"v": 1, "applied"');
    await writeRawValue(temp.storeUrl(), `scores:g1:${invalid}`, JSON.stringify({ value: { v: 1, applied: [], users: ['x'], stats: [10, 1, 1, 1, 1, 202510, 10, 1, -1] } }));

    const reopened = await open();
    const scores = await reopened.store.scores.readAll('g1');
    expect(scores.size).toBe(users.length - lost.length);
    expect(lost.some((userId) => scores.has(userId))).toBe(false);
    const warnings = reopened.log.warnings();
    expect(warnings.map((line) => [line.key, String(line.problems)])).toEqual(
      expect.arrayContaining([
        [`scores:g1:${broken}`, expect.stringContaining('not valid JSON')],
        [`scores:g1:${invalid}`, expect.stringContaining('non-negative integers')],
      ]),
    );
    // The board still serves everyone else, and the next write to a damaged bucket starts it afresh.
    expect((await reopened.store.leaderboards.boards('g1', W1)).allTime.size).toBe(users.length - lost.length);
    await reopened.store.scores.apply('g1', 'r2', [{ userId: users[0]!, answer: { correct: true, points: 10 } }], W1);
    expect(await reopened.store.scores.get('g1', users[0]!)).toMatchObject({ points: 10, answered: 1 });
    await reopened.store.close();
  });
});
