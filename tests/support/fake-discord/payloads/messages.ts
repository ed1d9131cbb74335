import type { APIAttachment, APIMessage, APIUser, MessageFlags, MessageType } from 'discord-api-types/v10';
import type { MessageBody } from '../validation/message-schemas.ts';

export interface Mentions {
  everyone: boolean;
  users: string[];
  roles: string[];
}

type AllowedMentions = MessageBody['allowed_mentions'];

const USER_MENTION = /<@!?(\d{17,20})>/g;
const ROLE_MENTION = /<@&(\d{17,20})>/g;

/**
 * Who a message notifies, following Discord's rules: with no allowed_mentions everything in the content pings;
 * with one, only what `parse` or the explicit id lists allow. Embeds never ping.
 */
export function resolveMentions(content: string, allowed: AllowedMentions): Mentions {
  const parse = allowed ? (allowed.parse ?? []) : ['users', 'roles', 'everyone'];
  const permits = (kind: 'users' | 'roles', id: string) => parse.includes(kind) || (allowed?.[kind] ?? []).includes(id);
  const users = new Set<string>();
  const roles = new Set<string>();
  if (content.includes('<@')) {
    for (const match of content.matchAll(USER_MENTION)) if (permits('users', match[1]!)) users.add(match[1]!);
    for (const match of content.matchAll(ROLE_MENTION)) if (permits('roles', match[1]!)) roles.add(match[1]!);
  }
  const everyone = parse.includes('everyone') && (content.includes('@everyone') || content.includes('@here'));
  return { everyone, users: [...users], roles: [...roles] };
}

export interface NewMessage {
  id: string;
  channelId: string;
  guildId: string | undefined;
  author: APIUser;
  body: MessageBody;
  attachments: APIAttachment[];
  type: MessageType;
  flags: number;
  timestamp: string;
  webhookId?: string;
  applicationId?: string;
  interaction?: Pick<APIMessage, 'interaction_metadata' | 'interaction'>;
  lookupUser: (id: string) => APIUser;
}

export function createApiMessage(init: NewMessage): APIMessage {
  const content = init.body.content ?? '';
  const mentions = resolveMentions(content, init.body.allowed_mentions);
  const message: APIMessage = {
    id: init.id,
    channel_id: init.channelId,
    author: init.author,
    content,
    timestamp: init.timestamp,
    edited_timestamp: null,
    tts: init.body.tts ?? false,
    mention_everyone: mentions.everyone,
    mentions: mentions.users.map(init.lookupUser),
    mention_roles: mentions.roles,
    attachments: init.attachments,
    embeds: (init.body.embeds ?? []) as APIMessage['embeds'],
    pinned: false,
    type: init.type,
    flags: init.flags as MessageFlags,
    components: (init.body.components ?? []) as APIMessage['components'],
    ...(init.webhookId ? { webhook_id: init.webhookId } : {}),
    ...(init.applicationId ? { application_id: init.applicationId } : {}),
    ...init.interaction,
  };
  // Gateway payloads carry guild_id on messages; discord.js uses it to find the guild.
  return init.guildId ? ({ ...message, guild_id: init.guildId } as APIMessage) : message;
}

/** A PATCH: fields present replace, `null` clears, absent fields stay; mentions are recomputed but never notify. */
export function applyEdit(
  current: APIMessage,
  body: MessageBody,
  uploaded: APIAttachment[],
  editedAt: string,
  lookupUser: (id: string) => APIUser,
): APIMessage {
  const next: APIMessage = { ...current, edited_timestamp: editedAt };
  if (body.content !== undefined) next.content = body.content ?? '';
  if (body.embeds !== undefined) next.embeds = (body.embeds ?? []) as APIMessage['embeds'];
  if (body.components !== undefined) next.components = (body.components ?? []) as APIMessage['components'];
  if (body.flags !== undefined && body.flags !== null) {
    // Only SuppressEmbeds may change on edit; everything else (Ephemeral, …) is fixed at creation.
    next.flags = ((current.flags ?? 0) & ~4) | (body.flags & 4);
  }
  const kept =
    body.attachments === undefined || body.attachments === null
      ? current.attachments
      : current.attachments.filter((attachment) => body.attachments!.some((entry) => String(entry.id) === attachment.id));
  next.attachments = [...kept, ...uploaded];
  const mentions = resolveMentions(next.content, body.allowed_mentions);
  next.mention_everyone = mentions.everyone;
  next.mentions = mentions.users.map(lookupUser);
  next.mention_roles = mentions.roles;
  return next;
}

/** Every button on a message, flattened out of its rows (and containers). */
export function buttonsOf(message: Pick<APIMessage, 'components'>): { custom_id?: string; label?: string; style: number; disabled?: boolean; url?: string }[] {
  const found: { custom_id?: string; label?: string; style: number; disabled?: boolean; url?: string }[] = [];
  const visit = (components: readonly unknown[] | undefined) => {
    for (const raw of components ?? []) {
      const component = raw as { type: number; components?: unknown[]; accessory?: unknown };
      if (component.type === 2) found.push(component as unknown as (typeof found)[number]);
      if (component.components) visit(component.components);
      if (component.accessory) visit([component.accessory]);
    }
  };
  visit(message.components);
  return found;
}
