import { Client, GatewayIntentBits, Options, type ClientOptions } from 'discord.js';
import { NO_MENTIONS } from './interactions/no-mentions.ts';

/**
 * The discord.js client. Slash commands, buttons and modals reach a bot whatever its intents; Guilds alone
 * gives the guild, channel and role cache permission checks rely on. No privileged intent is needed.
 */
export function createDiscordClient(apiUrl: string, overrides: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      // Button clicks bring their message along; the bot never needs an old one from the cache.
      MessageManager: 50,
      ReactionManager: 0,
    }),
    ...overrides,
    rest: { ...overrides.rest, api: apiUrl },
  });
}
