import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { UserError } from '../src/discord/interactions/user-error.ts';
import { resolveArticle } from '../src/discord/functions/common/resolve-article.ts';
import { suggestArticles } from '../src/discord/functions/common/suggest-articles.ts';
import { showStudyCard } from '../src/discord/functions/study/show-study-card.ts';
import { studyAnswerButton, studyIds, studyNextButton } from '../src/discord/functions/study/study-buttons.ts';

export const definition = {
  name: 'study',
  description: 'Practise on your own: questions you got wrong come back sooner',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    { type: ApplicationCommandOptionType.String, name: 'article', description: 'Only questions from this article (its id or title)', max_length: 100, autocomplete: true },
  ],
} as const satisfies CommandDefinition;

export default defineCommand({
  definition,
  // Private practice: the card, its feedback and the next card stay in one ephemeral message.
  response: 'ephemeral',
  buttons: [studyAnswerButton, studyNextButton],
  execute: async (interaction, args, ctx) => {
    const guildId = interaction.guildId;
    if (!guildId) throw new UserError('Study cards belong to a server: use this in a server.');
    const article = args.article ? await resolveArticle(ctx.services, guildId, args.article) : undefined;
    await showStudyCard(ctx, { guildId, userId: interaction.user.id, article }, studyIds);
  },
  autocomplete: async (interaction, ctx) => {
    if (!interaction.guildId) return [];
    const focused = interaction.options.getFocused(true);
    return focused.name === 'article' ? suggestArticles(ctx.services, interaction.guildId, focused.value) : [];
  },
});
