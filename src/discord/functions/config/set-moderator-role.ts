import { roleMention, type APIRole, type Role } from 'discord.js';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { UserError } from '../../interactions/user-error.ts';

/** `/config moderator-role [role]`: members with this role may manage questions and articles. No role clears it. */
export async function setModeratorRole(ctx: HandlerContext, guildId: string, role: Role | APIRole | undefined): Promise<void> {
  if (role && role.id === guildId) throw new UserError('@everyone cannot be the moderator role: pick a role only moderators have.');
  if (role?.managed) throw new UserError(`${role.name} is managed by an integration; pick a role you assign yourself.`);
  const result = await ctx.services.serverConfig.update(guildId, { moderatorRoleId: role?.id ?? null });
  if (!result.ok) throw new UserError(`The setting was not changed: ${result.problems.join('; ')}`);
  ctx.logger.info({ role: role?.id ?? null }, 'moderator role changed');
  await ctx.respond.send({
    content: role
      ? `Members with ${roleMention(role.id)} can now manage questions and articles (as can anyone with **Manage Server**).`
      : 'The moderator role is cleared: only members with **Manage Server** can manage questions and articles.',
  });
}
