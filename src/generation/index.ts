/**
 * The question generator's public face: articles in, cited multiple-choice questions out. Pure: no Discord,
 * no storage; the command line and the bot's /article add both call these.
 */
export { generateQuestions, generateWithTitles, type GenerateOptions } from './generate-questions.ts';
export type { ArticleInput } from './corpus.ts';
export { ingestArticle, type IngestedArticle } from './ingest/ingest-article.ts';
export { decodeArticle, articleIdOf, type DecodedArticle } from './ingest/decode-article.ts';
export { checkQuestionsAgainstArticle, type QuestionProblems } from './check-article-questions.ts';
