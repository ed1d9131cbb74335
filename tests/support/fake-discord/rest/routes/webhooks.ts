import type { InteractionRecord, MessageRecord } from '../../records.ts';
import { EPHEMERAL } from '../../validation/limits.ts';
import type { Route, RouteContext, RouteResult } from '../context.ts';
import { DiscordErrors } from '../errors.ts';
import { messageResult, readMessageBody } from './message-body.ts';

/** The interaction behind a webhook token: it must exist, be acknowledged, and be younger than 15 minutes. */
function tokenInteraction(ctx: RouteContext): InteractionRecord {
  const { state, settings } = ctx.services;
  if (ctx.params.app !== state.options.applicationId) throw DiscordErrors.unknownWebhook();
  const record = state.interactionByToken.get(ctx.params.token!);
  if (!record) throw DiscordErrors.unknownWebhook();
  ctx.interactionId = record.id;
  if (state.clock() - record.createdAt > settings.tokenLifetimeMs) throw DiscordErrors.invalidWebhookToken();
  if (!record.callback) throw DiscordErrors.unknownWebhook();
  return record;
}

function targetMessage(ctx: RouteContext, record: InteractionRecord): MessageRecord {
  const { state } = ctx.services;
  const wanted = ctx.params.message === '@original' ? record.originalMessageId : ctx.params.message;
  const isOwn = wanted !== undefined && (wanted === record.originalMessageId || record.followUpIds.includes(wanted));
  const message = isOwn ? state.messages.get(wanted) : undefined;
  if (!message || message.deleted) throw DiscordErrors.unknownMessage();
  return message;
}

function followUp(ctx: RouteContext): RouteResult {
  const { state } = ctx.services;
  const record = tokenInteraction(ctx);
  const body = readMessageBody(ctx, ctx.body, [], 'create');
  const attachments = state.storeUploads(record.channelId, ctx.files, body);
  const original = record.originalMessageId ? state.messages.get(record.originalMessageId) : undefined;
  let message: MessageRecord;
  if (original?.loading && !original.deleted) {
    // The first follow-up after a deferred reply replaces the "thinking…" message and keeps its ephemerality.
    message = state.editMessage(original, body, attachments);
  } else {
    message = state.createMessage({
      channelId: record.channelId,
      body,
      attachments,
      role: 'follow-up',
      interaction: record,
      ephemeral: ((body.flags ?? 0) & EPHEMERAL) !== 0,
      notify: true,
    });
    record.followUpIds.push(message.api.id);
    state.interactionChanged(record);
  }
  return ctx.query.get('wait') === 'false' ? { status: 204 } : messageResult(message);
}

function getMessage(ctx: RouteContext): RouteResult {
  return messageResult(targetMessage(ctx, tokenInteraction(ctx)));
}

function editMessage(ctx: RouteContext): RouteResult {
  const { state } = ctx.services;
  const record = tokenInteraction(ctx);
  const message = targetMessage(ctx, record);
  const body = readMessageBody(ctx, ctx.body, [], 'edit');
  state.editMessage(message, body, state.storeUploads(record.channelId, ctx.files, body));
  return messageResult(message);
}

function deleteMessage(ctx: RouteContext): RouteResult {
  const record = tokenInteraction(ctx);
  ctx.services.state.deleteMessage(targetMessage(ctx, record));
  return { status: 204 };
}

const major = (params: Record<string, string>) => `${params.app}/${params.token}`;

export const webhookRoutes: Route[] = [
  { method: 'POST', pattern: '/webhooks/:app/:token', family: 'webhook', auth: false, major, handle: followUp },
  { method: 'GET', pattern: '/webhooks/:app/:token/messages/:message', family: 'webhook', auth: false, major, handle: getMessage },
  { method: 'PATCH', pattern: '/webhooks/:app/:token/messages/:message', family: 'webhook', auth: false, major, handle: editMessage },
  { method: 'DELETE', pattern: '/webhooks/:app/:token/messages/:message', family: 'webhook', auth: false, major, handle: deleteMessage },
];
