import { randomBytes } from 'node:crypto';
import {
  InteractionResponseType,
  InteractionType,
  MessageType,
  type APIApplicationCommand,
  type APIAttachment,
  type APIMessage,
  type APIUser,
} from 'discord-api-types/v10';
import { apiUser, type FakeGuild } from './payloads/entities.ts';
import { applyEdit, createApiMessage, resolveMentions } from './payloads/messages.ts';
import type { AttachmentInput } from './payloads/interactions.ts';
import type { FakeDiscordOptions } from './options.ts';
import type { CallbackRecord, InteractionRecord, MessageRecord, MessageRole, Ping, RecordedRequest, UploadedFile, Violation } from './records.ts';
import { SnowflakeFactory } from './snowflake.ts';
import { EPHEMERAL, LOADING } from './validation/limits.ts';
import type { MessageBody } from './validation/message-schemas.ts';

export interface StoredFile {
  content: Buffer;
  contentType: string;
}

interface Waiter {
  check: () => boolean;
}

const MAX_VIOLATIONS = 10_000;

/**
 * Everything the fake knows: users, guilds, messages, interactions, commands, files, and what it recorded.
 * REST routes and the gateway both work on this one state; tests read it through FakeDiscord.
 */
export class FakeState {
  readonly clock: () => number;
  readonly ids: SnowflakeFactory;
  readonly users = new Map<string, APIUser>();
  readonly guilds: FakeGuild[] = [];
  readonly guildById = new Map<string, FakeGuild>();
  readonly channelGuild = new Map<string, FakeGuild>();
  readonly messages = new Map<string, MessageRecord>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionByToken = new Map<string, InteractionRecord>();
  /** Registered commands by scope: 'global' or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  readonly files = new Map<string, StoredFile>();
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  readonly pings: Ping[] = [];
  readonly #messageListeners = new Map<string, Set<() => void>>();
  readonly #globalWaiters = new Set<Waiter>();
  #requestSeq = 0;
  cdnBase = '';

  constructor(
    readonly options: Required<Pick<FakeDiscordOptions, 'token' | 'applicationId' | 'maxRecordedRequests' | 'maxRetained' | 'requireAllowedMentions'>>,
    clock: () => number,
  ) {
    this.clock = clock;
    this.ids = new SnowflakeFactory(clock);
  }

  // ── users ──────────────────────────────────────────────────────────────────────────────────────────────

  addUser(user: APIUser): APIUser {
    this.users.set(user.id, user);
    return user;
  }

  lookupUser = (id: string): APIUser => this.users.get(id) ?? apiUser(id, `user-${id.slice(-4)}`);

  // ── recording ──────────────────────────────────────────────────────────────────────────────────────────

  record(request: Omit<RecordedRequest, 'seq'>): RecordedRequest {
    const recorded = { seq: ++this.#requestSeq, ...request };
    const max = this.options.maxRecordedRequests;
    if (max > 0) {
      this.requests.push(recorded);
      // Trim in batches so recording stays O(1) amortised.
      if (this.requests.length > max * 1.25) this.requests.splice(0, this.requests.length - max);
    }
    return recorded;
  }

  addViolation(violation: Violation): void {
    if (this.violations.length < MAX_VIOLATIONS) this.violations.push(violation);
    this.notifyGlobal();
  }

  // ── files (the CDN) ────────────────────────────────────────────────────────────────────────────────────

  storeFile(channelId: string, filename: string, content: Buffer, contentType: string): APIAttachment {
    const id = this.ids.next();
    const safeName = filename.replace(/[^\w.-]+/g, '_') || 'file';
    const path = `/attachments/${channelId}/${id}/${safeName}`;
    this.files.set(path, { content, contentType });
    const url = `${this.cdnBase}${path}`;
    return { id, filename: safeName, size: content.length, url, proxy_url: url, content_type: contentType };
  }

  registerAttachment(channelId: string, input: AttachmentInput): APIAttachment {
    const content = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : input.content;
    return this.storeFile(channelId, input.filename, content, input.contentType ?? guessContentType(input.filename));
  }

  storeUploads(channelId: string, files: UploadedFile[], body: MessageBody): APIAttachment[] {
    return files.map((file, index) => {
      const described = body.attachments?.find((entry) => String(entry.id) === String(index));
      const attachment = this.storeFile(channelId, file.filename, file.data, file.contentType);
      return described?.description ? { ...attachment, description: described.description } : attachment;
    });
  }

  // ── messages ───────────────────────────────────────────────────────────────────────────────────────────

  botUser(): APIUser {
    return this.lookupUser(this.options.applicationId);
  }

  createMessage(init: {
    channelId: string;
    body: MessageBody;
    attachments: APIAttachment[];
    role: MessageRole;
    interaction?: InteractionRecord;
    ephemeral: boolean;
    loading?: boolean;
    notify: boolean;
    author?: APIUser;
  }): MessageRecord {
    const guildId = this.channelGuild.get(init.channelId)?.id;
    const interaction = init.interaction;
    const flags = ((init.body.flags ?? 0) & ~EPHEMERAL) | (init.ephemeral ? EPHEMERAL : 0) | (init.loading ? LOADING : 0);
    const metadata = interaction
      ? {
          interaction_metadata: {
            id: interaction.id,
            type: interaction.type,
            user: interaction.user,
            authorizing_integration_owners: { 0: interaction.guildId ?? '' },
            ...(interaction.type === InteractionType.MessageComponent ? { interacted_message_id: interaction.sourceMessageId ?? '' } : {}),
          },
        }
      : undefined;
    const commandName = interaction && 'data' in interaction.payload && interaction.payload.data && 'name' in interaction.payload.data ? interaction.payload.data.name : undefined;
    const api = createApiMessage({
      id: this.ids.next(),
      channelId: init.channelId,
      guildId,
      author: init.author ?? this.botUser(),
      body: init.body,
      attachments: init.attachments,
      type: init.role === 'original' && commandName ? MessageType.ChatInputCommand : MessageType.Default,
      flags,
      timestamp: new Date(this.clock()).toISOString(),
      lookupUser: this.lookupUser,
      ...(interaction ? { webhookId: this.options.applicationId, applicationId: this.options.applicationId } : {}),
      ...(metadata ? { interaction: metadata as Pick<APIMessage, 'interaction_metadata'> } : {}),
    });
    const record: MessageRecord = {
      api,
      channelId: init.channelId,
      guildId,
      ephemeral: init.ephemeral,
      visibleTo: init.ephemeral ? interaction?.user.id : undefined,
      interactionId: interaction?.id,
      role: init.role,
      loading: init.loading ?? false,
      edits: 0,
      deleted: false,
      payloads: [init.body],
    };
    this.messages.set(api.id, record);
    this.#evict(this.messages);
    if (init.notify) this.#recordPing(record, init.body);
    this.messageChanged(record);
    return record;
  }

  editMessage(record: MessageRecord, body: MessageBody, uploads: APIAttachment[]): MessageRecord {
    record.api = applyEdit(record.api, body, uploads, new Date(this.clock()).toISOString(), this.lookupUser);
    if (record.loading) {
      record.loading = false;
      record.api = { ...record.api, flags: (record.api.flags ?? 0) & ~LOADING };
    }
    record.edits += 1;
    record.payloads.push(body);
    this.messageChanged(record);
    return record;
  }

  deleteMessage(record: MessageRecord): void {
    record.deleted = true;
    this.messageChanged(record);
  }

  #recordPing(record: MessageRecord, body: MessageBody): void {
    const mentions = resolveMentions(body.content ?? '', body.allowed_mentions);
    if (mentions.everyone || mentions.users.length > 0 || mentions.roles.length > 0) {
      this.pings.push({ messageId: record.api.id, channelId: record.channelId, ...mentions });
    }
  }

  // ── interactions ───────────────────────────────────────────────────────────────────────────────────────

  readonly #tokenPrefix = `aW50ZXJhY3Rpb24${randomBytes(18).toString('base64url')}`;
  #tokens = 0;

  /** Interaction tokens are unique per fake (a random prefix and a counter): cheap enough for load runs. */
  newInteractionIds(): { id: string; token: string } {
    this.#tokens += 1;
    return { id: this.ids.next(), token: `${this.#tokenPrefix}${this.#tokens.toString(36)}` };
  }

