import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { InteractionRecord } from '../../records.ts';
import { EPHEMERAL, LIMITS } from '../../validation/limits.ts';
import { modalSchema, type ModalBody } from '../../validation/modal-schema.ts';
import { z } from 'zod';
import { asObject, enforce, refuse, type Route, type RouteContext, type RouteResult } from '../context.ts';
import { DiscordErrors } from '../errors.ts';
import { readMessageBody } from './message-body.ts';

const autocompleteSchema = z.looseObject({
  choices: z.array(z.looseObject({ name: z.string().min(1).max(100), value: z.union([z.string().max(100), z.number()]) })).max(LIMITS.autocompleteChoices),
});

const isComponentLike = (record: InteractionRecord) =>
  record.type === InteractionType.MessageComponent || (record.type === InteractionType.ModalSubmit && record.sourceMessageId !== undefined);

function allowedFor(record: InteractionRecord, type: InteractionResponseType): boolean {
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.DeferredChannelMessageWithSource:
      return record.type !== InteractionType.ApplicationCommandAutocomplete;
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage:
      return isComponentLike(record);
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return record.type === InteractionType.ApplicationCommandAutocomplete;
    case InteractionResponseType.Modal:
      return record.type === InteractionType.ApplicationCommand || record.type === InteractionType.MessageComponent;
    case InteractionResponseType.PremiumRequired:
    case InteractionResponseType.LaunchActivity:
      return true;
    default:
      return false;
  }
}

/** The interaction an id/token pair names, still inside its 3-second window and not yet acknowledged. */
function pendingInteraction(ctx: RouteContext): InteractionRecord {
  const { state, settings } = ctx.services;
  const record = state.interactions.get(ctx.params.id!);
  if (!record || record.token !== ctx.params.token) throw DiscordErrors.unknownInteraction();
  ctx.interactionId = record.id;
  // Discord forgets an unanswered interaction after 3 s: a late answer finds nothing.
  if (!record.callback && state.clock() - record.createdAt > settings.ackDeadlineMs) throw DiscordErrors.unknownInteraction();
  if (record.callback) throw DiscordErrors.alreadyAcknowledged();
  return record;
}

function callback(ctx: RouteContext): RouteResult {
  const { state, events } = ctx.services;
  const record = pendingInteraction(ctx);
  const body = asObject(ctx.body);
  const type = body.type as InteractionResponseType;
  if (!allowedFor(record, type)) {
    refuse(ctx, [{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Callback type ${String(type)} is not valid for interaction type ${record.type}.` }]);
  }
  const data = asObject(body.data);
  let messageId: string | undefined;
  let loading = false;
  let ephemeral = false;

  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      const message = readMessageBody(ctx, data, ['data'], 'create');
      ephemeral = ((message.flags ?? 0) & EPHEMERAL) !== 0;
      const created = state.createMessage({
        channelId: record.channelId,
        body: message,
        attachments: state.storeUploads(record.channelId, ctx.files, message),
        role: 'original',
        interaction: record,
        ephemeral,
        notify: true,
      });
      messageId = created.api.id;
      record.originalMessageId = messageId;
      break;
    }
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      ephemeral = ((Number(data.flags) || 0) & EPHEMERAL) !== 0;
      loading = true;
      const created = state.createMessage({
        channelId: record.channelId,
        body: {},
        attachments: [],
        role: 'original',
        interaction: record,
        ephemeral,
        loading: true,
        notify: false,
      });
      messageId = created.api.id;
      record.originalMessageId = messageId;
      break;
    }
    case InteractionResponseType.DeferredMessageUpdate:
      record.originalMessageId = record.sourceMessageId;
      record.baselineEdits = (record.sourceMessageId ? state.messages.get(record.sourceMessageId)?.edits : undefined) ?? 0;
      messageId = record.sourceMessageId;
      break;
    case InteractionResponseType.UpdateMessage: {
      const message = readMessageBody(ctx, data, ['data'], 'edit');
      const source = record.sourceMessageId ? state.messages.get(record.sourceMessageId) : undefined;
      if (!source || source.deleted) throw DiscordErrors.unknownMessage();
      state.editMessage(source, message, state.storeUploads(record.channelId, ctx.files, message));
      record.originalMessageId = source.api.id;
      messageId = source.api.id;
      ephemeral = source.ephemeral;
      break;
    }
    case InteractionResponseType.Modal:
      enforce(ctx, modalSchema, data, ['data']);
      record.modal = data as ModalBody;
      break;
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      enforce(ctx, autocompleteSchema, data, ['data']);
      break;
    default:
      break;
  }

  const acknowledged = state.acknowledge(record, type, body.data ?? null, ctx.hrTime);
  events.emit('callback', { interaction: record, callback: acknowledged });

  if (ctx.query.get('with_response') !== 'true') return { status: 204 };
  const message = messageId ? state.messages.get(messageId)?.api : undefined;
  return {
    status: 200,
    body: {
      interaction: {
        id: record.id,
        type: record.type,
        ...(messageId ? { response_message_id: messageId, response_message_loading: loading, response_message_ephemeral: ephemeral } : {}),
      },
      ...(type === InteractionResponseType.Modal || !message ? {} : { resource: { type, message } }),
    },
  };
}

export const interactionRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/interactions/:id/:token/callback',
    family: 'interactionCallback',
    auth: false,
    major: (params) => params.id!,
    handle: callback,
  },
];
