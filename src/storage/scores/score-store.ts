import { applyAnswer, seedFromText, type PlayerScore, type ScoredAnswer } from '../../engine/index.ts';
import type { RecordCollection } from '../record-collection.ts';
import { APPLIED_BATCHES_KEPT, type ScoreBucket } from '../records/score-bucket.ts';
import { decodeScores, encodeScores } from './score-columns.ts';

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

  constructor(private readonly buckets: RecordCollection<ScoreBucket>) {}

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
        const scores = await this.buckets.update(`${guildId}:${bucket}`, (current) => this.applyToBucket(current, batchId, bucketUpdates, weekId));
        for (const [userId, score] of scores) written.set(userId, score);
        for (const listener of this.listeners) listener(guildId, scores);
      }),
    );
    return written;
  }

  async get(guildId: string, userId: string): Promise<PlayerScore | undefined> {
    const bucket = await this.buckets.get(`${guildId}:${bucketOf(userId)}`);
    return bucket ? decodeScores(bucket).get(userId) : undefined;
  }

  /** Every member's score in one server: SCORE_BUCKETS reads, each entry validated. */
  async readAll(guildId: string): Promise<Map<string, PlayerScore>> {
    const ids = Array.from({ length: SCORE_BUCKETS }, (_, bucket) => `${guildId}:${bucket}`);
    const buckets = await this.buckets.getMany(ids);
    const scores = new Map<string, PlayerScore>();
    for (const bucket of buckets) if (bucket) decodeScores(bucket, scores);
    return scores;
  }

  private applyToBucket(current: ScoreBucket | undefined, batchId: string, updates: readonly ScoreUpdate[], weekId: string) {
    const members = current ? decodeScores(current) : new Map<string, PlayerScore>();
    const applied = current?.applied ?? [];
    const scores = new Map<string, PlayerScore>();
    if (applied.includes(batchId)) {
      for (const { userId } of updates) {
        const score = members.get(userId);
        if (score) scores.set(userId, score);
      }
      return { result: scores };
    }
    for (const { userId, answer } of updates) {
      const score = applyAnswer(members.get(userId), answer, weekId);
      members.set(userId, score);
      scores.set(userId, score);
    }
    return { result: scores, next: encodeScores(members, [batchId, ...applied].slice(0, APPLIED_BATCHES_KEPT)) };
  }
}
