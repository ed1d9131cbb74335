import { roundTiming } from '../../engine/round.ts';
import { releaseRoundSlot } from './active-rounds.ts';
import type { RoundContext } from './round-context.ts';
import type { RoundEnd } from './round-views.ts';

export interface RestoreSummary {
  /** Still running: timers re-armed for their deadlines. */
  resumed: number;
  /** Due while the bot was down (or closed but not announced): revealed now. */
  revealed: number;
  /** Too far past their deadline: expired without points. */
  expired: number;
  /** Listed as active but with no round record (a crash while starting): slot freed. */
  dropped: number;
}

const GUILDS_PER_READ = 200;

/** Resumes every round that was in flight in these servers when the process stopped. */
export async function restoreRounds(
  context: RoundContext,
  guildIds: readonly string[],
  now: number,
  finish: (roundId: string) => Promise<RoundEnd | null>,
): Promise<RestoreSummary> {
  const summary: RestoreSummary = { resumed: 0, revealed: 0, expired: 0, dropped: 0 };
  for (let start = 0; start < guildIds.length; start += GUILDS_PER_READ) {
    const chunk = guildIds.slice(start, start + GUILDS_PER_READ);
    const lists = await context.store.activeRounds.getMany(chunk);
    await Promise.all(
      chunk.map(async (guildId, index) => {
        for (const entry of lists[index]?.rounds ?? []) {
          const round = await context.store.rounds.get(entry.id);
          if (!round) {
            await releaseRoundSlot(context.store.activeRounds, guildId, entry.id);
            summary.dropped += 1;
          } else if (round.status === 'open' && roundTiming(round, now) === 'running') {
            context.scheduler.schedule(round.id, round.deadline);
            summary.resumed += 1;
          } else {
            const end = await finish(round.id);
            if (end?.kind === 'expired') summary.expired += 1;
            else if (end) summary.revealed += 1;
          }
        }
      }),
    );
  }
  if (summary.revealed + summary.expired + summary.dropped > 0 || summary.resumed > 0) context.logger.info({ ...summary }, 'restored rounds in flight');
  return summary;
}
