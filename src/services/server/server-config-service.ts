import { z } from 'zod';
import type { RecordCollection } from '../../storage/record-collection.ts';
import { recordIdSchema } from '../../storage/records/ids.ts';
import {
  DEFAULT_SERVER_QUOTAS,
  DEFAULT_SERVER_SETTINGS,
  serverConfigSchema,
  serverQuotasSchema,
  type QuotaName,
  type ServerConfig,
  type ServerConfigRecord,
  type ServerQuotas,
  type StoredServerSettings,
} from '../../storage/records/server-records.ts';
import { formatIssues } from '../../bank/format-issues.ts';
import { parseInput } from '../input-error.ts';

export type { ServerConfig, ServerQuotas };

const quota = serverQuotasSchema.shape;

/** A quota set to `null` goes back to the bot's default. */
const quotaPatchSchema = z
  .object({
    maxServerQuestions: quota.maxServerQuestions.nullable(),
    maxActiveRounds: quota.maxActiveRounds.nullable(),
    maxServerArticles: quota.maxServerArticles.nullable(),
  })
  .partial()
  .strict();

/** A change to a server's settings; fields left out stay as they are. */
export const serverConfigPatchSchema = serverConfigSchema.extend({ quotas: quotaPatchSchema }).partial().strict();
export type ServerConfigPatch = z.input<typeof serverConfigPatchSchema>;

export type ConfigUpdateResult = { ok: true; config: ServerConfig } | { ok: false; problems: string[] };

/**
 * Per-server settings: moderator role, which questions to draw from, quotas. Only what a server set is
 * stored; `defaultQuotas` (the bot owner's, from the environment) fills in the rest on every read.
 */
export class ServerConfigService {
  private readonly defaultQuotas: ServerQuotas;

  constructor(
    private readonly records: RecordCollection<ServerConfigRecord>,
    defaultQuotas: ServerQuotas = DEFAULT_SERVER_QUOTAS,
  ) {
    this.defaultQuotas = parseInput(serverQuotasSchema, defaultQuotas);
  }

  async get(guildId: string): Promise<ServerConfig> {
    parseInput(recordIdSchema, guildId);
    return this.#inEffect((await this.records.get(guildId))?.config ?? DEFAULT_SERVER_SETTINGS);
  }

  async update(guildId: string, patch: ServerConfigPatch): Promise<ConfigUpdateResult> {
    parseInput(recordIdSchema, guildId);
    const parsed = serverConfigPatchSchema.safeParse(patch);
    if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error) };
    const { quotas: quotaChange = {}, ...change } = parsed.data;
    const config = await this.records.update(guildId, (current) => {
      const stored = current?.config ?? DEFAULT_SERVER_SETTINGS;
      const next: StoredServerSettings = { ...stored, ...withoutUndefined(change), quotas: withQuotaChange(stored.quotas, quotaChange) };
      return { result: this.#inEffect(next), next: { v: 2, config: next } };
    });
    return { ok: true, config };
  }

  #inEffect(stored: StoredServerSettings): ServerConfig {
    return { ...stored, quotas: { ...this.defaultQuotas, ...stored.quotas } };
  }
}

function withQuotaChange(current: Partial<ServerQuotas>, change: Partial<Record<QuotaName, number | null>>): Partial<ServerQuotas> {
  const next = { ...current };
  for (const [name, value] of Object.entries(change) as Array<[QuotaName, number | null | undefined]>) {
    if (value === null) delete next[name];
    else if (value !== undefined) next[name] = value;
  }
  return next;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
