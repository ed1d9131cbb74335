import type { APIMessage } from 'discord-api-types/v10';
import type { MessageRecord } from '../../records.ts';
import { messageBodySchema, type MessageBody } from '../../validation/message-schemas.ts';
import { asObject, enforce, requireAllowedMentions, type RouteContext } from '../context.ts';
import { DiscordErrors } from '../errors.ts';

/**
 * Reads a message create/edit body: checked against Discord's limits (at `prefix`), the allowed_mentions
 * policy recorded, and for creates an empty message refused with 50006 as Discord does.
 */
export function readMessageBody(ctx: RouteContext, raw: unknown, prefix: (string | number)[], kind: 'create' | 'edit'): MessageBody {
  const body = asObject(raw) as MessageBody;
  enforce(ctx, messageBodySchema, body, prefix);
  requireAllowedMentions(ctx, body, `${ctx.method} ${ctx.route}`);
  if (kind === 'create') {
    const hasContent = typeof body.content === 'string' && body.content.length > 0;
    const hasEmbeds = Array.isArray(body.embeds) && body.embeds.length > 0;
    const hasComponents = Array.isArray(body.components) && body.components.length > 0;
    const hasStickers = Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0;
    if (!hasContent && !hasEmbeds && !hasComponents && !hasStickers && ctx.files.length === 0 && !('poll' in body)) {
      throw DiscordErrors.emptyMessage();
    }
  }
  return body;
}

/** The message as the API returns it to the bot. */
export function messageResult(record: MessageRecord): { status: number; body: APIMessage } {
  return { status: 200, body: record.api };
}
