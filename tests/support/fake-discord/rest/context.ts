import type { EventEmitter } from 'node:events';
import type { z } from 'zod';
import type { FakeDiscordOptions, RateLimitSpec, RouteFamily } from '../options.ts';
import type { UploadedFile } from '../records.ts';
import type { FakeState } from '../state.ts';
import { check } from '../validation/validate.ts';
import { describeProblem, DiscordErrors, type FieldProblem } from './errors.ts';

/** What REST routes need from the rest of the fake. */
export interface FakeServices {
  state: FakeState;
  events: EventEmitter;
  settings: Required<
    Pick<FakeDiscordOptions, 'ackDeadlineMs' | 'tokenLifetimeMs' | 'validation' | 'rejectInvalid' | 'requireAllowedMentions' | 'recommendedShards'>
  >;
  rateLimits: Record<RouteFamily, RateLimitSpec>;
  gatewayUrl(): string;
}

export interface RouteContext {
  services: FakeServices;
  method: string;
  path: string;
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: UploadedFile[];
  hrTime: number;
  /** Set by routes that act for an interaction, so recordings and violations can be traced to it. */
  interactionId?: string;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  pattern: string;
  family: RouteFamily;
  /** Requires `Authorization: Bot <token>`; interaction and webhook-token routes do not, as on Discord. */
  auth: boolean;
  /** The major parameter that scopes this route's rate limit. */
  major: (params: Record<string, string>) => string;
  /** Synchronous on purpose: the request is recorded before any test waiting on its effects resumes. */
  handle: (ctx: RouteContext) => RouteResult;
}

function recordViolation(ctx: RouteContext, kind: 'limit' | 'policy', problems: string[]): void {
  const violation = {
    kind,
    at: ctx.services.state.clock(),
    method: ctx.method,
    path: ctx.path,
    route: ctx.route,
    ...(ctx.interactionId ? { interactionId: ctx.interactionId } : {}),
    problems,
  };
  ctx.services.state.addViolation(violation);
  ctx.services.events.emit('violation', violation);
}

/**
 * Checks a body against Discord's limits. Problems are recorded as violations and, like Discord,
 * answered with 400 Invalid Form Body (unless the fake was told only to record them).
 */
export function enforce(ctx: RouteContext, schema: z.ZodType, value: unknown, prefix: (string | number)[] = [], always = false): void {
  if (ctx.services.settings.validation === 'off' && !always) return;
  const problems = check(schema, value, prefix);
  if (problems.length === 0) return;
  recordViolation(ctx, 'limit', problems.map(describeProblem));
  if (ctx.services.settings.rejectInvalid || always) throw DiscordErrors.invalidFormBody(problems);
}

/** A problem Discord itself would refuse (a wrong callback type, say): always a 400. */
export function refuse(ctx: RouteContext, problems: FieldProblem[]): never {
  recordViolation(ctx, 'limit', problems.map(describeProblem));
  throw DiscordErrors.invalidFormBody(problems);
}

/** SPEC §2: every message payload sets allowed_mentions. Discord accepts it either way, so this only records. */
export function requireAllowedMentions(ctx: RouteContext, body: { allowed_mentions?: unknown }, where: string): void {
  if (!ctx.services.settings.requireAllowedMentions) return;
  if (body.allowed_mentions == null) recordViolation(ctx, 'policy', [`${where}: allowed_mentions is missing, so content could ping`]);
}

export function asObject(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
