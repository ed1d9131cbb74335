import { weekTally, type PlayerScore } from '../../engine/index.ts';
import type { ScoreStore } from '../scores/score-store.ts';
import { Ranking, type Ranked } from './ranking.ts';

export type LeaderboardPeriod = 'all-time' | 'week';

export interface BoardEntry extends Ranked {
  answered: number;
  streak: number;
  bestStreak: number;
}

interface GuildBoards {
  scores: Map<string, PlayerScore>;
  allTime: Ranking<BoardEntry>;
  weekId: string;
  /** Built on first use, so a restart pays for the all-time board only. */
  week: Ranking<BoardEntry> | null;
}

export interface ServerBoards {
  allTime: Ranking<BoardEntry>;
  readonly week: Ranking<BoardEntry>;
  score(userId: string): PlayerScore | undefined;
}

function allTimeEntry(userId: string, score: PlayerScore): BoardEntry {
  return { userId, points: score.points, correct: score.correct, answered: score.answered, streak: score.streak, bestStreak: score.bestStreak };
}

function weekEntry(userId: string, score: PlayerScore, weekId: string): BoardEntry | undefined {
  const week = weekTally(score, weekId);
  if (week.answered === 0) return undefined;
  return { userId, points: week.points, correct: week.correct, answered: week.answered, streak: score.streak, bestStreak: score.bestStreak };
}

function weeklyRanking(scores: ReadonlyMap<string, PlayerScore>, weekId: string): Ranking<BoardEntry> {
  return new Ranking([...scores].flatMap(([userId, score]) => weekEntry(userId, score, weekId) ?? []));
}

/**
 * The per-server leaderboards, all-time and for the current ISO week, kept in memory in rank order so that a
 * query never scans the members. A server's boards are loaded from the store on first use and then kept in
 * step by every score write; writes landing while a load is in flight are replayed on top of it. When the
 * week changes, the weekly board is rebuilt (empty at first) and the all-time board is left as it is.
 */
export class LeaderboardIndex {
  private readonly loaded = new Map<string, GuildBoards>();
  private readonly loading = new Map<string, { promise: Promise<GuildBoards>; writes: Map<string, PlayerScore> }>();

  constructor(private readonly scores: ScoreStore) {
    scores.onWrite((guildId, written) => this.onScoresWritten(guildId, written));
  }

  /** The server's boards with the weekly one for `weekId`. */
  async boards(guildId: string, weekId: string): Promise<ServerBoards> {
    const boards = this.loaded.get(guildId) ?? (await this.load(guildId, weekId));
    if (boards.weekId !== weekId) {
      boards.weekId = weekId;
      boards.week = null;
    }
    return {
      allTime: boards.allTime,
      get week() {
        return (boards.week ??= weeklyRanking(boards.scores, boards.weekId));
      },
      score: (userId) => boards.scores.get(userId),
    };
  }

  /** Forgets a server's boards (they reload on next use). */
  evict(guildId: string): void {
    this.loaded.delete(guildId);
  }

  private load(guildId: string, weekId: string): Promise<GuildBoards> {
    const inFlight = this.loading.get(guildId);
    if (inFlight) return inFlight.promise;
    const writes = new Map<string, PlayerScore>();
    const promise = this.scores
      .readAll(guildId)
      .then((scores) => {
        for (const [userId, score] of writes) scores.set(userId, score);
        const boards: GuildBoards = {
          scores,
          allTime: new Ranking([...scores].map(([userId, score]) => allTimeEntry(userId, score))),
          weekId,
          week: null,
        };
        this.loaded.set(guildId, boards);
        return boards;
      })
      .finally(() => this.loading.delete(guildId));
    this.loading.set(guildId, { promise, writes });
    return promise;
  }

  private onScoresWritten(guildId: string, written: ReadonlyMap<string, PlayerScore>): void {
    const pending = this.loading.get(guildId);
    if (pending) for (const [userId, score] of written) pending.writes.set(userId, score);
    const boards = this.loaded.get(guildId);
    if (!boards) return;
    for (const [userId, score] of written) {
      boards.scores.set(userId, score);
      boards.allTime.set(allTimeEntry(userId, score));
      if (!boards.week) continue;
      const week = weekEntry(userId, score, boards.weekId);
      if (week) boards.week.set(week);
      else boards.week.delete(userId);
    }
  }
}
