import { z } from 'zod';
import { defineButton } from '../../components/define-component.ts';
import { UserError } from '../../interactions/user-error.ts';
import { answerStudyCard } from './answer-study-card.ts';
import { showStudyCard } from './show-study-card.ts';
import type { StudyIds } from './study-ids.ts';

const ALL_ARTICLES = '*';
/** What fits of an article id in a custom_id after `study:next:v1:`; a longer one studies all articles. */
const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,85}$/;

/** `study:answer:v1:<cardId>:<choice>:<scoped 0|1>`: answers a card, updating it into its feedback. */
export const studyAnswerButton = defineButton({
  name: 'study:answer',
  version: 1,
  params: { cardId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), choice: z.coerce.number().int().min(0).max(9), scoped: z.enum(['0', '1']) },
  response: 'update',
  handle: (interaction, params, ctx) => answerStudyCard(interaction, { cardId: params.cardId, choice: params.choice, scoped: params.scoped === '1' }, ctx, studyIds),
});

/** `study:next:v1:<article or *>`: the next card, in place of the feedback. */
export const studyNextButton = defineButton({
  name: 'study:next',
  version: 1,
  params: { article: z.string().refine((value) => value === ALL_ARTICLES || ARTICLE_ID.test(value)) },
  response: 'update',
  handle: async (interaction, params, ctx) => {
    if (!interaction.guildId) throw new UserError('Study cards belong to a server.');
    const article = params.article === ALL_ARTICLES ? undefined : params.article;
    await showStudyCard(ctx, { guildId: interaction.guildId, userId: interaction.user.id, article }, studyIds);
  },
});

export const studyIds: StudyIds = {
  answer: (cardId, choice, scoped) => studyAnswerButton.id({ cardId, choice, scoped: scoped ? '1' : '0' }),
  next: (article) => studyNextButton.id({ article: article && ARTICLE_ID.test(article) ? article : ALL_ARTICLES }),
};
