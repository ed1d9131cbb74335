import type { SetupContext } from '../../commands/define-command.ts';
import { announceRoundEnds } from './announce-round-end.ts';

/**
 * Once the client is ready: reveal rounds as they end, and pick up those left in flight by a restart
 * (running ones re-armed, due ones revealed, long-stale ones expired; each edits its message).
 */
export async function resumeRounds({ client, services, logger }: SetupContext): Promise<void> {
  services.rounds.onRoundEnd(announceRoundEnds(client, logger));
  const summary = await services.rounds.restore({ guildIds: [...client.guilds.cache.keys()] });
  logger.info({ ...summary }, 'rounds in flight picked up');
}
