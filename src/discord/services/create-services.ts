import type { Config } from '../../config/env.ts';
import type { Logger } from '../../logging/logger.ts';
import type { BotServices } from './bot-services.ts';
import { createInMemoryServices } from './in-memory-services.ts';

/** Builds the services `quizbot start` runs with: the one place where the store is chosen and opened. */
export async function createServices(_config: Config, logger: Logger): Promise<BotServices> {
  logger.warn('server settings are kept in memory until the store-backed services are wired in');
  return createInMemoryServices();
}
