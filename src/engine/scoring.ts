/** Points for a correct answer in a channel round. */
export const POINTS_PER_CORRECT = 10;
/** Extra points for the first correct answer of a round (the speed bonus). */
export const FIRST_CORRECT_BONUS = 5;

export interface WeekTally {
  /** ISO week (UTC) these figures belong to, e.g. "2025-W07". */
  id: string;
  points: number;
  answered: number;
  correct: number;
}

/** One member's standing in one server. Streaks count consecutive correct round answers. */
export interface PlayerScore {
  points: number;
  answered: number;
  correct: number;
  streak: number;
  bestStreak: number;
  week: WeekTally;
}

export interface ScoredAnswer {
  correct: boolean;
  points: number;
}

export function emptyScore(weekId: string): PlayerScore {
  return { points: 0, answered: 0, correct: 0, streak: 0, bestStreak: 0, week: { id: weekId, points: 0, answered: 0, correct: 0 } };
}

/** This week's figures; a tally from an earlier week counts as zero (the weekly board resets on rollover). */
export function weekTally(score: PlayerScore, weekId: string): WeekTally {
  return score.week.id === weekId ? score.week : { id: weekId, points: 0, answered: 0, correct: 0 };
}

/** Folds one answered round into a score; a wrong answer ends the streak, not answering leaves it alone. */
export function applyAnswer(score: PlayerScore | undefined, answer: ScoredAnswer, weekId: string): PlayerScore {
  const current = score ?? emptyScore(weekId);
  const week = weekTally(current, weekId);
  const streak = answer.correct ? current.streak + 1 : 0;
  const correctDelta = answer.correct ? 1 : 0;
  return {
    points: current.points + answer.points,
    answered: current.answered + 1,
    correct: current.correct + correctDelta,
    streak,
    bestStreak: Math.max(current.bestStreak, streak),
    week: { id: weekId, points: week.points + answer.points, answered: week.answered + 1, correct: week.correct + correctDelta },
  };
}

/** Share of correct answers in 0..1 (0 when nothing was answered). */
export function accuracy(correct: number, answered: number): number {
  return answered === 0 ? 0 : correct / answered;
}
