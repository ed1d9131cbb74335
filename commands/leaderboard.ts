import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { UserError } from '../src/discord/interactions/user-error.ts';
import { leaderboardButtonIds, pageButton } from '../src/discord/functions/leaderboard/page-button.ts';
import { showLeaderboard } from '../src/discord/functions/leaderboard/show-leaderboard.ts';

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
  // Public, so the channel sees the standings; its paging buttons update it in place.
  response: 'public',
  buttons: [pageButton],
  execute: async (interaction, args, ctx) => {
    if (!interaction.guildId) throw new UserError('The leaderboard belongs to a server.');
    await showLeaderboard(ctx, { guildId: interaction.guildId, viewerId: interaction.user.id, period: args.period ?? 'all-time', page: args.page ?? 1, buttonIds: leaderboardButtonIds });
  },
});
