import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { replyNotAvailable } from '../src/discord/functions/common/reply-not-available.ts';

export const definition = {
  name: 'leaderboard',
  description: "This server's top players, with your own rank",
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'period',
      description: 'All time (default) or this week',
      choices: [
        { name: 'All time', value: 'all-time' },
        { name: 'This week', value: 'week' },
      ],
    },
    { type: ApplicationCommandOptionType.Integer, name: 'page', description: 'Page of ten (default 1)', min_value: 1, max_value: 10_000 },
  ],
} as const satisfies CommandDefinition;

export default defineCommand({
  definition,
  response: 'public',
  execute: (_interaction, _args, ctx) => replyNotAvailable(ctx, '/leaderboard'),
});
