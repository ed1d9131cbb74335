import type { Question } from '../../bank/schema.ts';
import type { ArticleStatus } from '../../storage/records/article-records.ts';

/** A server's article as moderators see it in a list. */
export interface ServerArticle {
  id: string;
  title: string;
  status: ArticleStatus;
  /** Drafts waiting to be published, or the article's questions now in the server's bank. */
  questionCount: number;
  addedAt: number;
  addedBy: string | null;
  /** The uploaded file's name; null for pasted text. */
  fileName: string | null;
  bytes: number;
}

/** Why a call changed nothing; each comes with a message fit to show and the figures behind it. */
export type ArticleRefusal =
  | { ok: false; reason: 'article-quota'; count: number; limit: number; message: string }
  | { ok: false; reason: 'question-quota'; count: number; limit: number; adding: number; message: string }
  | { ok: false; reason: 'duplicate'; article: ServerArticle; message: string }
  | { ok: false; reason: 'no-questions'; message: string }
  | { ok: false; reason: 'generation-failed'; message: string }
  | { ok: false; reason: 'unknown-article'; articleId: string; message: string }
  | { ok: false; reason: 'already-published'; article: ServerArticle; message: string };

export type ArticleRefusalReason = ArticleRefusal['reason'];

/** There is room for one more article (and at least one more question). */
export type RoomResult = { ok: true; articles: { count: number; limit: number }; questions: { count: number; limit: number } } | ArticleRefusal;

export type AddArticleResult =
  | {
      ok: true;
      article: ServerArticle;
      /** The draft questions, in the generator's order. */
      drafts: Question[];
      /** Generated questions that failed the structural checks and were left out. */
      dropped: number;
      /** Sound questions left out because the server's question quota had no room for them. */
      overQuota: number;
      /** Time spent generating, in ms. */
      ms: number;
    }
  | ArticleRefusal;

export type PublishResult = { ok: true; article: ServerArticle; published: number } | ArticleRefusal;
export type DiscardResult = { ok: true; article: ServerArticle } | ArticleRefusal;
export type RemoveArticleResult = { ok: true; article: ServerArticle; removedQuestions: number } | ArticleRefusal;

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

export const refusals = {
  articleQuota: (count: number, limit: number): ArticleRefusal => ({
    ok: false,
    reason: 'article-quota',
    count,
    limit,
    message: `This server has ${plural(count, 'article')}, the most allowed (${limit.toLocaleString('en-US')}); remove one first.`,
  }),
  questionQuota: (count: number, limit: number, adding: number): ArticleRefusal => ({
    ok: false,
    reason: 'question-quota',
    count,
    limit,
    adding,
    message:
      adding === 0
        ? `This server has ${plural(count, 'question')}, the most allowed (${limit.toLocaleString('en-US')}); remove some first.`
        : `Adding ${plural(adding, 'question')} would take this server past its ${limit.toLocaleString('en-US')}-question limit (it has ${count.toLocaleString('en-US')}); remove some first.`,
  }),
  duplicate: (article: ServerArticle): ArticleRefusal => ({
    ok: false,
    reason: 'duplicate',
    article,
    message: `This text is already on this server as ${article.id} ("${article.title}").`,
  }),
  noQuestions: (): ArticleRefusal => ({
    ok: false,
    reason: 'no-questions',
    message: 'No questions could be made from this text: it may be too short, or mostly banners, captions and links.',
  }),
  generationFailed: (detail: string): ArticleRefusal => ({ ok: false, reason: 'generation-failed', message: `The article could not be processed (${detail}).` }),
  unknownArticle: (articleId: string): ArticleRefusal => ({ ok: false, reason: 'unknown-article', articleId, message: `There is no article ${articleId} on this server.` }),
  alreadyPublished: (article: ServerArticle): ArticleRefusal => ({
    ok: false,
    reason: 'already-published',
    article,
    message: `Article ${article.id} is already published.`,
  }),
};
