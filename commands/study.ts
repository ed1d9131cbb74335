import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { replyNotAvailable } from '../src/discord/functions/common/reply-not-available.ts';

export const definition = {
  name: 'study',
  description: 'Practise on your own: questions you got wrong come back sooner',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    { type: ApplicationCommandOptionType.String, name: 'article', description: 'Only questions from this article (its id or title)', max_length: 100 },
  ],
} as const satisfies CommandDefinition;

export default defineCommand({
  definition,
  response: 'ephemeral',
  execute: (_interaction, _args, ctx) => replyNotAvailable(ctx, '/study'),
});
