import { PermissionFlagsBits, type BaseInteraction, type GuildMemberRoleManager } from 'discord.js';
import type { BotServices } from '../services/bot-services.ts';

/** Role ids of the member behind an interaction, from the interaction's own member data. */
function memberRoleIds(interaction: BaseInteraction): readonly string[] | ReadonlySet<string> {
  const roles = interaction.member?.roles;
  if (!roles) return [];
  return Array.isArray(roles) ? roles : new Set((roles as GuildMemberRoleManager).cache.keys());
}

/**
 * SPEC §2: a moderator has Manage Server, or the role set with `/config moderator-role`. Decided on every
 * call from the member data Discord put in this interaction (its `permissions` are computed by Discord),
 * never from anything cached about the user or sent by the client.
 */
export async function isModerator(interaction: BaseInteraction, services: BotServices): Promise<boolean> {
  if (!interaction.inGuild()) return false;
  if (hasManageServer(interaction)) return true;
  const { moderatorRoleId: roleId } = await services.serverConfig.get(interaction.guildId);
  if (!roleId) return false;
  const roles = memberRoleIds(interaction);
  return 'has' in roles ? roles.has(roleId) : roles.includes(roleId);
}

export function hasManageServer(interaction: BaseInteraction): boolean {
  // Administrator implies every permission; discord.js's `has` checks for it by default.
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}
