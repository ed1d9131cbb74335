import type { HandlerContext } from '../../interactions/handler-context.ts';
import { UserError } from '../../interactions/user-error.ts';
import { refusalMessage } from './article-messages.ts';
import { draftView } from './draft-view.ts';

/** Refuses at once, before any upload or form, when the server has no room for another article. */
export async function assertRoomForArticle(ctx: HandlerContext, guildId: string): Promise<void> {
  const room = await ctx.services.articles.checkRoom(guildId);
  if (!room.ok) throw new UserError(refusalMessage(room));
}

/**
 * Stores the article with its draft questions and answers with the draft view. The interaction must be
 * deferred already: generation takes seconds for a long article.
 */
export async function createArticle(ctx: HandlerContext, input: { guildId: string; userId: string; text: string; title?: string; fileName?: string }): Promise<void> {
  const result = await ctx.services.articles.add({
    guildId: input.guildId,
    text: input.text,
    addedBy: input.userId,
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.fileName === undefined ? {} : { fileName: input.fileName }),
  });
  if (!result.ok) throw new UserError(refusalMessage(result));
  ctx.logger.info({ articleId: result.article.id, drafts: result.drafts.length, dropped: result.dropped, overQuota: result.overQuota, bytes: result.article.bytes, ms: result.ms }, 'article added as drafts');
  await ctx.respond.send(draftView(result));
}
