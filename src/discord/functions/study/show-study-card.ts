import type { HandlerContext } from '../../interactions/handler-context.ts';
import { renderCaughtUp, renderNoStudyQuestions, renderStudyCard } from '../../render/study-messages.ts';
import type { StudyIds } from './study-ids.ts';

export interface StudyScope {
  guildId: string;
  userId: string;
  /** An article id, to study only its questions. */
  article?: string | undefined;
}

/**
 * The member's next study card: an overdue one first, else one never seen; or, when everything is
 * scheduled for later, when the next is due. Shown privately (a new message, or the same one updated).
 */
export async function showStudyCard(ctx: HandlerContext, scope: StudyScope, ids: StudyIds): Promise<void> {
  const { guildId, userId, article } = scope;
  const next = await ctx.services.study.nextCard({ guildId, userId, ...(article ? { article } : {}) });
  if (next.status === 'card') {
    const { card } = next;
    await ctx.respond.send(renderStudyCard(card, { answer: (choice) => ids.answer(card.cardId, choice, article !== undefined) }));
    return;
  }
  if (next.status === 'caught-up') {
    const progress = article ? null : await ctx.services.study.progress({ guildId, userId });
    await ctx.respond.send(renderCaughtUp(next.nextDueAt, progress, ids.next(article)));
    return;
  }
  const title = article ? (await ctx.services.catalogue.articles(guildId)).find((entry) => entry.id === article)?.title : undefined;
  await ctx.respond.send(renderNoStudyQuestions(article ? (title ?? article) : undefined));
}
