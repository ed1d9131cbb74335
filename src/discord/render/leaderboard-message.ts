import { ButtonStyle, userMention, type APIEmbed } from 'discord.js';
import type { LeaderboardPage, LeaderboardRow } from '../../services/index.ts';
import { button, buttonRow, type RenderedMessage } from './components.ts';
import { PALETTE } from './palette.ts';
import { percent, plural } from './text.ts';

export interface LeaderboardButtonIds {
  previous: string;
  next: string;
  /** Jumps to the page of whoever clicks. */
  mine: string;
}

const MEDALS = ['🥇', '🥈', '🥉'];

/** One short line per player, readable on a phone: rank, who, points, accuracy, streak. */
export function leaderboardLine(row: LeaderboardRow): string {
  const rank = MEDALS[row.rank - 1] ?? `\`#${row.rank}\``;
  const streak = row.streak > 1 ? ` · 🔥 ${row.streak}` : '';
  return `${rank} ${userMention(row.userId)} · **${row.points}** pts · ${percent(row.accuracy)}${streak}`;
}

/**
 * The public board: ten players, the named viewer's own rank even off the page, and paging buttons
 * (disabled at either end). `viewerId` is whoever asked or paged last; the line names them.
 */
export function renderLeaderboard(page: LeaderboardPage, viewerId: string, ids: LeaderboardButtonIds): RenderedMessage {
  const title = page.period === 'week' ? `🏆 Leaderboard · this week (${page.weekId})` : '🏆 Leaderboard · all time';
  const lines = page.rows.map(leaderboardLine);
  if (lines.length === 0) lines.push(page.period === 'week' ? 'Nobody has scored this week yet: start a round with `/quiz`!' : 'Nobody has scored yet: start a round with `/quiz`!');
  const viewer = page.viewer;
  const onPage = viewer !== null && page.rows.some((row) => row.userId === viewer.userId);
  const own = viewer
    ? `📍 ${userMention(viewerId)} is **#${viewer.rank}** of ${page.totalPlayers} · ${viewer.points} pts · ${percent(viewer.accuracy)}${onPage ? '' : ' (not on this page)'}`
    : `📍 ${userMention(viewerId)} has no rank yet${page.period === 'week' ? ' this week' : ''}: answer a \`/quiz\` round to get on the board.`;
  const embed: APIEmbed = {
    color: PALETTE.board,
    title,
    description: `${lines.join('\n')}\n\n${own}`,
    footer: { text: `Page ${page.page} of ${page.pageCount} · ${plural(page.totalPlayers, 'player')}` },
  };
  return {
    embeds: [embed],
    components: [
      buttonRow(
        button(ids.previous, 'Previous', { emoji: '◀️', disabled: page.page <= 1 }),
        button(ids.mine, 'My rank', { emoji: '📍', style: ButtonStyle.Primary }),
        button(ids.next, 'Next', { emoji: '▶️', disabled: page.page >= page.pageCount }),
      ),
    ],
  };
}
