import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { replyNotAvailable } from '../src/discord/functions/common/reply-not-available.ts';

const { Subcommand, String: Text, Attachment } = ApplicationCommandOptionType;

export const definition = {
  name: 'article',
  description: "Manage this server's articles, the source of its questions (moderators)",
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  options: [
    {
      type: Subcommand,
      name: 'add',
      description: 'Add an article and generate questions from it',
      options: [{ type: Attachment, name: 'file', description: 'A .txt or .md file (leave out to paste the text instead)' }],
    },
    { type: Subcommand, name: 'list', description: "List this server's articles" },
    {
      type: Subcommand,
      name: 'remove',
      description: 'Remove an article and its questions',
      options: [{ type: Text, name: 'id', description: 'The article id, as /article list shows it', required: true, min_length: 1, max_length: 100 }],
    },
  ],
} as const satisfies CommandDefinition;

export default defineCommand({
  definition,
  access: 'moderator',
  response: 'ephemeral',
  execute: (_interaction, args, ctx) => replyNotAvailable(ctx, `/article ${args.subcommand}`),
});
