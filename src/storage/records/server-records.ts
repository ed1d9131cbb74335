import { z } from 'zod';
import { RECENT_HISTORY_LIMIT } from '../../engine/question-selection.ts';

export const QUESTION_SOURCES = ['shipped', 'server', 'both'] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];

export const serverConfigSchema = z.object({
  /** Members with this role count as moderators, besides those with Manage Server. */
  moderatorRoleId: z.string().regex(/^\d{17,20}$/, 'a Discord role id (17 to 20 digits)').nullable(),
  /** Which questions rounds and study draw from: the shipped bank, this server's own, or both. */
  questionSource: z.enum(QUESTION_SOURCES),
  quotas: z.object({
    /** Questions moderators may add to this server. */
    maxServerQuestions: z.int().min(0).max(10_000),
    /** Channel rounds running at once in this server (one per channel in any case). */
    maxActiveRounds: z.int().min(1).max(50),
    /** Articles moderators may add to this server (drafts included). */
    maxServerArticles: z.int().min(0).max(500),
  }),
});

export type ServerConfig = z.output<typeof serverConfigSchema>;

export const DEFAULT_SERVER_CONFIG: ServerConfig = {
  moderatorRoleId: null,
  questionSource: 'both',
  quotas: { maxServerQuestions: 1000, maxActiveRounds: 5, maxServerArticles: 50 },
};

const storedQuotasSchema = serverConfigSchema.shape.quotas.extend({
  // Settings stored before this quota existed read with its default.
  maxServerArticles: serverConfigSchema.shape.quotas.shape.maxServerArticles.default(DEFAULT_SERVER_CONFIG.quotas.maxServerArticles),
});

/** Under `config:<guildId>`. */
export const serverConfigRecordSchema = z.object({ v: z.literal(1), config: serverConfigSchema.extend({ quotas: storedQuotasSchema }) });
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
