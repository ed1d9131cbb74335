import type { HandlerContext } from '../../interactions/handler-context.ts';

/** What a command answers until its feature is built. */
export async function replyNotAvailable(ctx: HandlerContext, command: string): Promise<void> {
  await ctx.respond.send({ content: `\`${command}\` is not available yet. It is coming soon.` }, { ephemeral: true });
}
