import { z } from 'zod';
import { isoWeekId } from '../../engine/iso-week.ts';
import { accuracy, weekTally } from '../../engine/scoring.ts';
import type { BoardEntry, LeaderboardIndex, LeaderboardPeriod } from '../../storage/leaderboard/leaderboard-index.ts';
import type { Ranking } from '../../storage/leaderboard/ranking.ts';
import { recordIdSchema } from '../../storage/records/ids.ts';
import { parseInput } from '../input-error.ts';
import type { Clock } from '../runtime.ts';

export type { LeaderboardPeriod };

export const LEADERBOARD_PAGE_SIZE = 10;

export interface LeaderboardRow {
  rank: number;
  userId: string;
  points: number;
  answered: number;
  correct: number;
  /** 0..1 */
  accuracy: number;
  streak: number;
  bestStreak: number;
}

export interface LeaderboardPage {
  period: LeaderboardPeriod;
  /** The ISO week shown, for the weekly board. */
  weekId: string | null;
  /** 1-based, clamped to the pages that exist. */
  page: number;
  pageSize: number;
  pageCount: number;
  totalPlayers: number;
  rows: LeaderboardRow[];
  /** The viewer's own row, even when it is not on this page; null if they have not played (this period). */
  viewer: LeaderboardRow | null;
}

export interface PeriodStats {
  points: number;
  answered: number;
  correct: number;
  accuracy: number;
  rank: number | null;
}

export interface PlayerStats extends PeriodStats {
  userId: string;
  streak: number;
  bestStreak: number;
  week: PeriodStats & { id: string };
}

const pageInputSchema = z.object({
  guildId: recordIdSchema,
  period: z.enum(['all-time', 'week']).default('all-time'),
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(50).default(LEADERBOARD_PAGE_SIZE),
  viewerId: recordIdSchema.optional(),
  now: z.number().optional(),
});

const statsInputSchema = z.object({ guildId: recordIdSchema, userId: recordIdSchema, now: z.number().optional() });

/** Leaderboards and personal stats, served from the in-memory ranking (no scan of the members). */
export class LeaderboardService {
  constructor(
    private readonly index: LeaderboardIndex,
    private readonly clock: Clock,
  ) {}

  async page(input: z.input<typeof pageInputSchema>): Promise<LeaderboardPage> {
    const { guildId, period, page, pageSize, viewerId, now = this.clock.now() } = parseInput(pageInputSchema, input);
    const weekId = isoWeekId(now);
    const boards = await this.index.boards(guildId, weekId);
    const ranking = period === 'week' ? boards.week : boards.allTime;
    const pageCount = Math.max(1, Math.ceil(ranking.size / pageSize));
    const current = Math.min(page, pageCount);
    const start = (current - 1) * pageSize;
    return {
      period,
      weekId: period === 'week' ? weekId : null,
      page: current,
      pageSize,
      pageCount,
      totalPlayers: ranking.size,
      rows: ranking.slice(start, start + pageSize).map((entry, offset) => toRow(entry, start + offset + 1)),
      viewer: viewerId ? rowOf(ranking, viewerId) : null,
    };
  }

  /** A member's points, accuracy, streaks and ranks (all-time and this week); zeros if they never played. */
  async stats(input: z.input<typeof statsInputSchema>): Promise<PlayerStats> {
    const { guildId, userId, now = this.clock.now() } = parseInput(statsInputSchema, input);
    const weekId = isoWeekId(now);
    const boards = await this.index.boards(guildId, weekId);
    const score = boards.score(userId);
    const week = score ? weekTally(score, weekId) : { id: weekId, points: 0, answered: 0, correct: 0 };
    return {
      userId,
      points: score?.points ?? 0,
      answered: score?.answered ?? 0,
      correct: score?.correct ?? 0,
      accuracy: accuracy(score?.correct ?? 0, score?.answered ?? 0),
      rank: boards.allTime.rankOf(userId),
      streak: score?.streak ?? 0,
      bestStreak: score?.bestStreak ?? 0,
      week: { ...week, accuracy: accuracy(week.correct, week.answered), rank: boards.week.rankOf(userId) },
    };
  }
}

function toRow(entry: BoardEntry, rank: number): LeaderboardRow {
  return { rank, ...entry, accuracy: accuracy(entry.correct, entry.answered) };
}

function rowOf(ranking: Ranking<BoardEntry>, userId: string): LeaderboardRow | null {
  const entry = ranking.get(userId);
  const rank = ranking.rankOf(userId);
  return entry && rank !== null ? toRow(entry, rank) : null;
}
