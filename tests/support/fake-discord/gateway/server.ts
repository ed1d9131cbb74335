import type { EventEmitter } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  type ApplicationFlags,
  type GatewayReadyDispatchData,
  type UserFlags,
} from 'discord-api-types/v10';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import { apiMember, guildCreatePayload } from '../payloads/entities.ts';
import type { FakeState } from '../state.ts';
import { GatewayConnection, GatewaySession } from './session.ts';

export const GATEWAY_PATH = '/gateway';
export const RESUME_PATH = '/gateway/resume';

const PRIVILEGED_INTENTS = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
const KNOWN_INTENTS = Object.values(GatewayIntentBits)
  .filter((value): value is number => typeof value === 'number')
  .reduce((all, bit) => all | bit, 0);
/** Discord closes the connection when a client sends more than this in one payload. */
const MAX_CLIENT_PAYLOAD = 4096;

const identifySchema = z.looseObject({
  token: z.string(),
  properties: z.looseObject({ os: z.string(), browser: z.string(), device: z.string() }),
  intents: z.int().nonnegative(),
  compress: z.boolean().optional(),
  large_threshold: z.int().min(50).max(250).optional(),
  shard: z.tuple([z.int().nonnegative(), z.int().positive()]).optional(),
  presence: z.unknown().optional(),
});
const resumeSchema = z.looseObject({ token: z.string(), session_id: z.string(), seq: z.int().nonnegative().nullable() });
const payloadSchema = z.looseObject({ op: z.int(), d: z.unknown() });

export interface GatewayStats {
  connections: number;
  identifies: number;
  resumes: number;
  invalidSessions: number;
  heartbeats: number;
  disconnects: number;
}

export interface IdentifyInfo {
  shard: [number, number];
  intents: number;
  properties: { os: string; browser: string; device: string };
  compress: boolean;
  zlibStream: boolean;
}

/** The fake's gateway: HELLO, IDENTIFY/READY/GUILD_CREATE, heartbeats, RESUME with replay, dispatch by shard. */
export class GatewayServer {
  readonly stats: GatewayStats = { connections: 0, identifies: 0, resumes: 0, invalidSessions: 0, heartbeats: 0, disconnects: 0 };
  readonly #wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  /** The current session per shard id. */
  readonly #sessions = new Map<number, GatewaySession>();
  readonly #connections = new Set<GatewayConnection>();
  #baseUrl = '';

  constructor(
    private readonly state: FakeState,
    private readonly events: EventEmitter,
    private readonly settings: { heartbeatIntervalMs: number; replayBufferSize: number; privilegedIntents: number },
  ) {}

