import type { MessageRecord } from '../../records.ts';
import type { Route, RouteContext, RouteResult } from '../context.ts';
import { DiscordErrors } from '../errors.ts';
import { messageResult, readMessageBody } from './message-body.ts';

function channelId(ctx: RouteContext): string {
  const id = ctx.params.channel!;
  if (!ctx.services.state.channelGuild.has(id)) throw DiscordErrors.unknownChannel();
  return id;
}

/** Ephemeral messages exist only for their user: the channel endpoints cannot see them. */
function channelMessage(ctx: RouteContext): MessageRecord {
  const id = channelId(ctx);
  const message = ctx.services.state.messages.get(ctx.params.message!);
  if (!message || message.deleted || message.ephemeral || message.channelId !== id) throw DiscordErrors.unknownMessage();
  if (message.interactionId) ctx.interactionId = message.interactionId;
  return message;
}

function create(ctx: RouteContext): RouteResult {
  const { state } = ctx.services;
  const id = channelId(ctx);
  const body = readMessageBody(ctx, ctx.body, [], 'create');
  const message = state.createMessage({
    channelId: id,
    body,
    attachments: state.storeUploads(id, ctx.files, body),
    role: 'channel',
    ephemeral: false,
    notify: true,
  });
  return messageResult(message);
}

function get(ctx: RouteContext): RouteResult {
  return messageResult(channelMessage(ctx));
}

function edit(ctx: RouteContext): RouteResult {
  const { state } = ctx.services;
  const message = channelMessage(ctx);
  if (message.api.author.id !== state.options.applicationId) throw DiscordErrors.cannotEditOthersMessage();
  const body = readMessageBody(ctx, ctx.body, [], 'edit');
  state.editMessage(message, body, state.storeUploads(message.channelId, ctx.files, body));
  return messageResult(message);
}

function remove(ctx: RouteContext): RouteResult {
  ctx.services.state.deleteMessage(channelMessage(ctx));
  return { status: 204 };
}

const major = (params: Record<string, string>) => params.channel!;

export const channelRoutes: Route[] = [
  { method: 'POST', pattern: '/channels/:channel/messages', family: 'channelMessages', auth: true, major, handle: create },
  { method: 'GET', pattern: '/channels/:channel/messages/:message', family: 'channelMessages', auth: true, major, handle: get },
  { method: 'PATCH', pattern: '/channels/:channel/messages/:message', family: 'channelMessages', auth: true, major, handle: edit },
  { method: 'DELETE', pattern: '/channels/:channel/messages/:message', family: 'channelMessages', auth: true, major, handle: remove },
];
