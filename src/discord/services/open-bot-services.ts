import type { Config } from '../../config/env.ts';
import type { Logger } from '../../logging/logger.ts';
import { openQuizServices } from '../../services/index.ts';
import type { BotServices } from './bot-services.ts';

export type BotServicesConfig = Pick<Config, 'STORE_URL' | 'QUIZBOT_MAX_SERVER_QUESTIONS' | 'QUIZBOT_MAX_ACTIVE_ROUNDS' | 'QUIZBOT_MAX_SERVER_ARTICLES'>;

/**
 * The services `quizbot start` runs with: the store named by STORE_URL, the shipped question bank, and the
 * bot owner's quotas as every server's defaults.
 */
export function openBotServices(config: BotServicesConfig, logger: Logger): Promise<BotServices> {
  return openQuizServices({
    storeUrl: config.STORE_URL,
    logger,
    defaultQuotas: {
      maxServerQuestions: config.QUIZBOT_MAX_SERVER_QUESTIONS,
      maxActiveRounds: config.QUIZBOT_MAX_ACTIVE_ROUNDS,
      maxServerArticles: config.QUIZBOT_MAX_SERVER_ARTICLES,
    },
  });
}
