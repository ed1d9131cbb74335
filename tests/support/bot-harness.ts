import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBot, type Bot } from '../../src/discord/bot.ts';
import { CommandRegistry } from '../../src/discord/commands/command-registry.ts';
import type { CommandModule } from '../../src/discord/commands/define-command.ts';
import { loadCommandModules } from '../../src/discord/commands/load-commands.ts';
import type { BotServices } from '../../src/discord/services/bot-services.ts';
import { openQuizServices } from '../../src/services/index.ts';
import type { FakeDiscord } from './fake-discord/index.ts';
import { createMemoryLogger, type LogLine } from './memory-logger.ts';

export interface TestBot {
  bot: Bot;
  services: BotServices;
  logs: LogLine[];
  logText: () => string;
  stop: () => Promise<void>;
}

/** The real services on a fresh SQLite file in a temporary folder, with the shipped question bank. */
export function openTestServices(logger: Parameters<typeof openQuizServices>[0]['logger']): Promise<BotServices> {
  const dir = mkdtempSync(join(tmpdir(), 'quizbot-bot-'));
  return openQuizServices({ storeUrl: `sqlite://${join(dir, 'quizbot.sqlite')}`, logger });
}

/**
 * Starts the real bot (real discord.js client, real services and store) against the fake, with an in-memory
 * log. Its command definitions are registered on the fake first, so every dispatch is checked against what
 * would be deployed.
 */
export async function startTestBot(
  fake: FakeDiscord,
  options: { commands?: readonly CommandModule[]; services?: BotServices; autoDeferMs?: number; drainTimeoutMs?: number } = {},
): Promise<TestBot> {
  const { logger, lines, text } = createMemoryLogger('debug');
  const services = options.services ?? (await openTestServices(logger));
  const commands = options.commands ?? (await loadCommandModules());
  fake.registerCommands([...new CommandRegistry(commands).definitions()], fake.guild.id);
  const bot = await createBot({
    token: fake.token,
    apiUrl: fake.restUrl,
    logger,
    services,
    commands,
    ...(options.autoDeferMs === undefined ? {} : { autoDeferMs: options.autoDeferMs }),
    ...(options.drainTimeoutMs === undefined ? {} : { drainTimeoutMs: options.drainTimeoutMs }),
  });
  await bot.start();
  return { bot, services, logs: lines, logText: text, stop: () => bot.stop() };
}
