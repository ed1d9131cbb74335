import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { replyNotAvailable } from '../src/discord/functions/common/reply-not-available.ts';

const { Subcommand, String: Text, Integer, Attachment } = ApplicationCommandOptionType;

export const definition = {
  name: 'question',
  description: "Manage this server's questions (moderators)",
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  // Hidden from members without Manage Server; the bot re-checks (the moderator role also counts) on every call.
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  options: [
    { type: Subcommand, name: 'add', description: 'Write a question in a form' },
    {
      type: Subcommand,
      name: 'list',
      description: "List this server's questions",
      options: [{ type: Integer, name: 'page', description: 'Page (default 1)', min_value: 1, max_value: 10_000 }],
    },
    {
      type: Subcommand,
      name: 'remove',
      description: 'Remove a question by its id',
      options: [{ type: Text, name: 'id', description: 'The question id, as /question list shows it', required: true, min_length: 1, max_length: 64 }],
    },
    {
      type: Subcommand,
      name: 'import',
      description: 'Add questions from a JSON file in the bank format',
      options: [{ type: Attachment, name: 'file', description: 'A .json file: {"questions": [...]}', required: true }],
    },
    { type: Subcommand, name: 'export', description: "Download this server's questions as JSON" },
  ],
} as const satisfies CommandDefinition;

export default defineCommand({
  definition,
  access: 'moderator',
  response: 'ephemeral',
  execute: (_interaction, args, ctx) => replyNotAvailable(ctx, `/question ${args.subcommand}`),
});
