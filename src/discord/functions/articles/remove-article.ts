import type { HandlerContext } from '../../interactions/handler-context.ts';
import { UserError } from '../../interactions/user-error.ts';
import { articleName, questionCount, refusalMessage } from './article-messages.ts';

/** `/article remove id`: the article goes, with every question of this server that cites it. */
export async function removeArticle(ctx: HandlerContext, input: { guildId: string; articleId: string }): Promise<void> {
  const result = await ctx.services.articles.remove({ guildId: input.guildId, articleId: input.articleId.trim() });
  if (!result.ok) throw new UserError(refusalMessage(result));
  ctx.logger.info({ articleId: result.article.id, status: result.article.status, removedQuestions: result.removedQuestions }, 'article removed');
  const draft = result.article.status === 'draft';
  const removed = draft ? result.article.questionCount : result.removedQuestions;
  await ctx.respond.send({ content: `Removed ${draft ? 'the draft ' : ''}${articleName(result.article)} and its ${questionCount(removed, draft)}.` });
}
