import { once } from 'node:events';
import { Events, type Client, type ClientOptions } from 'discord.js';
import type { Logger } from '../logging/logger.ts';
import { createDiscordClient } from './client.ts';
import { CommandRegistry } from './commands/command-registry.ts';
import type { CommandModule } from './commands/define-command.ts';
import { loadCommandModules } from './commands/load-commands.ts';
import { InteractionRouter } from './interactions/interaction-router.ts';
import type { BotServices } from './services/bot-services.ts';

export interface BotOptions {
  token: string;
  /** REST base (DISCORD_API_URL); the gateway URL comes from its /gateway/bot. */
  apiUrl: string;
  logger: Logger;
  services: BotServices;
  /** The commands to serve; by default every file in commands/. */
  commands?: readonly CommandModule[];
  autoDeferMs?: number;
  /** How long shutdown waits for interactions in flight. */
  drainTimeoutMs?: number;
  clientOptions?: Partial<ClientOptions>;
}

export interface Bot {
  readonly client: Client;
  readonly router: InteractionRouter;
  /** Logs in and resolves once the client is ready (READY received and every guild available or timed out). */
  start(): Promise<void>;
  /** Finishes interactions in flight, closes the services (the store), then destroys the client. Idempotent. */
  stop(): Promise<void>;
}

export async function createBot(options: BotOptions): Promise<Bot> {
  const { logger, services } = options;
  const registry = new CommandRegistry(options.commands ?? (await loadCommandModules()));
  const client = createDiscordClient(options.apiUrl, options.clientOptions);
  const router = new InteractionRouter({ registry, services, logger, ...(options.autoDeferMs === undefined ? {} : { autoDeferMs: options.autoDeferMs }) });
  client.on(Events.InteractionCreate, router.handle);
  logClientEvents(client, logger);

  let stopping: Promise<void> | undefined;
  return {
    client,
    router,
    async start() {
      const ready = once(client, Events.ClientReady);
      // `once` also rejects on an 'error' event; if login fails first, nobody awaits it.
      ready.catch(() => undefined);
      await client.login(options.token);
      await ready;
      for (const module of registry.modules()) {
        if (!module.setup) continue;
        const setupLogger = logger.child({ setup: `/${module.definition.name}` });
        await module.setup({ client: client as Client<true>, services, logger: setupLogger }).catch((error: unknown) => {
          setupLogger.error({ err: error }, 'command setup failed; the command may not work fully');
        });
      }
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'connected to Discord and ready');
    },
    stop() {
      stopping ??= (async () => {
        const drained = await router.drain(options.drainTimeoutMs ?? 10_000);
        if (!drained) logger.warn({ inFlight: router.inFlight }, 'gave up waiting for interactions in flight');
        await services.close().catch((error: unknown) => logger.error({ err: error }, 'closing the store failed'));
        await client.destroy();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}

function logClientEvents(client: Client, logger: Logger): void {
  client.on(Events.ShardReady, (shard, unavailable) => logger.info({ shard, unavailableGuilds: unavailable?.size ?? 0 }, 'shard ready'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'shard resumed'));
  client.on(Events.ShardReconnecting, (shard) => logger.warn({ shard }, 'shard reconnecting'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'shard disconnected for good'));
  client.on(Events.ShardError, (error, shard) => logger.error({ err: error, shard }, 'shard error'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn({ discordjs: message }, 'discord.js warning'));
  client.on(Events.GuildCreate, (guild) => logger.debug({ guild: guild.id }, 'guild available'));
  if (logger.isLevelEnabled('trace')) client.on(Events.Debug, (message) => logger.trace({ discordjs: message }, 'discord.js debug'));
}
