import { describe, expect, it } from 'vitest';
import { compareRanked, Ranking, type Ranked } from '../../src/storage/leaderboard/ranking.ts';
import { seededRandom } from '../../src/engine/random.ts';

describe('Ranking', () => {
  it('agrees with a full sort after thousands of random score changes', () => {
    const random = seededRandom(42);
    const truth = new Map<string, Ranked>();
    const ranking = new Ranking<Ranked>();
    for (let step = 0; step < 5_000; step += 1) {
      const userId = `u${Math.floor(random() * 300)}`;
      if (random() < 0.05) {
        truth.delete(userId);
        ranking.delete(userId);
      } else {
        const entry = { userId, points: Math.floor(random() * 50) * 5, correct: Math.floor(random() * 10) };
        truth.set(userId, entry);
        ranking.set(entry);
      }
    }
    const sorted = [...truth.values()].sort(compareRanked);
    expect(ranking.size).toBe(sorted.length);
    expect(ranking.slice(0, sorted.length)).toEqual(sorted);
    sorted.forEach((entry, index) => expect(ranking.rankOf(entry.userId)).toBe(index + 1));
    expect(ranking.rankOf('nobody')).toBeNull();
  });

  it('orders by points, then correct answers, then user id', () => {
    const ranking = new Ranking([
      { userId: 'b', points: 10, correct: 1 },
      { userId: 'a', points: 10, correct: 1 },
      { userId: 'c', points: 10, correct: 2 },
      { userId: 'd', points: 20, correct: 0 },
    ]);
    expect(ranking.slice(0, 4).map((entry) => entry.userId)).toEqual(['d', 'c', 'a', 'b']);
  });
});
