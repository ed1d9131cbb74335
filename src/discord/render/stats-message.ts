import type { APIEmbed } from 'discord.js';
import type { PlayerStats } from '../../services/index.ts';
import type { RenderedMessage } from './components.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { PALETTE } from './palette.ts';
import { oneLine, percent, safeText } from './text.ts';

const rank = (value: number | null) => (value === null ? '—' : `#${value}`);

/** A member's points, answers, accuracy, streaks and ranks (all time and this week). */
export function renderStats(displayName: string, stats: PlayerStats): RenderedMessage {
  const name = safeText(oneLine(displayName), 100);
  const embed: APIEmbed = {
    color: PALETTE.question,
    title: `📊 ${name}`.slice(0, DISCORD_LIMITS.embedTitle),
  };
  if (stats.answered === 0) {
    embed.description = `${name} has not answered a channel round yet. Rounds start with \`/quiz\`; \`/study\` is practice and does not score.`;
    return { embeds: [embed], components: [] };
  }
  embed.fields = [
    { name: 'Points', value: `**${stats.points}**`, inline: true },
    { name: 'Rank', value: rank(stats.rank), inline: true },
    { name: 'Accuracy', value: percent(stats.accuracy), inline: true },
    { name: 'Answered', value: String(stats.answered), inline: true },
    { name: 'Correct', value: String(stats.correct), inline: true },
    { name: 'Streak', value: `🔥 ${stats.streak} (best ${stats.bestStreak})`, inline: true },
    {
      name: `This week (${stats.week.id})`,
      value:
        stats.week.answered === 0
          ? 'No rounds answered yet this week.'
          : `**${stats.week.points}** pts · ${stats.week.answered} answered · ${percent(stats.week.accuracy)} · rank ${rank(stats.week.rank)}`,
    },
  ];
  return { embeds: [embed], components: [] };
}
