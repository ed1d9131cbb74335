// The application services: what the Discord adapter and the CLI call. No discord.js here.
export { openQuizServices, type QuizServices, type QuizServicesOptions } from './quiz-services.ts';
export { InvalidInputError } from './input-error.ts';
export { StoreUnavailableError } from '../storage/store-unavailable-error.ts';
export { systemClock, systemTimers, type Clock, type Timers } from './runtime.ts';
export type { QuestionCatalogue, ArticleSummary, QuestionFilter } from './catalogue/question-catalogue.ts';
export type { RoundService } from './rounds/round-service.ts';
export type { StartRoundInput, StartRoundResult, StartRoundRefusal } from './rounds/start-round.ts';
export type { AnswerRoundInput, AnswerOutcome } from './rounds/answer-round.ts';
export type { RestoreSummary } from './rounds/restore-rounds.ts';
export type { AdapterRef, CitedSource, RoundEnd, RoundView } from './rounds/round-views.ts';
export type { RoundEndListener } from './rounds/round-events.ts';
export type { StudyService } from './study/study-service.ts';
export type { StudyAnswerResult, StudyCard, StudyFeedback, StudyNext, StudyProgress } from './study/study-views.ts';
export { LEADERBOARD_PAGE_SIZE } from './leaderboard/leaderboard-service.ts';
export type { LeaderboardPage, LeaderboardPeriod, LeaderboardRow, LeaderboardService, PlayerStats } from './leaderboard/leaderboard-service.ts';
export type { ServerQuestionService, AddQuestionResult, ImportResult, MergeResult, QuestionPage } from './server/server-question-service.ts';
export { moderatorQuestionInputSchema, type ModeratorQuestionInput } from './server/moderator-question.ts';
export type { ServerConfigService, ServerConfig, ServerConfigPatch, ServerQuotas, ConfigUpdateResult } from './server/server-config-service.ts';
export { ArticleService, MAX_ARTICLE_BYTES, type AddArticleInput, type ArticleRef } from './articles/article-service.ts';
export type {
  AddArticleResult,
  ArticleRefusal,
  ArticleRefusalReason,
  DiscardResult,
  PublishResult,
  RemoveArticleResult,
  RoomResult,
  ServerArticle,
} from './articles/article-results.ts';
export { inProcessArticleGenerator, type ArticleGenerator } from './articles/generation/article-generator.ts';
export { ArticleGenerationError, WorkerArticleGenerator } from './articles/generation/worker-generator.ts';
export type { GeneratedArticle, GenerationJob } from './articles/generation/article-generation.ts';
export { ROUND_SECONDS, ROUND_EXPIRY_GRACE_MS } from '../engine/round.ts';
