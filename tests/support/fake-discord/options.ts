export interface RateLimitSpec {
  /** Requests allowed per window in one bucket (per route and major parameter, as Discord scopes them). */
  limit: number;
  windowMs: number;
}

export type RouteFamily = 'interactionCallback' | 'webhook' | 'channelMessages' | 'commands' | 'meta';

export interface GuildSpec {
  id?: string;
  name?: string;
  /** Text channels; the first is where interactions happen unless a test names another. */
  channels?: { id?: string; name: string }[];
  /** Roles besides @everyone (whose permissions are `everyonePermissions`). */
  roles?: { id?: string; name: string; permissions?: bigint }[];
  everyonePermissions?: bigint;
  ownerId?: string;
}

export interface FakeDiscordOptions {
  /** The bot token the fake accepts on REST and in IDENTIFY. */
  token?: string;
  applicationId?: string;
  botUsername?: string;
  /** Servers the bot is in; defaults to one server with one text channel, #quiz. */
  guilds?: GuildSpec[];
  /** `shards` in GET /gateway/bot. */
  recommendedShards?: number;
  heartbeatIntervalMs?: number;
  /** Discord's window for the initial interaction response (3 s). */
  ackDeadlineMs?: number;
  /** How long an interaction token works for webhooks (15 min). */
  tokenLifetimeMs?: number;
  /**
   * 'full' checks every payload against Discord's limits (zod); 'off' skips that for load runs
   * (payloads are still parsed and applied, and the allowed_mentions policy is still checked).
   */
  validation?: 'full' | 'off';
  /** Answer payloads over Discord's limits with 400 Invalid Form Body, as Discord does (default true). */
  rejectInvalid?: boolean;
  /** Record a policy violation for any message payload without allowed_mentions (default true: SPEC §2). */
  requireAllowedMentions?: boolean;
  /** Per-family rate limits; realistic headers are always sent, 429 once a bucket is exhausted. */
  rateLimits?: Partial<Record<RouteFamily, RateLimitSpec>>;
  /** Keep at most this many recorded requests (oldest dropped); 0 records none. Default 20,000. */
  maxRecordedRequests?: number;
  /** Keep at most this many interactions and messages each (oldest forgotten; a late answer then gets 10062). Default 20,000. */
  maxRetained?: number;
  /** Dispatches kept per session for RESUME replay. Default 10,000. */
  replayBufferSize?: number;
  /** Privileged intents enabled in the "developer portal" (GuildMembers, GuildPresences, MessageContent bits). */
  privilegedIntents?: number;
  /** Wall clock in ms; tests may pass a controllable one to cross the 3 s or 15 min windows without waiting. */
  clock?: () => number;
  /** How long handle waits (callback, edits, follow-ups) wait before failing with a description. Default 15 s. */
  waitTimeoutMs?: number;
}

export const DEFAULT_RATE_LIMITS: Record<RouteFamily, RateLimitSpec> = {
  interactionCallback: { limit: 50, windowMs: 1000 },
  webhook: { limit: 50, windowMs: 1000 },
  channelMessages: { limit: 50, windowMs: 1000 },
  commands: { limit: 5, windowMs: 20_000 },
  meta: { limit: 50, windowMs: 1000 },
};
