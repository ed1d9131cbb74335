import { z } from 'zod';
import type { Logger } from '../../logging/logger.ts';
import { formatIssues } from '../../bank/format-issues.ts';
import { articleIdSchema, MAX_TITLE_LENGTH, questionSchema, type Question } from '../../bank/schema.ts';
import type { RecordCollection } from '../../storage/record-collection.ts';
import { serverArticleEntrySchema, type ArticleTextRecord, type ServerArticleEntry, type ServerArticlesRecord } from '../../storage/records/article-records.ts';
import { recordIdSchema } from '../../storage/records/ids.ts';
import type { ServerQuestionsRecord } from '../../storage/records/server-records.ts';
import { parseInput } from '../input-error.ts';
import type { Clock } from '../runtime.ts';
import type { ServerConfigService } from '../server/server-config-service.ts';
import type { ServerQuestionService } from '../server/server-question-service.ts';
import { articleIdFor } from './article-id.ts';
import {
  refusals,
  type AddArticleResult,
  type DiscardResult,
  type PublishResult,
  type RemoveArticleResult,
  type RoomResult,
  type ServerArticle,
} from './article-results.ts';
import type { ArticleGenerator } from './generation/article-generator.ts';
import { ArticleGenerationError } from './generation/worker-generator.ts';
import { KeyedLock } from './keyed-lock.ts';

/** The largest article accepted, in UTF-8 bytes (about 1 MB; generating one takes seconds of CPU). */
export const MAX_ARTICLE_BYTES = 1_000_000;

const addInputSchema = z.object({
  guildId: recordIdSchema,
  text: z
    .string()
    .refine((text) => text.trim() !== '', 'must not be empty')
    .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_ARTICLE_BYTES, `at most ${MAX_ARTICLE_BYTES} bytes`),
  /** A title the moderator gave; default: the one ingestion finds in the text. */
  title: z.string().trim().min(1).max(MAX_TITLE_LENGTH).optional(),
  fileName: z.string().max(256).optional(),
  addedBy: recordIdSchema.optional(),
  now: z.number().optional(),
});
export type AddArticleInput = z.input<typeof addInputSchema>;

const articleRefSchema = z.object({ guildId: recordIdSchema, articleId: z.string().trim().max(100) });
export type ArticleRef = z.input<typeof articleRefSchema>;

interface Collections {
  articles: RecordCollection<ServerArticlesRecord>;
  texts: RecordCollection<ArticleTextRecord>;
  /** The server's own questions (the same record `ServerQuestionService` manages): published questions go there. */
  bank: RecordCollection<ServerQuestionsRecord>;
}

const sourceArticleOf = (entry: unknown): unknown => (entry as { source?: { article?: unknown } } | null)?.source?.article;
const idOf = (entry: unknown): unknown => (entry as { id?: unknown } | null)?.id;

/**
 * A server's own articles: added by moderators (uploaded or pasted), turned into draft questions, then
 * published into the server's questions (which rounds and study draw from) or discarded; listed and
 * removed with their questions. Quotas: `maxServerArticles` (drafts count) and `maxServerQuestions`.
 * Every refusal changes nothing. Changes to one server's articles run one at a time.
 */
export class ArticleService {
  readonly #lock = new KeyedLock();

