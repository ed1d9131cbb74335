import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { replyNotAvailable } from '../src/discord/functions/common/reply-not-available.ts';

export const definition = {
  name: 'quiz',
  description: 'Post a question in this channel; everyone may answer once before the timer ends',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    { type: ApplicationCommandOptionType.String, name: 'topic', description: 'Only questions about this (a word or a name)', max_length: 100 },
    { type: ApplicationCommandOptionType.String, name: 'article', description: 'Only questions from this article (its id or title)', max_length: 100 },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'seconds',
      description: 'How long members have to answer (default 20)',
      min_value: 5,
      max_value: 120,
    },
  ],
} as const satisfies CommandDefinition;

export default defineCommand({
  definition,
  response: 'public',
  execute: (_interaction, _args, ctx) => replyNotAvailable(ctx, '/quiz'),
});
