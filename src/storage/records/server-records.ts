import { z } from 'zod';
import { RECENT_HISTORY_LIMIT } from '../../engine/question-selection.ts';

export const QUESTION_SOURCES = ['shipped', 'server', 'both'] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];

/** The whole numbers each quota may be set to, by a server's settings or by the bot owner's environment. */
export const QUOTA_RANGES = {
  maxServerQuestions: { min: 0, max: 10_000 },
  maxActiveRounds: { min: 1, max: 50 },
  maxServerArticles: { min: 0, max: 500 },
} as const;
export type QuotaName = keyof typeof QUOTA_RANGES;

const quota = (name: QuotaName) => z.int().min(QUOTA_RANGES[name].min).max(QUOTA_RANGES[name].max);

export const serverQuotasSchema = z.object({
  /** Questions moderators may add to this server. */
  maxServerQuestions: quota('maxServerQuestions'),
  /** Channel rounds running at once in this server (one per channel in any case). */
  maxActiveRounds: quota('maxActiveRounds'),
  /** Articles moderators may add to this server (drafts included). */
  maxServerArticles: quota('maxServerArticles'),
});
export type ServerQuotas = z.output<typeof serverQuotasSchema>;

/** What every server gets unless the bot owner sets other limits (QUIZBOT_MAX_* in the environment). */
export const DEFAULT_SERVER_QUOTAS: ServerQuotas = { maxServerQuestions: 1000, maxActiveRounds: 5, maxServerArticles: 50 };

export const serverConfigSchema = z.object({
  /** Members with this role count as moderators, besides those with Manage Server. */
  moderatorRoleId: z.string().regex(/^\d{17,20}$/, 'a Discord role id (17 to 20 digits)').nullable(),
  /** Which questions rounds and study draw from: the shipped bank, this server's own, or both. */
  questionSource: z.enum(QUESTION_SOURCES),
  quotas: serverQuotasSchema,
});

/** A server's settings in effect: what it set itself, the bot's default quotas for the rest. */
export type ServerConfig = z.output<typeof serverConfigSchema>;

/**
 * A server's settings as stored. `quotas` holds only the quotas set for this server: the defaults are not
 * copied in but filled in when read, so that a bot owner who changes them in the environment reaches every
 * server that has not chosen its own.
 */
export const storedServerSettingsSchema = serverConfigSchema.extend({ quotas: serverQuotasSchema.partial() });
export type StoredServerSettings = z.output<typeof storedServerSettingsSchema>;

export const DEFAULT_SERVER_SETTINGS: StoredServerSettings = { moderatorRoleId: null, questionSource: 'both', quotas: {} };

/**
 * Version 1 stored every quota, the defaults of the time included (the article quota only once it existed),
 * so a value equal to that default cannot be told from one never set: it is read as not set, and the server
 * follows the bot's defaults. Any other value was set on purpose and is kept. These figures are history, not
 * the current defaults, and must not change with them.
 */
const V1_WRITTEN_DEFAULTS: ServerQuotas = { maxServerQuestions: 1000, maxActiveRounds: 5, maxServerArticles: 50 };

function setOnPurpose(quotas: Partial<ServerQuotas>): Partial<ServerQuotas> {
  return Object.fromEntries(Object.entries(quotas).filter(([name, value]) => value !== V1_WRITTEN_DEFAULTS[name as QuotaName]));
}

const serverConfigRecordV1Schema = z
  .object({ v: z.literal(1), config: serverConfigSchema.extend({ quotas: serverQuotasSchema.partial({ maxServerArticles: true }) }) })
  .transform(({ config }) => ({ v: 2 as const, config: { ...config, quotas: setOnPurpose(config.quotas) } }));

/** Under `config:<guildId>`; a version 1 record reads as version 2. */
export const serverConfigRecordSchema = z.discriminatedUnion('v', [
  z.object({ v: z.literal(2), config: storedServerSettingsSchema }),
  serverConfigRecordV1Schema,
]);
export type ServerConfigRecord = z.output<typeof serverConfigRecordSchema>;

/**
 * This server's own questions under `questions:<guildId>`, kept in one record so that an import replaces
 * them all at once. Each entry is validated on its own when read (a damaged one is skipped, not the list).
 */
export const serverQuestionsRecordSchema = z.object({ v: z.literal(1), questions: z.array(z.unknown()) });
export type ServerQuestionsRecord = z.output<typeof serverQuestionsRecordSchema>;

/** The questions asked recently in one channel, newest first, under `recent:<guildId>:<channelId>`. */
export const recentQuestionsSchema = z.object({ v: z.literal(1), ids: z.array(z.string()).max(RECENT_HISTORY_LIMIT) });
export type RecentQuestions = z.output<typeof recentQuestionsSchema>;
