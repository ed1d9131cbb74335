import type { ChatInputCommandInteraction, User } from 'discord.js';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { UserError } from '../../interactions/user-error.ts';
import { renderStats } from '../../render/stats-message.ts';

/** `/stats [user]`: points, answers, accuracy, streaks and ranks in this server, for the caller or a member. */
export async function showStats(interaction: ChatInputCommandInteraction, user: User | undefined, ctx: HandlerContext): Promise<void> {
  const guildId = interaction.guildId;
  if (!guildId) throw new UserError('Stats are kept per server: use this in a server.');
  const target = user ?? interaction.user;
  if (target.bot) throw new UserError('Bots do not play, so they have no stats.');
  const member = user ? interaction.options.getMember('user') : interaction.member;
  const displayName = member && 'displayName' in member ? member.displayName : (member?.nick ?? target.displayName);
  const stats = await ctx.services.leaderboard.stats({ guildId, userId: target.id });
  await ctx.respond.send(renderStats(displayName, stats));
}
