import { Routes, type REST } from 'discord.js';
import type { Logger } from '../../../logging/logger.ts';
import { NO_MENTIONS } from '../../interactions/no-mentions.ts';
import type { RenderedMessage } from '../../render/components.ts';
import type { RoundMessageRef } from './round-message-ref.ts';

/** Discord's interaction tokens work for 15 minutes; stop trusting one a little before. */
const TOKEN_LIFETIME_MS = 15 * 60_000 - 30_000;

/**
 * Edits a round's message, by the interaction webhook (`@original`) while its token is fresh, else (or if
 * that fails) by channel message id. The webhook comes first: it needs no channel permission, is the
 * message's own interaction, and has its own rate limit; the channel edit covers reveals after the token
 * has lapsed (a restart long after the round) and needs View Channel and Read Message History.
 */
export async function editRoundMessage(rest: REST, ref: RoundMessageRef, message: RenderedMessage, logger: Logger, now = Date.now()): Promise<'webhook' | 'channel'> {
  const body = { embeds: message.embeds, components: message.components, allowed_mentions: { parse: NO_MENTIONS.parse } };
  if (now - ref.issuedAt < TOKEN_LIFETIME_MS) {
    try {
      // auth: false — a webhook token route; a 401 here must not make discord.js drop the bot token.
      await rest.patch(Routes.webhookMessage(ref.applicationId, ref.token), { body, auth: false });
      return 'webhook';
    } catch (error) {
      if (!ref.messageId) throw error;
      logger.info({ err: error }, 'could not edit the round message through its interaction; editing it in the channel');
    }
  }
  if (!ref.messageId) throw new Error('the interaction token has lapsed and the round message id is unknown');
  await rest.patch(Routes.channelMessage(ref.channelId, ref.messageId), { body });
  return 'channel';
}
