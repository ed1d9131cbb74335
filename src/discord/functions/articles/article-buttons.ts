import { articleIdSchema } from '../../../bank/schema.ts';
import { defineButton } from '../../components/define-component.ts';
import { UserError } from '../../interactions/user-error.ts';
import { articleName, questionCount, refusalMessage } from './article-messages.ts';

const params = { articleId: articleIdSchema };

/** "Publish": the drafts join the server's questions; the draft message says so and loses its buttons. */
export const publishArticleButton = defineButton({
  name: 'article:publish',
  version: 1,
  params,
  access: 'moderator',
  response: 'update',
  handle: async (interaction, { articleId }, ctx) => {
    const result = await ctx.services.articles.publish({ guildId: interaction.guildId!, articleId });
    if (!result.ok) throw new UserError(refusalMessage(result));
    ctx.logger.info({ articleId, published: result.published }, 'article published');
    await ctx.respond.send({
      content: `Published ${questionCount(result.published, false)} from ${articleName(result.article)}: \`/quiz\` and \`/study\` can now ask them.`,
      components: [],
    });
  },
});

/** "Discard": the article and its drafts are removed, as if never added. */
export const discardArticleButton = defineButton({
  name: 'article:discard',
  version: 1,
  params,
  access: 'moderator',
  response: 'update',
  handle: async (interaction, { articleId }, ctx) => {
    const result = await ctx.services.articles.discard({ guildId: interaction.guildId!, articleId });
    if (!result.ok) throw new UserError(refusalMessage(result));
    ctx.logger.info({ articleId }, 'draft article discarded');
    await ctx.respond.send({
      content: `Discarded ${articleName(result.article)} and its ${questionCount(result.article.questionCount, true)}.`,
      embeds: [],
      components: [],
    });
  },
});
