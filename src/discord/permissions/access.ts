import type { BaseInteraction } from 'discord.js';
import { UserError } from '../interactions/user-error.ts';
import type { BotServices } from '../services/bot-services.ts';
import { hasManageServer, isModerator } from './is-moderator.ts';

/** Who may use a command or component. `default_member_permissions` only hides commands; this decides. */
export type Access = 'everyone' | 'moderator' | 'manage-server';

export async function assertAccess(interaction: BaseInteraction, access: Access, services: BotServices): Promise<void> {
  if (access === 'everyone') return;
  if (!interaction.inGuild()) throw new UserError('This only works in a server.');
  if (access === 'manage-server') {
    if (!hasManageServer(interaction)) throw new UserError('Only members with the **Manage Server** permission can do this.');
    return;
  }
  if (!(await isModerator(interaction, services))) {
    throw new UserError("Only moderators can do this: it needs the **Manage Server** permission or this server's moderator role.");
  }
}
