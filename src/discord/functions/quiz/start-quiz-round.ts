import type { ChatInputCommandInteraction } from 'discord.js';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { UserError } from '../../interactions/user-error.ts';
import { renderRoundQuestion } from '../../render/round-message.ts';
import { resolveArticle } from '../common/resolve-article.ts';
import { answerButtonIds } from './answer-button.ts';
import { roundMessageRef } from './round-message-ref.ts';

export interface QuizArgs {
  topic?: string;
  article?: string;
  seconds?: number;
}

/**
 * `/quiz`: starts a round in this channel (one at a time) and posts it publicly with a button per choice.
 * The reveal edits this message when the timer ends (see announce-round-end.ts).
 */
export async function startQuizRound(interaction: ChatInputCommandInteraction, args: QuizArgs, ctx: HandlerContext): Promise<void> {
  const guildId = interaction.guildId;
  if (!guildId) throw new UserError('Rounds are played in a server channel.');
  const article = args.article ? await resolveArticle(ctx.services, guildId, args.article) : undefined;
  const ref = roundMessageRef(interaction);
  const started = await ctx.services.rounds.startRound({
    guildId,
    channelId: interaction.channelId,
    startedBy: interaction.user.id,
    ...(args.seconds === undefined ? {} : { seconds: args.seconds }),
    ...(args.topic ? { topic: args.topic } : {}),
    ...(article ? { article } : {}),
    adapterRef: ref,
  });
  if (!started.ok) throw new UserError(started.message);
  const { round } = started;

  try {
    await ctx.respond.send(renderRoundQuestion(round, answerButtonIds(round.id)));
  } catch (error) {
    // Nobody can see the round: close it now rather than hold the channel until its deadline.
    await ctx.services.rounds.finishRoundNow(round.id).catch(() => undefined);
    throw error;
  }
  ctx.logger.info({ round: round.id, question: round.questionId, deadline: round.deadline }, 'round started');

  // The message id lets the reveal edit the message even once the interaction token has lapsed.
  try {
    const message = await interaction.fetchReply();
    await ctx.services.rounds.setAdapterRef(round.id, { ...ref, messageId: message.id });
  } catch (error) {
    ctx.logger.warn({ err: error, round: round.id }, 'could not record the round message id; the reveal will rely on the interaction token');
  }
}
