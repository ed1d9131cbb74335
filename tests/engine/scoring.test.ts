import { describe, expect, it } from 'vitest';
import { accuracy, applyAnswer, isoWeekId, weekTally, type PlayerScore } from '../../src/engine/index.ts';

const right = { correct: true, points: 10 };
const wrong = { correct: false, points: 0 };

function play(answers: Array<typeof right>, weekId = '2025-W10', start?: PlayerScore): PlayerScore {
  return answers.reduce<PlayerScore | undefined>((score, answer) => applyAnswer(score, answer, weekId), start)!;
}

describe('scoring', () => {
  it('adds points, counts answers and keeps the current and best streak', () => {
    const score = play([right, right, right, wrong, right]);
    expect(score).toMatchObject({ points: 40, answered: 5, correct: 4, streak: 1, bestStreak: 3 });
    expect(accuracy(score.correct, score.answered)).toBeCloseTo(0.8);
    expect(accuracy(0, 0)).toBe(0);
  });

  it('starts a fresh weekly tally in a new week and keeps the all-time figures', () => {
    const lastWeek = play([right, right], '2025-W10');
    expect(weekTally(lastWeek, '2025-W11')).toEqual({ id: '2025-W11', points: 0, answered: 0, correct: 0 });
    const thisWeek = play([wrong], '2025-W11', lastWeek);
    expect(thisWeek.week).toEqual({ id: '2025-W11', points: 0, answered: 1, correct: 0 });
    expect(thisWeek).toMatchObject({ points: 20, answered: 3, correct: 2, streak: 0, bestStreak: 2 });
  });
});

describe('isoWeekId (UTC)', () => {
  it.each([
    ['2025-01-01T00:00:00Z', '2025-W01'],
    ['2024-12-29T23:59:59Z', '2024-W52'], // a Sunday
    ['2024-12-30T00:00:00Z', '2025-W01'], // the Monday of the week holding 2 January 2025
    ['2021-01-03T12:00:00Z', '2020-W53'],
    ['2026-12-31T12:00:00Z', '2026-W53'],
    ['2025-06-15T23:59:59Z', '2025-W24'],
    ['2025-06-16T00:00:00Z', '2025-W25'],
  ])('%s is in %s', (iso, week) => {
    expect(isoWeekId(Date.parse(iso))).toBe(week);
  });
});
