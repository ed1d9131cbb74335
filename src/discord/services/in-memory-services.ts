import type { BotServices } from './bot-services.ts';

/**
 * Services kept in memory: for tests of the adapter, and what `quizbot start` runs on until the keyv-backed
 * services are wired in (settings are then lost on restart).
 */
export function createInMemoryServices(): BotServices {
  const moderatorRoles = new Map<string, string>();
  return {
    settings: {
      moderatorRoleId: async (guildId) => moderatorRoles.get(guildId) ?? null,
      setModeratorRoleId: async (guildId, roleId) => {
        if (roleId) moderatorRoles.set(guildId, roleId);
        else moderatorRoles.delete(guildId);
      },
    },
    close: async () => undefined,
  };
}
