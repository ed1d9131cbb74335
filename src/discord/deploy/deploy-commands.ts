import { REST } from '@discordjs/rest';
import { Routes, type APIApplicationCommand } from 'discord.js';
import type { CommandDefinition } from '../commands/command-args.ts';

export interface DeployTarget {
  token: string;
  apiUrl: string;
  applicationId: string;
  /** One server (instant, for development); global otherwise. */
  guildId?: string | undefined;
}

/** Bulk overwrite: Discord replaces the whole command list of the scope with exactly these definitions. */
export async function deployCommands(target: DeployTarget, definitions: readonly CommandDefinition[]): Promise<APIApplicationCommand[]> {
  const rest = new REST({ api: target.apiUrl }).setToken(target.token);
  try {
    const route = target.guildId ? Routes.applicationGuildCommands(target.applicationId, target.guildId) : Routes.applicationCommands(target.applicationId);
    return (await rest.put(route, { body: definitions })) as APIApplicationCommand[];
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
