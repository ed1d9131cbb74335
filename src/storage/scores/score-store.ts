import type { Logger } from '../../logging/logger.ts';
import { applyAnswer, seedFromText, type PlayerScore, type ScoredAnswer } from '../../engine/index.ts';
import { formatIssues } from '../../bank/format-issues.ts';
import type { RecordCollection } from '../record-collection.ts';
import { APPLIED_BATCHES_KEPT, playerScoreSchema, type ScoreBucket } from '../records/score-bucket.ts';

/**
 * Scores are spread over a fixed number of buckets per server so that the whole leaderboard loads with one
 * multi-get of SCORE_BUCKETS records (fast after a restart, on any keyv adapter, with no key scan), while
 * each write touches one bucket of about users/256 members. Changing this number needs a migration.
 */
export const SCORE_BUCKETS = 256;

export function bucketOf(userId: string): number {
  return seedFromText(userId) % SCORE_BUCKETS;
}

export interface ScoreUpdate {
  userId: string;
  answer: ScoredAnswer;
}

/** Told, after each durable write, the new scores of the members it changed. */
export type ScoresWrittenListener = (guildId: string, scores: ReadonlyMap<string, PlayerScore>) => void;

export class ScoreStore {
  private readonly listeners = new Set<ScoresWrittenListener>();

  constructor(
    private readonly buckets: RecordCollection<ScoreBucket>,
    private readonly logger: Logger,
  ) {}

  onWrite(listener: ScoresWrittenListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Adds one batch of answers (a round's results) to the members' scores. `batchId` makes it idempotent:
   * applying the same batch again changes nothing. Resolves with the members' scores once written.
   */
  async apply(guildId: string, batchId: string, updates: readonly ScoreUpdate[], weekId: string): Promise<Map<string, PlayerScore>> {
    const byBucket = new Map<number, ScoreUpdate[]>();
    for (const update of updates) {
      const bucket = bucketOf(update.userId);
      byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), update]);
    }
    const written = new Map<string, PlayerScore>();
    await Promise.all(
      [...byBucket].map(async ([bucket, bucketUpdates]) => {
        const scores = await this.buckets.update(`${guildId}:${bucket}`, (current) => this.applyToBucket(guildId, current, batchId, bucketUpdates, weekId));
        for (const [userId, score] of scores) written.set(userId, score);
        for (const listener of this.listeners) listener(guildId, scores);
      }),
    );
    return written;
  }

  async get(guildId: string, userId: string): Promise<PlayerScore | undefined> {
    const bucket = await this.buckets.get(`${guildId}:${bucketOf(userId)}`);
    return bucket ? this.entry(guildId, userId, bucket.users[userId]) : undefined;
  }

  /** Every member's score in one server: SCORE_BUCKETS reads, each entry validated. */
  async readAll(guildId: string): Promise<Map<string, PlayerScore>> {
    const ids = Array.from({ length: SCORE_BUCKETS }, (_, bucket) => `${guildId}:${bucket}`);
    const buckets = await this.buckets.getMany(ids);
    const scores = new Map<string, PlayerScore>();
    for (const bucket of buckets) {
      for (const [userId, raw] of Object.entries(bucket?.users ?? {})) {
        const score = this.entry(guildId, userId, raw);
        if (score) scores.set(userId, score);
      }
    }
    return scores;
  }

  private applyToBucket(guildId: string, current: ScoreBucket | undefined, batchId: string, updates: readonly ScoreUpdate[], weekId: string) {
    const bucket = current ?? { v: 1 as const, applied: [], users: {} };
    if (bucket.applied.includes(batchId)) {
      const scores = new Map(updates.flatMap(({ userId }) => {
        const score = this.entry(guildId, userId, bucket.users[userId]);
        return score ? [[userId, score] as const] : [];
      }));
      return { result: scores };
    }
    const users = { ...bucket.users };
    const scores = new Map<string, PlayerScore>();
    for (const { userId, answer } of updates) {
      const score = applyAnswer(this.entry(guildId, userId, users[userId]), answer, weekId);
      users[userId] = score;
      scores.set(userId, score);
    }
    const applied = [batchId, ...bucket.applied].slice(0, APPLIED_BATCHES_KEPT);
    return { result: scores, next: { v: 1 as const, applied, users } };
  }

  private entry(guildId: string, userId: string, raw: unknown): PlayerScore | undefined {
    if (raw === undefined) return undefined;
    const parsed = playerScoreSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.logger.warn({ guildId, userId, problems: formatIssues(parsed.error).slice(0, 5) }, 'skipped a corrupt score entry');
    return undefined;
  }
}
