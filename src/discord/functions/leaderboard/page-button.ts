import { z } from 'zod';
import { defineButton } from '../../components/define-component.ts';
import { UserError } from '../../interactions/user-error.ts';
import type { LeaderboardButtonIds } from '../../render/leaderboard-message.ts';
import { showLeaderboard } from './show-leaderboard.ts';

/**
 * `leaderboard:page:v1:<period>:<page>:<slot>`: paging the public board, which updates it in place (the
 * "own rank" line then names whoever clicked). `slot` keeps the ids on one message distinct.
 */
export const pageButton = defineButton({
  name: 'leaderboard:page',
  version: 1,
  params: { period: z.enum(['all-time', 'week']), page: z.coerce.number().int().min(0).max(100_000), slot: z.enum(['prev', 'mine', 'next']) },
  response: 'update',
  handle: async (interaction, params, ctx) => {
    if (!interaction.guildId) throw new UserError('The leaderboard belongs to a server.');
    await showLeaderboard(ctx, { guildId: interaction.guildId, viewerId: interaction.user.id, period: params.period, page: params.slot === 'mine' ? 'mine' : params.page, buttonIds: leaderboardButtonIds });
  },
});

export function leaderboardButtonIds(period: 'all-time' | 'week', page: number): LeaderboardButtonIds {
  return {
    previous: pageButton.id({ period, page: Math.max(1, page - 1), slot: 'prev' }),
    mine: pageButton.id({ period, page: 0, slot: 'mine' }),
    next: pageButton.id({ period, page: page + 1, slot: 'next' }),
  };
}
