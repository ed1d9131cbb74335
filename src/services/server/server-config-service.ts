import { z } from 'zod';
import type { RecordCollection } from '../../storage/record-collection.ts';
import { recordIdSchema } from '../../storage/records/ids.ts';
import { DEFAULT_SERVER_CONFIG, serverConfigSchema, type ServerConfig, type ServerConfigRecord } from '../../storage/records/server-records.ts';
import { formatIssues } from '../../bank/format-issues.ts';
import { parseInput } from '../input-error.ts';

export type { ServerConfig };

/** A change to a server's settings; fields left out stay as they are. */
export const serverConfigPatchSchema = serverConfigSchema.extend({ quotas: serverConfigSchema.shape.quotas.partial() }).partial().strict();
export type ServerConfigPatch = z.input<typeof serverConfigPatchSchema>;

export type ConfigUpdateResult = { ok: true; config: ServerConfig } | { ok: false; problems: string[] };

/** Per-server settings: moderator role, which questions to draw from, quotas. Unset servers get the defaults. */
export class ServerConfigService {
  constructor(private readonly records: RecordCollection<ServerConfigRecord>) {}

  async get(guildId: string): Promise<ServerConfig> {
    parseInput(recordIdSchema, guildId);
    return (await this.records.get(guildId))?.config ?? DEFAULT_SERVER_CONFIG;
  }

  async update(guildId: string, patch: ServerConfigPatch): Promise<ConfigUpdateResult> {
    parseInput(recordIdSchema, guildId);
    const parsed = serverConfigPatchSchema.safeParse(patch);
    if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error) };
    const change = parsed.data;
    const config = await this.records.update(guildId, (current) => {
      const base = current?.config ?? DEFAULT_SERVER_CONFIG;
      const next: ServerConfig = { ...base, ...change, quotas: { ...base.quotas, ...change.quotas } };
      return { result: next, next: { v: 1, config: next } };
    });
    return { ok: true, config };
  }
}