  attach(server: Server, baseUrl: string): void {
    this.#baseUrl = baseUrl;
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = new URL(request.url ?? '/', 'http://fake.invalid').pathname;
      if (path !== GATEWAY_PATH && path !== RESUME_PATH) {
        socket.destroy();
        return;
      }
      this.#wss.handleUpgrade(request, socket, head, (ws) => this.#onConnection(ws, request));
    });
  }

  get url(): string {
    return `${this.#baseUrl}${GATEWAY_PATH}`;
  }

  /** The session that serves a guild: shard id = (guild_id >> 22) % shard count, as on Discord. */
  sessionForGuild(guildId: string): GatewaySession {
    for (const session of this.#sessions.values()) {
      const [id, count] = session.shard;
      if (Number((BigInt(guildId) >> 22n) % BigInt(count)) === id) return session;
    }
    throw new Error(`no bot session serves guild ${guildId}: has the bot connected (IDENTIFY) yet?`);
  }

  dispatch(guildId: string, t: GatewayDispatchEvents, d: unknown): number {
    return this.sessionForGuild(guildId).dispatch(t, d);
  }

  /** Cuts connections without a close frame, as a network failure would; sessions stay resumable. */
  dropConnections(shardId?: number): number {
    let dropped = 0;
    for (const connection of this.#connections) {
      if (shardId !== undefined && connection.session?.shard[0] !== shardId) continue;
      connection.socket.terminate();
      dropped += 1;
    }
    return dropped;
  }

  /** Sends op 7 Reconnect: the client should close and RESUME. */
  requestReconnect(): void {
    for (const connection of this.#connections) connection.sendOp(GatewayOpcodes.Reconnect, null);
  }

  /** Sends op 9 Invalid Session (not resumable): the client must IDENTIFY again. */
  invalidateSessions(): void {
    for (const connection of [...this.#connections]) {
      if (connection.session) this.#sessions.delete(connection.session.shard[0]);
      connection.session = undefined;
      this.stats.invalidSessions += 1;
      connection.sendOp(GatewayOpcodes.InvalidSession, false);
    }
  }

  get connected(): boolean {
    for (const connection of this.#connections) if (connection.session?.live && connection.open) return true;
    return false;
  }

  async close(): Promise<void> {
    for (const connection of this.#connections) connection.socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #onConnection(socket: WebSocket, request: IncomingMessage): void {
    const query = new URL(request.url ?? '/', 'http://fake.invalid').searchParams;
    const connection = new GatewayConnection(socket, query.get('compress') === 'zlib-stream');
    this.#connections.add(connection);
    this.stats.connections += 1;
    socket.on('close', () => {
      this.#connections.delete(connection);
      connection.close();
      if (connection.session?.connection === connection) {
        connection.session.connection = undefined;
        connection.session.live = false;
      }
      this.stats.disconnects += 1;
      this.events.emit('disconnect', { shard: connection.session?.shard });
    });
    socket.on('error', () => undefined);
    if (query.get('v') !== '10') return void socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
    if ((query.get('encoding') ?? 'json') !== 'json') return void socket.close(GatewayCloseCodes.DecodeError, 'The fake speaks encoding=json only');
    socket.on('message', (data: RawData, isBinary: boolean) => this.#onMessage(connection, data, isBinary));
    connection.sendOp(GatewayOpcodes.Hello, { heartbeat_interval: this.settings.heartbeatIntervalMs, _trace: ['["fake-gateway",{"micros":0}]'] });
  }

  #onMessage(connection: GatewayConnection, data: RawData, isBinary: boolean): void {
    const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    if (isBinary || buffer.length > MAX_CLIENT_PAYLOAD) return void connection.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
    let payload: z.output<typeof payloadSchema>;
    try {
      payload = payloadSchema.parse(JSON.parse(buffer.toString('utf8')));
    } catch {
      return void connection.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.stats.heartbeats += 1;
        connection.sendOp(GatewayOpcodes.HeartbeatAck, null);
        return;
      case GatewayOpcodes.Identify:
        return this.#identify(connection, payload.d);
      case GatewayOpcodes.Resume:
        return this.#resume(connection, payload.d);
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
        if (!connection.session) connection.socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
        return;
      default:
        connection.socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #identify(connection: GatewayConnection, raw: unknown): void {
    const close = (code: GatewayCloseCodes, reason: string) => connection.socket.close(code, reason);
    if (connection.session) return close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
    const parsed = identifySchema.safeParse(raw);
    if (!parsed.success) return close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
    const identify = parsed.data;
    if (identify.token !== this.state.options.token) return close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    if ((identify.intents & ~KNOWN_INTENTS) !== 0) return close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
    if ((identify.intents & PRIVILEGED_INTENTS & ~this.settings.privilegedIntents) !== 0) {
      return close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
    }
    const shard = identify.shard ?? [0, 1];
    if (shard[0] >= shard[1]) return close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');

    const session = new GatewaySession([shard[0], shard[1]], identify.intents, this.settings.replayBufferSize);
    this.#sessions.set(shard[0], session);
    connection.session = session;
    connection.identifyCompress = identify.compress ?? false;
    session.connection = connection;
    session.live = true;
    this.stats.identifies += 1;

    const guilds = this.state.guilds.filter((guild) => Number((BigInt(guild.id) >> 22n) % BigInt(shard[1])) === shard[0]);
    const bot = this.state.botUser();
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: { ...bot, bot: true, verified: true, mfa_enabled: false, flags: 0 as UserFlags },
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: `${this.#baseUrl}${RESUME_PATH}`,
      shard: [shard[0], shard[1]],
      application: { id: this.state.options.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    session.dispatch(GatewayDispatchEvents.Ready, { ...ready, user_settings: {}, private_channels: [], presences: [], relationships: [], guild_join_requests: [], geo_ordered_rtc_regions: [], auth: {}, _trace: [] });
    // GUILD_CREATE belongs to the Guilds intent; without it the guilds stay unavailable, as on Discord.
    if ((identify.intents & GatewayIntentBits.Guilds) !== 0) {
      for (const guild of guilds) session.dispatch(GatewayDispatchEvents.GuildCreate, guildCreatePayload(guild, apiMember(bot, [], guild.joinedAt)));
    }
    const info: IdentifyInfo = {
      shard: [shard[0], shard[1]],
      intents: identify.intents,
      properties: identify.properties,
      compress: connection.identifyCompress,
      zlibStream: connection.zlibStream,
    };
    this.events.emit('identify', info);
    this.events.emit('ready', info);
  }

  #resume(connection: GatewayConnection, raw: unknown): void {
    if (connection.session) return void connection.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
    const parsed = resumeSchema.safeParse(raw);
    if (!parsed.success) return void connection.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
    if (parsed.data.token !== this.state.options.token) return void connection.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    const session = [...this.#sessions.values()].find((candidate) => candidate.id === parsed.data.session_id);
    const replay = session?.eventsAfter(parsed.data.seq ?? 0);
    if (!session || !replay) {
      this.stats.invalidSessions += 1;
      connection.sendOp(GatewayOpcodes.InvalidSession, false);
      return;
    }
    if (session.connection && session.connection !== connection) session.connection.socket.terminate();
    connection.session = session;
    session.connection = connection;
    for (const json of replay) connection.send(json);
    session.live = true;
    session.dispatch(GatewayDispatchEvents.Resumed, { _trace: [] });
    this.stats.resumes += 1;
    this.events.emit('resumed', { shard: session.shard, replayed: replay.length });
  }
}
