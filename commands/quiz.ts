import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { suggestArticles } from '../src/discord/functions/common/suggest-articles.ts';
import { suggestTopics } from '../src/discord/functions/common/suggest-topics.ts';
import { answerButton } from '../src/discord/functions/quiz/answer-button.ts';
import { resumeRounds } from '../src/discord/functions/quiz/resume-rounds.ts';
import { startQuizRound } from '../src/discord/functions/quiz/start-quiz-round.ts';

export const definition = {
  name: 'quiz',
  description: 'Post a question in this channel; everyone may answer once before the timer ends',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    { type: ApplicationCommandOptionType.String, name: 'topic', description: 'Only questions about this (a word or a name)', max_length: 100, autocomplete: true },
    { type: ApplicationCommandOptionType.String, name: 'article', description: 'Only questions from this article (its id or title)', max_length: 100, autocomplete: true },
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
  buttons: [answerButton],
  execute: startQuizRound,
  setup: resumeRounds,
  autocomplete: async (interaction, ctx) => {
    if (!interaction.guildId) return [];
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'article') return suggestArticles(ctx.services, interaction.guildId, focused.value);
    if (focused.name === 'topic') return suggestTopics(ctx.services, interaction.guildId, focused.value);
    return [];
  },
});
