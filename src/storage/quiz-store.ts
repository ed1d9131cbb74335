import type Keyv from 'keyv';
import type { Logger } from '../logging/logger.ts';
import { LeaderboardIndex } from './leaderboard/leaderboard-index.ts';
import { openKeyv } from './open-keyv.ts';
import { RecordCollection } from './record-collection.ts';
import { articleTextRecordSchema, serverArticlesRecordSchema, type ArticleTextRecord, type ServerArticlesRecord } from './records/article-records.ts';
import { learnerRecordSchema, type LearnerRecord } from './records/learner-record.ts';
import { activeRoundsSchema, roundAnswerBatchSchema, roundRecordSchema, type ActiveRounds, type RoundAnswerBatch, type RoundRecord } from './records/round-record.ts';
import { scoreBucketSchema } from './records/score-bucket.ts';
import {
  recentQuestionsSchema,
  serverConfigRecordSchema,
  serverQuestionsRecordSchema,
  type RecentQuestions,
  type ServerConfigRecord,
  type ServerQuestionsRecord,
} from './records/server-records.ts';
import { ScoreStore } from './scores/score-store.ts';

/** Everything the quiz keeps, as typed collections over one keyv store. Keys are `<prefix>:<id>`. */
export interface QuizStore {
  /** `round:<roundId>` */
  rounds: RecordCollection<RoundRecord>;
  /** `round-answers:<roundId>:<n>`: a running round's answers, batch by batch (written with `put`). */
  roundAnswers: RecordCollection<RoundAnswerBatch>;
  /** `active-rounds:<guildId>` */
  activeRounds: RecordCollection<ActiveRounds>;
  /** `learner:<guildId>:<userId>` */
  learners: RecordCollection<LearnerRecord>;
  /** `config:<guildId>` */
  serverConfigs: RecordCollection<ServerConfigRecord>;
  /** `questions:<guildId>` */
  serverQuestions: RecordCollection<ServerQuestionsRecord>;
  /** `recent:<guildId>:<channelId>` */
  recentQuestions: RecordCollection<RecentQuestions>;
  /** `articles:<guildId>`: the list of a server's own articles */
  serverArticles: RecordCollection<ServerArticlesRecord>;
  /** `article:<guildId>:<articleId>`: one article's text and draft questions */
  articleTexts: RecordCollection<ArticleTextRecord>;
  /** `scores:<guildId>:<bucket>` */
  scores: ScoreStore;
  leaderboards: LeaderboardIndex;
  /** Waits until every update queued so far is written. */
  flush(): Promise<void>;
  /** Flushes, then closes the connection. */
  close(): Promise<void>;
}

export async function openQuizStore(options: { storeUrl: string; logger: Logger }): Promise<QuizStore> {
  return createQuizStore(await openKeyv(options.storeUrl, options.logger), options.logger);
}

export function createQuizStore(kv: Keyv, logger: Logger): QuizStore {
  const collections = {
    rounds: new RecordCollection(kv, 'round', roundRecordSchema, logger),
    roundAnswers: new RecordCollection(kv, 'round-answers', roundAnswerBatchSchema, logger),
    activeRounds: new RecordCollection(kv, 'active-rounds', activeRoundsSchema, logger),
    learners: new RecordCollection(kv, 'learner', learnerRecordSchema, logger),
    serverConfigs: new RecordCollection(kv, 'config', serverConfigRecordSchema, logger),
    serverQuestions: new RecordCollection(kv, 'questions', serverQuestionsRecordSchema, logger),
    recentQuestions: new RecordCollection(kv, 'recent', recentQuestionsSchema, logger),
    serverArticles: new RecordCollection(kv, 'articles', serverArticlesRecordSchema, logger),
    articleTexts: new RecordCollection(kv, 'article', articleTextRecordSchema, logger),
  };
  const scoreBuckets = new RecordCollection(kv, 'scores', scoreBucketSchema, logger);
  const scores = new ScoreStore(scoreBuckets);
  const all = [...Object.values(collections), scoreBuckets];
  const flush = async () => {
    await Promise.all(all.map((collection) => collection.idle()));
  };
  let closed: Promise<void> | undefined;
  return {
    ...collections,
    scores,
    leaderboards: new LeaderboardIndex(scores),
    flush,
    close: () => (closed ??= flush().then(() => kv.disconnect())),
  };
}
