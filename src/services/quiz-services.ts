import type { Logger } from '../logging/logger.ts';
import type { Bank } from '../bank/schema.ts';
import type { Random } from '../engine/random.ts';
import { openQuizStore, type QuizStore } from '../storage/quiz-store.ts';
import { ArticleService } from './articles/article-service.ts';
import type { ArticleGenerator } from './articles/generation/article-generator.ts';
import { WorkerArticleGenerator } from './articles/generation/worker-generator.ts';
import { loadShippedBank } from './catalogue/shipped-bank.ts';
import { QuestionCatalogue } from './catalogue/question-catalogue.ts';
import { LeaderboardService } from './leaderboard/leaderboard-service.ts';
import { RoundEvents } from './rounds/round-events.ts';
import { RoundScheduler } from './rounds/round-scheduler.ts';
import { RoundService } from './rounds/round-service.ts';
import { randomId, systemClock, systemTimers, type Clock, type Timers } from './runtime.ts';
import { ServerConfigService } from './server/server-config-service.ts';
import { ServerQuestionService } from './server/server-question-service.ts';
import { StudyService } from './study/study-service.ts';
import type { ServerQuotas } from '../storage/records/server-records.ts';

export interface QuizServicesOptions {
  /** STORE_URL, e.g. `sqlite://data/quizbot.sqlite`. Ignored when `store` is given. */
  storeUrl?: string;
  /** An already opened store (tests, benchmarks). Closed by `close()` all the same. */
  store?: QuizStore;
  logger: Logger;
  /** The shipped questions; default: loaded from `bankDir` (default question-bank/). */
  bank?: Bank;
  bankDir?: string;
  clock?: Clock;
  timers?: Timers;
  random?: Random;
  newId?: () => string;
  /** Turns moderators' articles into questions; default: a worker thread started on first use. */
  articleGenerator?: ArticleGenerator;
  /** The quotas of every server that has not set its own (the bot owner's QUIZBOT_MAX_* variables); default 1000 questions, 5 rounds, 50 articles. */
  defaultQuotas?: ServerQuotas;
}

/** The use cases both the Discord adapter and the CLI are built on. */
export interface QuizServices {
  catalogue: QuestionCatalogue;
  rounds: RoundService;
  study: StudyService;
  leaderboard: LeaderboardService;
  serverQuestions: ServerQuestionService;
  serverConfig: ServerConfigService;
  articles: ArticleService;
  /** Stops the round timers (rounds stay stored and resume on the next start), flushes writes, closes the store. */
  close(): Promise<void>;
}

export async function openQuizServices(options: QuizServicesOptions): Promise<QuizServices> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const newId = options.newId ?? randomId;
  const bank = options.bank ?? (await loadShippedBank(options.bankDir, logger));
  if (!options.store && !options.storeUrl) throw new Error('openQuizServices needs a storeUrl or a store');
  const store = options.store ?? (await openQuizStore({ storeUrl: options.storeUrl!, logger }));

  const serverConfig = new ServerConfigService(store.serverConfigs, options.defaultQuotas);
  const serverQuestions = new ServerQuestionService(store.serverQuestions, serverConfig, newId, logger);
  const catalogue = new QuestionCatalogue(bank, serverQuestions, serverConfig);
  const articleGenerator = options.articleGenerator ?? new WorkerArticleGenerator({ logger });
  const articles = new ArticleService(
    { articles: store.serverArticles, texts: store.articleTexts, bank: store.serverQuestions },
    serverQuestions,
    serverConfig,
    articleGenerator,
    clock,
    logger,
  );
  const events = new RoundEvents(logger);
  let rounds: RoundService | undefined;
  const scheduler = new RoundScheduler(clock, options.timers ?? systemTimers, (roundId) => rounds?.onDeadline(roundId));
  rounds = new RoundService({ store, catalogue, configs: serverConfig, clock, random, newId, logger, scheduler, events });

  let closing: Promise<void> | undefined;
  return {
    catalogue,
    rounds,
    study: new StudyService(store, catalogue, clock, random, newId),
    leaderboard: new LeaderboardService(store.leaderboards, clock),
    serverQuestions,
    serverConfig,
    articles,
    close: () =>
      (closing ??= (async () => {
        scheduler.stop();
        await articleGenerator.close();
        await rounds.settle();
        await store.close();
      })()),
  };
}
