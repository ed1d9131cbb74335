import { MISSING_TOKEN_MESSAGE, parseConfig } from '../../config/env.ts';
import { loadEnvFile } from '../../config/load-env-file.ts';
import { createBot, type Bot } from '../../discord/bot.ts';
import { describeLoginFailure } from '../../discord/describe-login-failure.ts';
import { openBotServices } from '../../discord/services/open-bot-services.ts';
import { createLogger } from '../../logging/logger.ts';
import { CliError } from '../cli-error.ts';

/**
 * `quizbot start`: config, logger, services, then the bot. SIGINT/SIGTERM finish interactions in flight,
 * close the store, destroy the client and exit 0; a second signal exits at once.
 */
export async function runStart(): Promise<void> {
  loadEnvFile();
  const parsed = parseConfig(process.env);
  if (!parsed.ok) throw new CliError(parsed.message);
  const config = parsed.config;
  if (!config.DISCORD_TOKEN) throw new CliError(MISSING_TOKEN_MESSAGE);
  const logger = createLogger(config.LOG_LEVEL);

  const services = await openBotServices(config, logger).catch((error: unknown) => {
    throw new CliError(`cannot open the store: ${(error as Error).message}`);
  });
  let bot: Bot;
  try {
    bot = await createBot({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, logger, services });
  } catch (error) {
    await services.close();
    throw new CliError(`cannot load the commands: ${(error as Error).message}`);
  }

  let signalled = false;
  const stopped = new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (signalled) {
        logger.warn({ signal }, 'second signal: exiting without waiting');
        process.exit(1);
      }
      signalled = true;
      logger.info({ signal }, 'shutting down');
      bot.stop().then(resolve, (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        resolve();
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });

  try {
    await bot.start();
  } catch (error) {
    // A signal during start-up also makes login fail; that is a normal stop, not an error.
    if (!signalled) {
      await bot.stop();
      throw new CliError(describeLoginFailure(error, config.DISCORD_API_URL));
    }
  }
  await stopped;
  process.exitCode = 0;
  // discord.js's HTTP agent may keep idle sockets open for a few seconds; do not wait for them.
  setTimeout(() => process.exit(0), 1000).unref();
}
