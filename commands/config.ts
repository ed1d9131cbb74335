import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { setModeratorRole } from '../src/discord/functions/config/set-moderator-role.ts';
import { setQuestionSource } from '../src/discord/functions/config/set-question-source.ts';

const { Subcommand, Role, String: Text } = ApplicationCommandOptionType;

export const definition = {
  name: 'config',
  description: 'Server settings for quizbot (Manage Server)',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  options: [
    {
      type: Subcommand,
      name: 'moderator-role',
      description: 'Let members with this role manage questions and articles (leave out to clear)',
      options: [{ type: Role, name: 'role', description: 'The moderator role' }],
    },
    {
      type: Subcommand,
      name: 'question-source',
      description: 'Which questions rounds use',
      options: [
        {
          type: Text,
          name: 'source',
          description: 'Shipped bank, this server’s own questions, or both',
          required: true,
          choices: [
            { name: 'Shipped questions', value: 'shipped' },
            { name: "This server's questions", value: 'server' },
            { name: 'Both', value: 'both' },
          ],
        },
      ],
    },
  ],
} as const satisfies CommandDefinition;

export default defineCommand({
  definition,
  // Only Manage Server: a moderator role must not be able to hand itself out.
  access: 'manage-server',
  response: 'ephemeral',
  execute: async (interaction, args, ctx) => {
    const guildId = interaction.guildId!; // guild-only command, and access 'manage-server' has checked it
    if (args.subcommand === 'moderator-role') return setModeratorRole(ctx, guildId, args.role);
    return setQuestionSource(ctx, guildId, args.source);
  },
});