  constructor(
    private readonly records: Collections,
    private readonly serverQuestions: ServerQuestionService,
    private readonly configs: ServerConfigService,
    private readonly generator: ArticleGenerator,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Whether one more article (with at least one question) fits; worth asking before a slow upload. */
  async checkRoom(guildId: string): Promise<RoomResult> {
    parseInput(recordIdSchema, guildId);
    const [{ quotas }, entries, questionCount] = await Promise.all([this.configs.get(guildId), this.#entries(guildId), this.#questionCount(guildId)]);
    if (entries.length >= quotas.maxServerArticles) return refusals.articleQuota(entries.length, quotas.maxServerArticles);
    if (questionCount >= quotas.maxServerQuestions) return refusals.questionQuota(questionCount, quotas.maxServerQuestions, 0);
    return { ok: true, articles: { count: entries.length, limit: quotas.maxServerArticles }, questions: { count: questionCount, limit: quotas.maxServerQuestions } };
  }

  /**
   * Stores an article with its draft questions (not yet played). Generation runs off this thread and may
   * take seconds. Refused, storing nothing: quota reached, the same text already here, no question made.
   * Drafts beyond the room left under the question quota are left out (`overQuota` says how many).
   */
  async add(raw: AddArticleInput): Promise<AddArticleResult> {
    const input = parseInput(addInputSchema, raw);
    const { guildId, text } = input;
    const articleId = articleIdFor(text);
    const existing = (await this.#entries(guildId)).find((entry) => entry.id === articleId);
    if (existing) return refusals.duplicate(await this.#view(guildId, existing));
    const room = await this.checkRoom(guildId);
    if (!room.ok) return room;

    let generated;
    try {
      generated = await this.generator.generate({ articleId, text, title: input.title, fallbackTitle: input.fileName?.replace(/\.[^.]+$/, '').slice(0, MAX_TITLE_LENGTH) || 'Untitled article' });
    } catch (error) {
      if (!(error instanceof ArticleGenerationError)) throw error;
      return refusals.generationFailed(error.message);
    }
    if (generated.dropped.length > 0) {
      this.logger.warn({ guildId, articleId, dropped: generated.dropped.slice(0, 10) }, `left out ${generated.dropped.length} generated questions that failed the structural checks`);
    }
    if (generated.questions.length === 0) return refusals.noQuestions();

    return this.#lock.run(guildId, async () => {
      const [{ quotas }, entries, questionCount] = await Promise.all([this.configs.get(guildId), this.#entries(guildId), this.#questionCount(guildId)]);
      const again = entries.find((entry) => entry.id === articleId);
      if (again) return refusals.duplicate(await this.#view(guildId, again));
      if (entries.length >= quotas.maxServerArticles) return refusals.articleQuota(entries.length, quotas.maxServerArticles);
      const fits = Math.max(0, quotas.maxServerQuestions - questionCount);
      if (fits === 0) return refusals.questionQuota(questionCount, quotas.maxServerQuestions, 0);
      const drafts = generated.questions.slice(0, fits);

      const entry: ServerArticleEntry = {
        id: articleId,
        title: generated.title,
        status: 'draft',
        generated: drafts.length,
        addedAt: input.now ?? this.clock.now(),
        addedBy: input.addedBy ?? null,
        fileName: input.fileName ?? null,
        bytes: Buffer.byteLength(text, 'utf8'),
      };
      // The text first: a list entry never points at a missing text, even after a crash in between.
      await this.records.texts.update(this.#textKey(guildId, articleId), () => ({ result: undefined, next: { v: 1, id: articleId, title: entry.title, text, drafts } }));
      await this.records.articles.update(guildId, (current) => ({ result: undefined, next: { v: 1, articles: [...(current?.articles ?? []), entry] } }));
      return { ok: true, article: toView(entry, drafts.length), drafts, dropped: generated.dropped.length, overQuota: generated.questions.length - drafts.length, ms: generated.ms };
    });
  }

  /** Moves an article's drafts into the server's questions, all or none (the question quota decides). */
  async publish(raw: ArticleRef): Promise<PublishResult> {
    const { guildId, articleId } = parseInput(articleRefSchema, raw);
    return this.#lock.run(guildId, async () => {
      const entry = (await this.#entries(guildId)).find((candidate) => candidate.id === articleId);
      if (!entry) return refusals.unknownArticle(articleId);
      if (entry.status === 'published') return refusals.alreadyPublished(await this.#view(guildId, entry));
      const drafts = await this.#drafts(guildId, articleId);
      const { quotas } = await this.configs.get(guildId);
      const refusal = await this.records.bank.update(guildId, (current) => {
        const questions = current?.questions ?? [];
        const present = new Set(questions.map(idOf));
        // Ids are stable, so publishing again after an interruption adds nothing twice.
        const fresh = drafts.filter((question) => !present.has(question.id));
        if (questions.length + fresh.length > quotas.maxServerQuestions) {
          return { result: refusals.questionQuota(questions.length, quotas.maxServerQuestions, fresh.length) };
        }
        return { result: undefined, next: { v: 1, questions: [...questions, ...fresh] } };
      });
      if (refusal) return refusal;
      const published: ServerArticleEntry = { ...entry, status: 'published', generated: drafts.length };
      await this.#replaceEntry(guildId, published);
      await this.records.texts.update(this.#textKey(guildId, articleId), (current) => ({ result: undefined, next: current ? { ...current, drafts: [] } : undefined }));
      return { ok: true, article: await this.#view(guildId, published), published: drafts.length };
    });
  }

  /** Drops a draft article and its drafts, as if it had never been added. */
  async discard(raw: ArticleRef): Promise<DiscardResult> {
    const { guildId, articleId } = parseInput(articleRefSchema, raw);
    return this.#lock.run(guildId, async () => {
      const entry = (await this.#entries(guildId)).find((candidate) => candidate.id === articleId);
      if (!entry) return refusals.unknownArticle(articleId);
      if (entry.status === 'published') return refusals.alreadyPublished(await this.#view(guildId, entry));
      await this.#removeEntry(guildId, articleId);
      await this.records.texts.delete(this.#textKey(guildId, articleId));
      return { ok: true, article: toView(entry, entry.generated) };
    });
  }

  /** Removes an article, draft or published, with every server question that cites it. */
  async remove(raw: ArticleRef): Promise<RemoveArticleResult> {
    const { guildId, articleId } = parseInput(articleRefSchema, raw);
    return this.#lock.run(guildId, async () => {
      const entry = (await this.#entries(guildId)).find((candidate) => candidate.id === articleId);
      if (!entry) return refusals.unknownArticle(articleId);
      const view = await this.#view(guildId, entry);
      // Questions first: an interrupted removal leaves the article listed, so running it again finishes it.
      const removedQuestions = await this.records.bank.update(guildId, (current) => {
        const questions = current?.questions ?? [];
        const kept = questions.filter((question) => sourceArticleOf(question) !== articleId);
        return kept.length === questions.length ? { result: 0 } : { result: questions.length - kept.length, next: { v: 1, questions: kept } };
      });
      await this.#removeEntry(guildId, articleId);
      await this.records.texts.delete(this.#textKey(guildId, articleId));
      return { ok: true, article: view, removedQuestions };
    });
  }

  /** The server's articles, oldest first, with their draft or published question counts. */
  async list(guildId: string): Promise<ServerArticle[]> {
    parseInput(recordIdSchema, guildId);
    const entries = await this.#entries(guildId);
    if (entries.length === 0) return [];
    const published = await this.#publishedCounts(guildId);
    return entries.map((entry) => toView(entry, entry.status === 'draft' ? entry.generated : (published.get(entry.id) ?? 0)));
  }

  /** One article with its stored text (citations are offsets into it) and its drafts. */
  async get(raw: ArticleRef): Promise<{ article: ServerArticle; text: string; drafts: Question[] } | undefined> {
    const { guildId, articleId } = parseInput(articleRefSchema, raw);
    const entry = (await this.#entries(guildId)).find((candidate) => candidate.id === articleId);
    const stored = entry && (await this.records.texts.get(this.#textKey(guildId, articleId)));
    if (!entry || !stored) return undefined;
    return { article: await this.#view(guildId, entry), text: stored.text, drafts: this.#validQuestions(guildId, stored.drafts) };
  }

  #textKey(guildId: string, articleId: string): string {
    return `${guildId}:${articleIdSchema.parse(articleId)}`;
  }

  async #entries(guildId: string): Promise<ServerArticleEntry[]> {
    const record = await this.records.articles.get(guildId);
    return (record?.articles ?? []).flatMap((raw, index) => {
      const parsed = serverArticleEntrySchema.safeParse(raw);
      if (parsed.success) return [parsed.data];
      this.logger.warn({ guildId, index, problems: formatIssues(parsed.error).slice(0, 5) }, 'skipped a corrupt server article entry');
      return [];
    });
  }

  async #questionCount(guildId: string): Promise<number> {
    return (await this.records.bank.get(guildId))?.questions.length ?? 0;
  }

  async #publishedCounts(guildId: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const question of await this.serverQuestions.all(guildId)) {
      const article = question.source?.article;
      if (article !== undefined) counts.set(article, (counts.get(article) ?? 0) + 1);
    }
    return counts;
  }

  async #view(guildId: string, entry: ServerArticleEntry): Promise<ServerArticle> {
    if (entry.status === 'draft') return toView(entry, entry.generated);
    return toView(entry, (await this.#publishedCounts(guildId)).get(entry.id) ?? 0);
  }

  async #drafts(guildId: string, articleId: string): Promise<Question[]> {
    const stored = await this.records.texts.get(this.#textKey(guildId, articleId));
    return this.#validQuestions(guildId, stored?.drafts ?? []);
  }

  #validQuestions(guildId: string, entries: readonly unknown[]): Question[] {
    return entries.flatMap((raw, index) => {
      const parsed = questionSchema.safeParse(raw);
      if (parsed.success) return [parsed.data];
      this.logger.warn({ guildId, index, problems: formatIssues(parsed.error).slice(0, 5) }, 'skipped a corrupt draft question');
      return [];
    });
  }

  #replaceEntry(guildId: string, entry: ServerArticleEntry): Promise<void> {
    return this.records.articles.update(guildId, (current) => {
      const articles = (current?.articles ?? []).map((raw) => (idOf(raw) === entry.id ? entry : raw));
      return { result: undefined, next: { v: 1, articles } };
    });
  }

  #removeEntry(guildId: string, articleId: string): Promise<void> {
    return this.records.articles.update(guildId, (current) => {
      const articles = current?.articles ?? [];
      const kept = articles.filter((raw) => idOf(raw) !== articleId);
      if (kept.length === articles.length) return { result: undefined };
      return { result: undefined, next: kept.length === 0 ? null : { v: 1, articles: kept } };
    });
  }
}

function toView(entry: ServerArticleEntry, questionCount: number): ServerArticle {
  return { id: entry.id, title: entry.title, status: entry.status, questionCount, addedAt: entry.addedAt, addedBy: entry.addedBy, fileName: entry.fileName, bytes: entry.bytes };
}
