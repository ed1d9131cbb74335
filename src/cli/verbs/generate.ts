import { readFile, stat } from 'node:fs/promises';
import type { Question } from '../../bank/schema.ts';
import { articleIdOf, decodeArticle, generateQuestions, type ArticleInput } from '../../generation/index.ts';
import { MAX_ARTICLE_BYTES } from '../../services/articles/article-service.ts';
import { CliError } from '../cli-error.ts';

/** Reads an article file or fails with one clear line: `<file>: <reason>`. */
export async function readArticleFile(file: string): Promise<ArticleInput> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file}: is a directory, expected an article file`);
    // The bot's limit for /article add too; checked before reading, so a huge file is never loaded.
    if (info.size > MAX_ARTICLE_BYTES) {
      throw new CliError(`${file}: too large (${(info.size / 1_000_000).toFixed(1)} MB); an article may be at most ${MAX_ARTICLE_BYTES / 1_000_000} MB`);
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new CliError(`${file}: ${decoded.reason}`);
  return { id: articleIdOf(file), text: decoded.text };
}

function listing(questions: readonly Question[]): string {
  const lines: string[] = [];
  questions.forEach((question, index) => {
    lines.push(`${index + 1}. [${question.kind}] ${question.stem}`);
    question.choices.forEach((choice, choiceIndex) => {
      lines.push(`   ${choiceIndex === question.answerIndex ? '*' : ' '} ${String.fromCharCode(65 + choiceIndex)}) ${choice}`);
    });
    if (question.source) lines.push(`   source: ${question.source.article} — "${question.source.passage.replace(/\s+/g, ' ')}"`);
    lines.push('');
  });
  lines.push(`${questions.length} question${questions.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

export async function runGenerate(files: string[], options: { json?: boolean } = {}): Promise<void> {
  const articles: ArticleInput[] = [];
  for (const file of files) articles.push(await readArticleFile(file));
  const ids = new Set<string>();
  for (const article of articles) {
    if (ids.has(article.id)) throw new CliError(`${article.id}: two files give the same article id`);
    ids.add(article.id);
  }
  const questions = generateQuestions(articles);
  process.stdout.write(options.json ? `${JSON.stringify({ questions }, null, 2)}\n` : listing(questions));
}