  addInteraction(record: InteractionRecord): void {
    this.interactions.set(record.id, record);
    this.interactionByToken.set(record.token, record);
    const evicted = this.#evict(this.interactions);
    for (const old of evicted) this.interactionByToken.delete(old.token);
  }

  acknowledge(record: InteractionRecord, type: InteractionResponseType, data: unknown, hrTime: number): CallbackRecord {
    const callback: CallbackRecord = { type, data, at: this.clock(), hrTime, latencyMs: hrTime - record.dispatchedAtHr };
    record.callback = callback;
    this.interactionChanged(record);
    return callback;
  }

  // ── change notification ────────────────────────────────────────────────────────────────────────────────

  messageChanged(record: MessageRecord): void {
    const listeners = this.#messageListeners.get(record.api.id);
    if (listeners) for (const listener of [...listeners]) listener();
    const interaction = record.interactionId ? this.interactions.get(record.interactionId) : undefined;
    if (interaction) this.interactionChanged(interaction);
    else this.notifyGlobal();
  }

  interactionChanged(record: InteractionRecord): void {
    if (record.listeners) for (const listener of [...record.listeners]) listener();
    this.notifyGlobal();
  }

  notifyGlobal(): void {
    if (this.#globalWaiters.size === 0) return;
    for (const waiter of [...this.#globalWaiters]) waiter.check();
  }

  /**
   * Resolves with the probe's first defined value, re-checked whenever the scoped interaction or message
   * changes (or anything, with no scope). Rejects after `timeoutMs` with `describe()` to say what was seen.
   */
  waitFor<T>(
    probe: () => T | undefined,
    options: { interaction?: InteractionRecord; messageId?: string; timeoutMs: number; describe: () => string },
  ): Promise<T> {
    const immediate = probe();
    if (immediate !== undefined) return Promise.resolve(immediate);
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const cleanup = () => {
        done = true;
        clearTimeout(timer);
        options.interaction?.listeners?.delete(listener);
        if (options.messageId) this.#messageListeners.get(options.messageId)?.delete(listener);
        this.#globalWaiters.delete(waiter);
      };
      const listener = () => {
        if (done) return;
        let value: T | undefined;
        try {
          value = probe();
        } catch (error) {
          cleanup();
          reject(error as Error);
          return;
        }
        if (value !== undefined) {
          cleanup();
          resolve(value);
        }
      };
      const waiter: Waiter = { check: () => (listener(), done) };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${options.timeoutMs} ms: ${options.describe()}`));
      }, options.timeoutMs);
      if (options.interaction) {
        (options.interaction.listeners ??= new Set()).add(listener);
      } else if (options.messageId) {
        const set = this.#messageListeners.get(options.messageId) ?? new Set();
        set.add(listener);
        this.#messageListeners.set(options.messageId, set);
      } else {
        this.#globalWaiters.add(waiter);
      }
      if (options.messageId && options.interaction) {
        const set = this.#messageListeners.get(options.messageId) ?? new Set();
        set.add(listener);
        this.#messageListeners.set(options.messageId, set);
      }
    });
  }

  /** Forgets the oldest entries beyond the retention cap (Map iteration is insertion order). */
  #evict<T>(map: Map<string, T>): T[] {
    const evicted: T[] = [];
    const excess = map.size - this.options.maxRetained;
    if (excess <= 0) return evicted;
    let removed = 0;
    for (const [key, value] of map) {
      if (removed >= excess) break;
      map.delete(key);
      this.#messageListeners.delete(key);
      evicted.push(value);
      removed += 1;
    }
    return evicted;
  }
}

function guessContentType(filename: string): string {
  if (filename.endsWith('.json')) return 'application/json; charset=utf-8';
  if (filename.endsWith('.md')) return 'text/markdown; charset=utf-8';
  if (filename.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return 'application/octet-stream';
}
