import { EventEmitter, once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { GatewayDispatchEvents, InteractionType, type APIApplicationCommand, type APIAttachment, type APIInteraction, type APIUser } from 'discord-api-types/v10';
import { GatewayServer, type GatewayStats, type IdentifyInfo } from './gateway/server.ts';
import { InteractionHandle } from './handles.ts';
import { DEFAULT_RATE_LIMITS, type FakeDiscordOptions, type GuildSpec } from './options.ts';
import { apiUser, BOT_PERMISSIONS, EVERYONE_PERMISSIONS, memberPermissions, type FakeChannel, type FakeGuild, type FakeRole } from './payloads/entities.ts';
import {
  buttonInteraction,
  chatInputInteraction,
  modalSubmitInteraction,
  type AttachmentInput,
  type InvokerContext,
  type OptionInput,
} from './payloads/interactions.ts';
import { buttonsOf } from './payloads/messages.ts';
import { modalSubmitComponents, type ModalFieldValues } from './payloads/modal-submit.ts';
import type { CallbackRecord, InteractionRecord, MessageRecord, Ping, RecordedRequest, Violation } from './records.ts';
import type { FakeServices } from './rest/context.ts';
import { RestServer } from './rest/server.ts';
import { SnowflakeFactory } from './snowflake.ts';
import { FakeState } from './state.ts';
import { check } from './validation/validate.ts';
import { commandListSchema, type CommandDefinition } from './validation/command-schemas.ts';
import { describeProblem } from './rest/errors.ts';

export interface MemberSpec {
  /** Role ids the member has (besides @everyone). */
  roles?: string[];
  /** The member's computed permissions; by default derived from @everyone and `roles`. */
  permissions?: bigint;
}

interface WhereAndWho {
  user?: APIUser;
  member?: MemberSpec;
  guildId?: string;
  channelId?: string;
}

export interface CommandDispatch extends WhereAndWho {
  name: string;
  group?: string;
  subcommand?: string;
  options?: Record<string, OptionInput>;
  /** Send option values the Discord client would refuse (out of range, missing, unknown), to test the bot's own checks. */
  unchecked?: boolean;
}

export interface ButtonDispatch extends WhereAndWho {
  /** The message the button is on; omitted, the fake makes a bot message carrying just this button. */
  message?: MessageRecord | string;
  customId: string;
  /** Click a custom_id the message does not have (an old or tampered client). */
  force?: boolean;
}

export interface ModalSubmitDispatch extends WhereAndWho {
  /** The interaction the modal was shown in reply to: its modal, user, guild and channel are used. */
  from?: InteractionHandle;
  customId?: string;
  fields: ModalFieldValues;
  unchecked?: boolean;
}

/**
 * A loopback Discord for tests and benchmarks: REST under `restUrl` and a gateway whose URL the REST API
 * hands out, so a real discord.js Client connects with only `rest: { api: fake.restUrl }`.
 */
export class FakeDiscord extends EventEmitter {
  readonly token: string;
  readonly applicationId: string;
  readonly #state: FakeState;
  readonly #gateway: GatewayServer;
  readonly #rest: RestServer;
  readonly #server: Server;
  readonly #options: FakeDiscordOptions;
  readonly #commandIds = new Map<string, string>();
  #seededMessages = 0;
  #port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    super();
    this.setMaxListeners(0);
    this.#options = options;
    const clock = options.clock ?? Date.now;
    this.token = options.token ?? 'fake-bot-token.for-tests-only';
    this.applicationId = options.applicationId ?? new SnowflakeFactory(clock).next();
    this.#state = new FakeState(
      {
        token: this.token,
        applicationId: this.applicationId,
        maxRecordedRequests: options.maxRecordedRequests ?? 20_000,
        maxRetained: options.maxRetained ?? 20_000,
        requireAllowedMentions: options.requireAllowedMentions ?? true,
      },
      clock,
    );
    this.#state.addUser(apiUser(this.applicationId, options.botUsername ?? 'quizbot', true));
    for (const spec of options.guilds ?? [{}]) this.#addGuild(spec);

    const services: FakeServices = {
      state: this.#state,
      events: this,
      settings: {
        ackDeadlineMs: options.ackDeadlineMs ?? 3000,
        tokenLifetimeMs: options.tokenLifetimeMs ?? 15 * 60_000,
        validation: options.validation ?? 'full',
        rejectInvalid: options.rejectInvalid ?? true,
        requireAllowedMentions: options.requireAllowedMentions ?? true,
        recommendedShards: options.recommendedShards ?? 1,
      },
      rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
      gatewayUrl: () => this.#gateway.url,
    };
    this.#rest = new RestServer(services);
    this.#gateway = new GatewayServer(this.#state, this, {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      replayBufferSize: options.replayBufferSize ?? 10_000,
      privilegedIntents: options.privilegedIntents ?? 0,
    });
    this.#server = createServer({ keepAliveTimeout: 60_000 }, this.#rest.handle);
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────────────────────

  async start(): Promise<void> {
    this.#server.listen(0, '127.0.0.1');
    await once(this.#server, 'listening');
    this.#port = (this.#server.address() as AddressInfo).port;
    this.#state.cdnBase = `http://127.0.0.1:${this.#port}`;
    this.#gateway.attach(this.#server, `ws://127.0.0.1:${this.#port}`);
  }

  async stop(): Promise<void> {
    await this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  get port(): number {
    return this.#port;
  }

  /** The REST base to give the bot: DISCORD_API_URL, or `rest.api` of a discord.js Client. */
  get restUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  // ── the world ──────────────────────────────────────────────────────────────────────────────────────────

  get guilds(): readonly FakeGuild[] {
    return this.#state.guilds;
  }

  /** The first guild: where dispatches go unless a test names another. */
  get guild(): FakeGuild {
    return this.#state.guilds[0]!;
  }

  get channel(): FakeChannel {
    return this.guild.channels[0]!;
  }

  get botUser(): APIUser {
    return this.#state.botUser();
  }

  role(name: string, guildId = this.guild.id): FakeRole {
    const role = this.#state.guildById.get(guildId)?.roles.find((candidate) => candidate.name === name);
    if (!role) throw new Error(`no role "${name}" in guild ${guildId}`);
    return role;
  }

  createUser(username?: string): APIUser {
    const id = this.#state.ids.next();
    return this.#state.addUser(apiUser(id, username ?? `member${id.slice(-6)}`));
  }

  /** Puts a file on the fake CDN and returns the attachment object that points at it. */
  registerAttachment(input: AttachmentInput, channelId = this.channel.id): APIAttachment {
    return this.#state.registerAttachment(channelId, input);
  }

  /** The bytes behind an attachment URL (a file the bot uploaded, or one a test registered). */
  fileContent(url: string): Buffer {
    const file = this.#state.files.get(new URL(url).pathname);
    if (!file) throw new Error(`no file at ${url}`);
    return file.content;
  }

  // ── dispatching ────────────────────────────────────────────────────────────────────────────────────────

  dispatchCommand(input: CommandDispatch): InteractionHandle {
    const ctx = this.#invoker(input);
    const definition = this.#definitionFor(input.name, ctx.guild.id);
    const payload = chatInputInteraction(ctx, {
      commandId: definition?.id ?? this.#commandId(input.name),
      name: input.name,
      ...(input.group ? { group: input.group } : {}),
      ...(input.subcommand ? { subcommand: input.subcommand } : {}),
      options: input.options ?? {},
      definition: definition as CommandDefinition | undefined,
      unchecked: input.unchecked ?? false,
      registerAttachment: (attachment) => this.#state.registerAttachment(ctx.channel.id, attachment),
    });
    return this.#dispatch(ctx, payload, undefined);
  }

  dispatchButton(input: ButtonDispatch): InteractionHandle {
    const message = this.#resolveMessage(input);
    const ctx = this.#invoker({ ...input, channelId: message.channelId, guildId: message.guildId ?? this.guild.id });
    if (!input.force) {
      const button = buttonsOf(message.api).find((candidate) => candidate.custom_id === input.customId);
      if (!button) throw new Error(`dispatchButton: message ${message.api.id} has no button "${input.customId}" (pass force: true to send it anyway)`);
      if (button.disabled) throw new Error(`dispatchButton: button "${input.customId}" is disabled (pass force: true to click it anyway)`);
    }
    if (message.ephemeral && message.visibleTo !== ctx.user.id && !input.force) {
      throw new Error(`dispatchButton: message ${message.api.id} is ephemeral and only visible to ${message.visibleTo}`);
    }
    return this.#dispatch(ctx, buttonInteraction(ctx, input.customId, message.api), message.api.id);
  }

  dispatchModalSubmit(input: ModalSubmitDispatch): InteractionHandle {
    const from = input.from?.record;
    const modal = input.from?.modal;
    if (input.from && !modal) throw new Error(`dispatchModalSubmit: interaction ${input.from.id} was not answered with a modal`);
    const customId = input.customId ?? modal?.custom_id;
    if (!customId) throw new Error('dispatchModalSubmit: give `from` (an interaction answered with a modal) or `customId`');
    const ctx = this.#invoker({
      ...input,
      user: input.user ?? from?.user,
      guildId: input.guildId ?? from?.guildId,
      channelId: input.channelId ?? from?.channelId,
      member: input.member ?? (from ? this.#memberOf(from) : undefined),
    });
    const source = from?.type === InteractionType.MessageComponent && from.sourceMessageId ? this.#state.messages.get(from.sourceMessageId) : undefined;
    const components = modalSubmitComponents(modal, input.fields, input.unchecked ?? false);
    return this.#dispatch(ctx, modalSubmitInteraction(ctx, customId, components, source?.api), source?.api.id);
  }

  /** A raw gateway dispatch to the session serving `guildId`. */
  dispatchEvent(t: GatewayDispatchEvents, d: unknown, guildId = this.guild.id): number {
    return this.#gateway.dispatch(guildId, t, d);
  }

  // ── the gateway, seen from the test ────────────────────────────────────────────────────────────────────

  get gatewayStats(): Readonly<GatewayStats> {
    return this.#gateway.stats;
  }

  /** True while some session is READY on an open connection. */
  get connected(): boolean {
    return this.#gateway.connected;
  }

  /** Cuts the bot's gateway connection(s) like a network failure; dispatches meanwhile wait for RESUME. */
  dropConnection(shardId?: number): number {
    return this.#gateway.dropConnections(shardId);
  }

  requestReconnect(): void {
    this.#gateway.requestReconnect();
  }

  invalidateSessions(): void {
    this.#gateway.invalidateSessions();
  }

  waitForIdentify(): Promise<IdentifyInfo> {
    return once(this, 'identify').then(([info]) => info as IdentifyInfo);
  }

  waitForResume(): Promise<{ shard: [number, number]; replayed: number }> {
    return once(this, 'resumed').then(([info]) => info as { shard: [number, number]; replayed: number });
  }

  // ── what happened ──────────────────────────────────────────────────────────────────────────────────────

  get requests(): readonly RecordedRequest[] {
    return this.#state.requests;
  }

  get violations(): readonly Violation[] {
    return this.#state.violations;
  }

  /** Messages that would have notified someone (@everyone, a role, a user). */
  get pings(): readonly Ping[] {
    return this.#state.pings;
  }

  message(id: string): MessageRecord | undefined {
    return this.#state.messages.get(id);
  }

  /** Messages in a channel (ephemeral ones included, flagged), oldest first. */
  messages(channelId = this.channel.id): MessageRecord[] {
    return [...this.#state.messages.values()].filter((message) => message.channelId === channelId && !message.deleted);
  }

  interaction(id: string): InteractionHandle | undefined {
    const record = this.#state.interactions.get(id);
    return record ? this.#handle(record) : undefined;
  }

  commands(guildId?: string): APIApplicationCommand[] {
    return this.#state.commands.get(guildId ?? 'global') ?? [];
  }

  /** Registers definitions as a deploy would (validated), so dispatches are checked against them. */
  registerCommands(definitions: unknown[], guildId?: string): APIApplicationCommand[] {
    const problems = check(commandListSchema, definitions);
    if (problems.length > 0) throw new Error(`invalid command definitions: ${problems.map(describeProblem).join('; ')}`);
    const commands = (definitions as CommandDefinition[]).map(
      (definition) =>
        ({ ...definition, id: this.#commandId(definition.name), application_id: this.applicationId, type: definition.type ?? 1, version: this.#state.ids.next(), default_member_permissions: definition.default_member_permissions ?? null }) as APIApplicationCommand,
    );
    this.#state.commands.set(guildId ?? 'global', commands);
    return commands;
  }

  /** Resolves with the probe's first defined value, re-checked whenever anything in the fake changes. */
  waitFor<T>(probe: () => T | undefined, what = 'a condition', timeoutMs = this.#options.waitTimeoutMs ?? 15_000): Promise<T> {
    return this.#state.waitFor(probe, { timeoutMs, describe: () => `waiting for ${what}` });
  }

  /** Throws, listing each one, if any payload broke Discord's limits or the allowed_mentions policy. */
  assertNoViolations(): void {
    if (this.#state.violations.length === 0) return;
    const lines = this.#state.violations.map((violation) => `${violation.kind} ${violation.method} ${violation.route}: ${violation.problems.join('; ')}`);
    throw new Error(`fake Discord saw ${lines.length} violation(s):\n${lines.join('\n')}`);
  }

  assertNoPings(): void {
    if (this.#state.pings.length === 0) return;
    throw new Error(`messages would have pinged: ${JSON.stringify(this.#state.pings)}`);
  }

  /** Forgets recorded requests, violations and pings (state such as messages stays). */
  clearRecords(): void {
    this.#state.requests.length = 0;
    this.#state.violations.length = 0;
    this.#state.pings.length = 0;
  }

  /** Every callback as it arrives, for latency measurements without holding handles. */
  onCallback(listener: (event: { interaction: InteractionRecord; callback: CallbackRecord }) => void): () => void {
    this.on('callback', listener);
    return () => this.off('callback', listener);
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────────────

  #addGuild(spec: GuildSpec): void {
    const ids = this.#state.ids;
    const id = spec.id ?? ids.next();
    const guild: FakeGuild = {
      id,
      name: spec.name ?? 'Quiz Test Server',
      ownerId: spec.ownerId ?? ids.next(),
      joinedAt: new Date(this.#state.clock()).toISOString(),
      channels: (spec.channels ?? [{ name: 'quiz' }]).map((channel) => ({ id: channel.id ?? ids.next(), name: channel.name })),
      roles: [
        { id, name: '@everyone', permissions: spec.everyonePermissions ?? EVERYONE_PERMISSIONS },
        ...(spec.roles ?? []).map((role) => ({ id: role.id ?? ids.next(), name: role.name, permissions: role.permissions ?? 0n })),
      ],
    };
    this.#state.guilds.push(guild);
    this.#state.guildById.set(guild.id, guild);
    for (const channel of guild.channels) this.#state.channelGuild.set(channel.id, guild);
  }

  #invoker(input: WhereAndWho): InvokerContext {
    const guild = this.#state.guildById.get(input.guildId ?? this.guild.id);
    if (!guild) throw new Error(`unknown guild ${input.guildId}`);
    const channel = input.channelId ? guild.channels.find((candidate) => candidate.id === input.channelId) : guild.channels[0];
    if (!channel) throw new Error(`unknown channel ${input.channelId} in guild ${guild.id}`);
    const user = input.user ?? this.createUser();
    if (!this.#state.users.has(user.id)) this.#state.addUser(user);
    const roles = input.member?.roles ?? [];
    const { id, token } = this.#state.newInteractionIds();
    return {
      interactionId: id,
      token,
      applicationId: this.applicationId,
      guild,
      channel,
      user,
      memberRoles: roles,
      memberPermissions: input.member?.permissions ?? memberPermissions(guild, user.id, roles),
      appPermissions: BOT_PERMISSIONS,
    };
  }

  #memberOf(record: InteractionRecord): MemberSpec {
    const member = (record.payload as { member?: { roles: string[]; permissions: string } }).member;
    return member ? { roles: member.roles, permissions: BigInt(member.permissions) } : {};
  }

  #dispatch(ctx: InvokerContext, payload: APIInteraction, sourceMessageId: string | undefined): InteractionHandle {
    const record: InteractionRecord = {
      id: ctx.interactionId,
      token: ctx.token,
      type: payload.type,
      guildId: ctx.guild.id,
      channelId: ctx.channel.id,
      user: ctx.user,
      payload,
      createdAt: this.#state.clock(),
      dispatchedAtHr: performance.now(),
      sourceMessageId,
      callback: undefined,
      originalMessageId: undefined,
      followUpIds: [],
      baselineEdits: 0,
      modal: undefined,
      errors: [],
      listeners: undefined,
    };
    this.#state.addInteraction(record);
    this.#gateway.dispatch(ctx.guild.id, GatewayDispatchEvents.InteractionCreate, payload);
    return this.#handle(record);
  }

  #handle(record: InteractionRecord): InteractionHandle {
    return new InteractionHandle(this.#state, record, this.#options.waitTimeoutMs ?? 15_000, () => this.#gateway.connected);
  }

  #resolveMessage(input: ButtonDispatch): MessageRecord {
    if (typeof input.message === 'string') {
      const found = this.#state.messages.get(input.message);
      if (!found) throw new Error(`dispatchButton: unknown message ${input.message}`);
      return found;
    }
    if (input.message) return input.message;
    // No message given: a bot message that carries exactly this button, as an old round message would.
    this.#seededMessages += 1;
    return this.#state.createMessage({
      channelId: input.channelId ?? this.#state.guildById.get(input.guildId ?? this.guild.id)?.channels[0]?.id ?? this.channel.id,
      body: {
        content: `seeded message ${this.#seededMessages}`,
        components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Button', custom_id: input.customId }] }],
      },
      attachments: [],
      role: 'seed',
      ephemeral: false,
      notify: false,
    });
  }

  #definitionFor(name: string, guildId: string): APIApplicationCommand | undefined {
    const find = (scope: string) => this.#state.commands.get(scope)?.find((command) => command.name === name && command.type === 1);
    const registered = this.#state.commands.has(guildId) || this.#state.commands.has('global');
    const found = find(guildId) ?? find('global');
    if (registered && !found) throw new Error(`dispatchCommand: no command "/${name}" is registered for guild ${guildId}`);
    return found;
  }

  #commandId(name: string): string {
    let id = this.#commandIds.get(name);
    if (!id) {
      id = this.#state.ids.next();
      this.#commandIds.set(name, id);
    }
    return id;
  }
}
