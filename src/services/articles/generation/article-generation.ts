import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { MAX_TITLE_LENGTH, questionSchema, type Question } from '../../../bank/schema.ts';
import { checkQuestionsAgainstArticle, generateWithTitles, type QuestionProblems } from '../../../generation/index.ts';

/** One article to turn into questions. */
export const generationJobSchema = z.object({
  articleId: z.string(),
  text: z.string(),
  /** The title to cite (a moderator's own); default: the one ingestion finds, else `fallbackTitle`. */
  title: z.string().max(MAX_TITLE_LENGTH).optional(),
  fallbackTitle: z.string().max(MAX_TITLE_LENGTH),
});
export type GenerationJob = z.input<typeof generationJobSchema>;

export const generatedArticleSchema = z.object({
  title: z.string().max(MAX_TITLE_LENGTH),
  /** Questions that passed every structural check against the article, in the generator's order. */
  questions: z.array(questionSchema),
  /** Generated questions the checks refused, with why. */
  dropped: z.array(z.object({ index: z.int(), id: z.string(), problems: z.array(z.string()) })),
  /** Time spent generating and checking, for the log. */
  ms: z.number(),
});
export type GeneratedArticle = z.output<typeof generatedArticleSchema>;

/**
 * Generates the questions of one article and keeps those that pass the same structural checks as the
 * shipped bank (the shared `checkQuestionsAgainstArticle`). Synchronous CPU work: the services run it in a
 * worker thread so the bot keeps answering meanwhile.
 */
export function generateArticle(job: GenerationJob): GeneratedArticle {
  const started = performance.now();
  const { articleId, text, fallbackTitle } = generationJobSchema.parse(job);
  const generated = generateWithTitles([{ id: articleId, text }]);
  const title = (job.title ?? generated.titles[0] ?? '').slice(0, MAX_TITLE_LENGTH) || fallbackTitle;
  const cited: Question[] = generated.questions.map((question) => (question.source ? { ...question, source: { ...question.source, title } } : question));
  const dropped: QuestionProblems[] = checkQuestionsAgainstArticle(cited, text);
  const refused = new Set(dropped.map((problem) => problem.index));
  const questions = cited.filter((_, index) => !refused.has(index));
  return { title, questions, dropped, ms: Math.round(performance.now() - started) };
}
