import type { Config } from '../../config/env.ts';
import type { Logger } from '../../logging/logger.ts';
import { openQuizServices } from '../../services/index.ts';
import type { BotServices } from './bot-services.ts';

/** The services `quizbot start` runs with: the store named by STORE_URL and the shipped question bank. */
export function openBotServices(config: Pick<Config, 'STORE_URL'>, logger: Logger): Promise<BotServices> {
  return openQuizServices({ storeUrl: config.STORE_URL, logger });
}
