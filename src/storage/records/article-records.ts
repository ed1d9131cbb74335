import { z } from 'zod';
import { articleIdSchema, MAX_TITLE_LENGTH } from '../../bank/schema.ts';

export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** One article a server's moderators added: what `/article list` shows, without the text. */
export const serverArticleEntrySchema = z.object({
  id: articleIdSchema,
  title: z.string().max(MAX_TITLE_LENGTH),
  /** Drafts are shown to the moderator only; published questions are in the server's questions. */
  status: z.enum(ARTICLE_STATUSES),
  /** Questions generated (and kept) when the article was added. */
  generated: z.int().nonnegative(),
  addedAt: z.number(),
  addedBy: z.string().max(64).nullable(),
  /** The uploaded file's name, or null for pasted text. */
  fileName: z.string().max(256).nullable(),
  bytes: z.int().nonnegative(),
});
export type ServerArticleEntry = z.output<typeof serverArticleEntrySchema>;

/**
 * The list of a server's articles under `articles:<guildId>`: one small record, so quotas are checked and
 * the list is read without loading any text. Entries are validated one by one when read.
 */
export const serverArticlesRecordSchema = z.object({ v: z.literal(1), articles: z.array(z.unknown()) });
export type ServerArticlesRecord = z.output<typeof serverArticlesRecordSchema>;

/**
 * One article's text, exactly as given to the generator (citations are offsets into it), and its draft
 * questions until they are published, under `article:<guildId>:<articleId>`.
 */
export const articleTextRecordSchema = z.object({
  v: z.literal(1),
  id: articleIdSchema,
  title: z.string().max(MAX_TITLE_LENGTH),
  text: z.string(),
  drafts: z.array(z.unknown()),
});
export type ArticleTextRecord = z.output<typeof articleTextRecordSchema>;
