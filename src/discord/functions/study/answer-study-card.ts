import type { ButtonInteraction } from 'discord.js';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { UserError } from '../../interactions/user-error.ts';
import { renderStudyFeedback } from '../../render/study-messages.ts';
import type { StudyIds } from './study-ids.ts';

/**
 * A study answer: graded once and fed to the member's Leitner schedule (a wrong answer comes back within a
 * minute), then the card turns into its feedback: right or wrong, the answer, the passage, a Next button.
 */
export async function answerStudyCard(
  interaction: ButtonInteraction,
  params: { cardId: string; choice: number; scoped: boolean },
  ctx: HandlerContext,
  ids: StudyIds,
): Promise<void> {
  const guildId = interaction.guildId;
  if (!guildId) throw new UserError('Study cards belong to a server.');
  const result = await ctx.services.study.answerCard({ guildId, userId: interaction.user.id, cardId: params.cardId, choice: params.choice });
  if (result.status === 'unknown-card') throw new UserError('This card is from an earlier session and can no longer be answered. Use `/study` for a new one.');
  if (result.status === 'invalid-choice') throw new UserError('That is not one of this card’s choices, so nothing was recorded.');
  const article = params.scoped ? result.source?.article : undefined;
  await ctx.respond.send(renderStudyFeedback(result, { answer: (choice) => ids.answer(params.cardId, choice, params.scoped), next: ids.next(article) }));
}
