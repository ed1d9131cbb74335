import type { PlayerScore } from '../../engine/scoring.ts';
import { SCORE_FIELDS, type ScoreBucket } from '../records/score-bucket.ts';

/** "2025-W07" → 202507 */
export function weekNumber(weekId: string): number {
  const [year, week] = weekId.split('-W');
  return Number(year) * 100 + Number(week);
}

/** 202507 → "2025-W07" */
export function weekIdOf(number: number): string {
  return `${Math.floor(number / 100)}-W${String(number % 100).padStart(2, '0')}`;
}

/** Adds every member of a (validated) bucket to `into`. */
export function decodeScores(bucket: ScoreBucket, into: Map<string, PlayerScore> = new Map()): Map<string, PlayerScore> {
  const { users, stats } = bucket;
  for (let index = 0; index < users.length; index += 1) {
    const at = index * SCORE_FIELDS;
    into.set(users[index]!, {
      points: stats[at]!,
      answered: stats[at + 1]!,
      correct: stats[at + 2]!,
      streak: stats[at + 3]!,
      bestStreak: stats[at + 4]!,
      week: { id: weekIdOf(stats[at + 5]!), points: stats[at + 6]!, answered: stats[at + 7]!, correct: stats[at + 8]! },
    });
  }
  return into;
}

export function encodeScores(scores: ReadonlyMap<string, PlayerScore>, applied: string[]): ScoreBucket {
  const users: string[] = [];
  const stats: number[] = [];
  for (const [userId, score] of scores) {
    users.push(userId);
    const { week } = score;
    stats.push(score.points, score.answered, score.correct, score.streak, score.bestStreak, weekNumber(week.id), week.points, week.answered, week.correct);
  }
  return { v: 1, applied, users, stats };
}
