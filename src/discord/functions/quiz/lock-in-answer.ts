import type { ButtonInteraction } from 'discord.js';
import type { AnswerOutcome } from '../../../services/index.ts';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { choiceLetter } from '../../render/text.ts';

const REPLIES: Record<AnswerOutcome, (letter: string) => string> = {
  'locked-in': (letter) => `🔒 Locked in: **${letter}**. The answer is revealed when the timer ends.`,
  'already-answered': () => 'You have already answered this round: your first answer stands.',
  'round-closed': () => 'This round is over, so answers are closed. Start a new one with `/quiz`.',
  'unknown-round': () => 'This round is no longer running (it ended a while ago or was lost in a restart). Start a new one with `/quiz`.',
  'invalid-choice': () => 'That is not one of this round’s choices, so nothing was recorded.',
};

/**
 * A click on a round's choice: recorded once per member (stored before the reply), confirmed only to the
 * member, never saying whether it is right. The interaction's own timestamp decides who was first.
 */
export async function lockInAnswer(interaction: ButtonInteraction, params: { roundId: string; choice: number }, ctx: HandlerContext): Promise<void> {
  const outcome = await ctx.services.rounds.answerRound({ roundId: params.roundId, userId: interaction.user.id, choice: params.choice, now: interaction.createdTimestamp });
  await ctx.respond.send({ content: REPLIES[outcome](choiceLetter(params.choice)) });
}
