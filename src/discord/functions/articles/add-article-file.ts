import type { Attachment } from 'discord.js';
import { ARTICLE_FILE, checkAttachment, fetchAttachmentText } from '../../attachments/index.ts';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { assertRoomForArticle, createArticle } from './create-article.ts';

/** `/article add file`: a .txt or .md upload, checked, downloaded and turned into draft questions. */
export async function addArticleFile(ctx: HandlerContext, input: { guildId: string; userId: string; file: Attachment }): Promise<void> {
  // What can be refused from the attachment's declared name, type and size, or the quotas, is refused at once.
  checkAttachment(input.file, ARTICLE_FILE);
  await assertRoomForArticle(ctx, input.guildId);
  // Downloading and generating may take seconds: acknowledge first.
  await ctx.respond.defer();
  const text = await fetchAttachmentText(input.file, ARTICLE_FILE);
  await createArticle(ctx, { guildId: input.guildId, userId: input.userId, text, fileName: input.file.name });
}
