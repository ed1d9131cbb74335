import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BANK_FILE_NAME, loadBank } from '../../bank/bank-files.ts';
import { checkQuestionsAgainstArticle, decodeArticle } from '../../generation/index.ts';
import { CliError } from '../cli-error.ts';
import { bankDir } from './bank-build.ts';

/** Validates bank.json: schema, every article readable, every question against the text it cites. */
export async function runBankCheck(): Promise<void> {
  const dir = bankDir();
  const loaded = await loadBank(dir);
  if (!loaded.ok) {
    for (const problem of loaded.problems) process.stderr.write(`${BANK_FILE_NAME}: ${problem}\n`);
    throw new CliError(`bank check failed: ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} in ${join(dir, BANK_FILE_NAME)}`);
  }
  const { bank } = loaded;
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const article of bank.articles) {
    try {
      const decoded = decodeArticle(await readFile(join(dir, article.file)));
      if (decoded.ok) texts.set(article.id, decoded.text);
      else problems.push(`${article.file}: ${decoded.reason}`);
    } catch {
      problems.push(`${article.file}: cannot read the article file`);
    }
  }
  const byArticle = new Map<string, number[]>();
  bank.questions.forEach((question, index) => {
    if (!question.source) return;
    if (!bank.articles.some((article) => article.id === question.source?.article)) {
      problems.push(`questions[${index}] (${question.id}): cites article "${question.source.article}", which the bank does not list`);
      return;
    }
    byArticle.set(question.source.article, [...(byArticle.get(question.source.article) ?? []), index]);
  });
  for (const [articleId, indices] of byArticle) {
    const text = texts.get(articleId);
    if (text === undefined) continue;
    for (const found of checkQuestionsAgainstArticle(indices.map((index) => bank.questions[index]), text)) {
      const index = indices[found.index] as number;
      for (const problem of found.problems) problems.push(`questions[${index}] (${found.id}): ${problem}`);
    }
  }
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`${problem}\n`);
    throw new CliError(`bank check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
  process.stdout.write(`bank ok: ${bank.articles.length} articles, ${bank.questions.length} questions\n`);
}
