import { LEADERBOARD_PAGE_SIZE, type LeaderboardPeriod } from '../../../services/index.ts';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { renderLeaderboard, type LeaderboardButtonIds } from '../../render/leaderboard-message.ts';

export interface LeaderboardRequest {
  guildId: string;
  viewerId: string;
  period: LeaderboardPeriod;
  /** A page number, or the page holding the viewer's own rank. */
  page: number | 'mine';
  /** The paging buttons' custom ids for the page shown. */
  buttonIds: (period: LeaderboardPeriod, page: number) => LeaderboardButtonIds;
}

/** `/leaderboard` and its paging buttons: one page of the server's top players and the viewer's rank. */
export async function showLeaderboard(ctx: HandlerContext, request: LeaderboardRequest): Promise<void> {
  const { guildId, viewerId, period } = request;
  let page = await ctx.services.leaderboard.page({ guildId, period, viewerId, page: request.page === 'mine' ? 1 : request.page });
  if (request.page === 'mine' && page.viewer && page.viewer.rank > LEADERBOARD_PAGE_SIZE) {
    page = await ctx.services.leaderboard.page({ guildId, period, viewerId, page: Math.ceil(page.viewer.rank / LEADERBOARD_PAGE_SIZE) });
  }
  await ctx.respond.send(renderLeaderboard(page, viewerId, request.buttonIds(period, page.page)));
}
