import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { BANK_FILE_NAME, DEFAULT_BANK_DIR, loadBank, writeBank } from '../../bank/bank-files.ts';
import type { Bank, Question } from '../../bank/schema.ts';
import { generateWithTitles, type ArticleInput } from '../../generation/index.ts';
import { CliError } from '../cli-error.ts';
import { readArticleFile } from './generate.ts';

export const ARTICLE_EXTENSIONS = /\.(txt|md)$/i;

/** The bank folder: `question-bank/` of the repository, or QUIZBOT_BANK_DIR (tests build banks in temp folders). */
export function bankDir(): string {
  return process.env.QUIZBOT_BANK_DIR ?? DEFAULT_BANK_DIR;
}

/** Questions moderators wrote survive a rebuild; a bank that cannot be read stops it rather than losing them. */
async function moderatorQuestions(dir: string): Promise<Question[]> {
  const loaded = await loadBank(dir);
  if (loaded.ok) return loaded.bank.questions.filter((question) => question.origin === 'moderator');
  if (loaded.problems.some((problem) => problem.includes('ENOENT'))) return [];
  throw new CliError(`${join(dir, BANK_FILE_NAME)}: cannot keep its moderator questions: ${loaded.problems[0] ?? 'unreadable'} (fix or remove the file)`);
}

function progressBar(total: number): ((done: number) => void) | undefined {
  if (!process.stderr.isTTY || total < 2) return undefined;
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'generating {bar} {value}/{total} articles', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return (done) => {
    bar.update(done);
    if (done === total) bar.stop();
  };
}

/** Regenerates bank.json from every article in `articles/`, in file-name order: same files, same bytes. */
export async function runBankBuild(): Promise<void> {
  const dir = bankDir();
  const articleDir = join(dir, 'articles');
  let names: string[];
  try {
    names = (await readdir(articleDir)).filter((name) => ARTICLE_EXTENSIONS.test(name)).sort();
  } catch {
    throw new CliError(`${articleDir}: no such folder (import articles with: quizbot bank import FILE…)`);
  }
  const kept = await moderatorQuestions(dir);
  const articles: ArticleInput[] = [];
  for (const name of names) articles.push(await readArticleFile(join(articleDir, name)));
  const update = progressBar(articles.length);
  const { questions: generated, titles } = generateWithTitles(articles, update ? { onArticle: update } : {});
  const bank: Bank = {
    version: 1,
    articles: articles.map((article, index) => ({ id: article.id, title: titles[index] ?? '', file: `articles/${names[index] as string}` })),
    questions: [...generated, ...kept.filter((question) => !generated.some((other) => other.id === question.id))],
  };
  await writeBank(bank, dir);
  process.stderr.write(`bank: ${bank.articles.length} articles, ${generated.length} generated and ${kept.length} moderator questions written to ${join(dir, BANK_FILE_NAME)}\n`);
}
