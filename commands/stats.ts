import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { showStats } from '../src/discord/functions/stats/show-stats.ts';

export const definition = {
  name: 'stats',
  description: 'Points, accuracy, streaks and rank: yours or another member’s',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [{ type: ApplicationCommandOptionType.User, name: 'user', description: 'Whose stats (default: yours)' }],
} as const satisfies CommandDefinition;

export default defineCommand({
  definition,
  response: 'ephemeral',
  execute: (interaction, args, ctx) => showStats(interaction, args.user, ctx),
});
