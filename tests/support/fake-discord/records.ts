import type { APIInteraction, APIMessage, APIUser, InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { MessageBody } from './validation/message-schemas.ts';
import type { ModalBody } from './validation/modal-schema.ts';

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** One REST request the bot made, as the fake saw and answered it. */
export interface RecordedRequest {
  seq: number;
  method: string;
  /** Path below the versioned API root, e.g. `/interactions/123/abc/callback`. */
  path: string;
  /** The route template, e.g. `/interactions/:id/:token/callback`. */
  route: string;
  query: string;
  body: unknown;
  files: UploadedFile[];
  status: number;
  response: unknown;
  /** Fake clock, ms. */
  at: number;
  /** performance.now() when the request arrived, for latency measurements. */
  hrTime: number;
  interactionId?: string;
}

export interface Violation {
  kind: 'limit' | 'policy';
  at: number;
  method: string;
  path: string;
  route: string;
  interactionId?: string;
  problems: string[];
}

/** A created message that would notify someone in real Discord. */
export interface Ping {
  messageId: string;
  channelId: string;
  everyone: boolean;
  users: string[];
  roles: string[];
}

export interface CallbackRecord {
  type: InteractionResponseType;
  data: unknown;
  /** Fake clock, ms. */
  at: number;
  /** performance.now() when the callback arrived. */
  hrTime: number;
  /** From the gateway dispatch to the callback's arrival, in ms (performance.now based). */
  latencyMs: number;
}

export type MessageRole = 'original' | 'follow-up' | 'channel' | 'seed';

export interface MessageRecord {
  api: APIMessage;
  readonly channelId: string;
  readonly guildId: string | undefined;
  readonly ephemeral: boolean;
  /** The user an ephemeral message is visible to. */
  readonly visibleTo: string | undefined;
  readonly interactionId: string | undefined;
  readonly role: MessageRole;
  /** A deferred response still showing "thinking…". */
  loading: boolean;
  edits: number;
  deleted: boolean;
  /** Every payload applied to this message, in order (creation first). */
  payloads: MessageBody[];
}

export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly type: InteractionType;
  readonly guildId: string | undefined;
  readonly channelId: string;
  readonly user: APIUser;
  readonly payload: APIInteraction;
  readonly createdAt: number;
  readonly dispatchedAtHr: number;
  /** The message a component or modal-from-component interaction came from. */
  readonly sourceMessageId: string | undefined;
  callback: CallbackRecord | undefined;
  /** The original response (types 4/5), or the source message for updates (types 6/7). */
  originalMessageId: string | undefined;
  followUpIds: string[];
  /** Edits the updated message had when a deferred update (type 6) arrived; the reply is the next edit. */
  baselineEdits: number;
  modal: ModalBody | undefined;
  /** REST failures answered for this interaction (late or second acknowledgements, invalid bodies…). */
  errors: { path: string; status: number; code: number; message: string }[];
  listeners: Set<() => void> | undefined;
}
