import type { QuizServices } from '../../services/index.ts';

/**
 * The seam between the Discord adapter and the rest of quizbot: handlers receive the application services
 * (rounds, study, leaderboard, server questions and settings) and never open the store themselves.
 * `close()` is called once on shutdown, after interactions in flight have finished.
 */
export type BotServices = QuizServices;
