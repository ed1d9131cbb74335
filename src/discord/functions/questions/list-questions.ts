import type { HandlerContext } from '../../interactions/handler-context.ts';
import { renderQuestionList } from '../../render/question-messages.ts';
import type { QuestionIds } from './question-ids.ts';
import { questionSourceNote } from './question-source-note.ts';

/** `/question list [page]` and its paging buttons: the server's own questions, ids first, ten a page. */
export async function listQuestions(ctx: HandlerContext, guildId: string, page: number, ids: QuestionIds): Promise<void> {
  const [list, note] = await Promise.all([ctx.services.serverQuestions.list({ guildId, page }), questionSourceNote(ctx.services, guildId)]);
  await ctx.respond.send(renderQuestionList(list, { previous: ids.listPage(Math.max(1, list.page - 1), 'prev'), next: ids.listPage(list.page + 1, 'next') }, note));
}
