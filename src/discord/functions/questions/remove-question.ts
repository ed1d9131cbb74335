import { inlineCode } from 'discord.js';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { UserError } from '../../interactions/user-error.ts';
import { DISCORD_LIMITS } from '../../render/limits.ts';
import { escapeText, oneLine, truncate } from '../../render/text.ts';

/** `/question remove id`: removes one of the server's own questions; shipped ones cannot be removed. */
export async function removeQuestion(ctx: HandlerContext, guildId: string, questionId: string): Promise<void> {
  const id = questionId.trim();
  const own = (await ctx.services.serverQuestions.all(guildId)).find((question) => question.id === id);
  const removed = own ? await ctx.services.serverQuestions.remove({ guildId, questionId: id }) : false;
  if (!own || !removed) {
    const shipped = await ctx.services.catalogue.find(guildId, id);
    throw new UserError(
      shipped
        ? `${inlineCode(id)} is a shipped question: it cannot be removed, but \`/config question-source\` can leave the shipped questions out.`
        : `This server has no question ${inlineCode(id.replace(/`/g, "'"))}. \`/question list\` shows the ids.`,
    );
  }
  ctx.logger.info({ question: id }, 'question removed');
  await ctx.respond.send({ content: truncate(`🗑️ Removed ${inlineCode(id)}: ${escapeText(oneLine(own.stem))}`, DISCORD_LIMITS.content) });
}
