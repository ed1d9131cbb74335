import type { Client } from 'discord.js';
import type { Logger } from '../../../logging/logger.ts';
import type { RoundEnd, RoundEndListener } from '../../../services/index.ts';
import { renderRoundEnd } from '../../render/round-message.ts';
import { answerButtonIds } from './answer-button.ts';
import { editRoundMessage } from './edit-round-message.ts';
import { readRoundMessageRef } from './round-message-ref.ts';

/** The reveal: each round end (timer, restore or expiry) edits the round's message in its channel. */
export function announceRoundEnds(client: Client<true>, logger: Logger): RoundEndListener {
  return async (end: RoundEnd) => {
    const ref = readRoundMessageRef(end.adapterRef);
    if (!ref) {
      logger.warn({ round: end.round.id }, 'a round ended without a usable message reference; nothing to edit');
      return;
    }
    const via = await editRoundMessage(client.rest, ref, renderRoundEnd(end, answerButtonIds(end.round.id)), logger);
    logger.info({ round: end.round.id, kind: end.kind, answers: end.results.length, via }, end.kind === 'expired' ? 'round expired' : 'round revealed');
  };
}
