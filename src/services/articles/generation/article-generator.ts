import { generateArticle, type GeneratedArticle, type GenerationJob } from './article-generation.ts';

/** Turns an article into checked questions, off the caller's hands (a worker thread by default). */
export interface ArticleGenerator {
  generate(job: GenerationJob): Promise<GeneratedArticle>;
  /** Stops any worker; pending jobs fail. Idempotent. */
  close(): Promise<void>;
}

/**
 * Runs the generator on the calling thread. Blocks it for as long as generation takes (about 2 s for a
 * 1 MB article), so only for scripts and tests; the bot uses `WorkerArticleGenerator`.
 */
export const inProcessArticleGenerator: ArticleGenerator = {
  generate: async (job) => generateArticle(job),
  close: async () => undefined,
};
