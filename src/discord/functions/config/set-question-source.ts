import type { HandlerContext } from '../../interactions/handler-context.ts';
import { UserError } from '../../interactions/user-error.ts';

const DESCRIPTIONS = {
  shipped: 'the shipped question bank only',
  server: "this server's own questions only",
  both: "the shipped bank and this server's own questions",
} as const;

/** `/config question-source source`: which questions rounds and study draw from. */
export async function setQuestionSource(ctx: HandlerContext, guildId: string, source: keyof typeof DESCRIPTIONS): Promise<void> {
  const result = await ctx.services.serverConfig.update(guildId, { questionSource: source });
  if (!result.ok) throw new UserError(`The setting was not changed: ${result.problems.join('; ')}`);
  ctx.logger.info({ source }, 'question source changed');
  await ctx.respond.send({ content: `Rounds and study now use ${DESCRIPTIONS[source]}.` });
}
