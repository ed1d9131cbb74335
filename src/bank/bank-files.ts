import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bankSchema, type ArticleEntry, type Bank } from './schema.ts';
import { formatIssues } from './format-issues.ts';

/** The committed bank shipped with the bot: `question-bank/` at the repository root. */
export const DEFAULT_BANK_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../question-bank');
export const BANK_FILE_NAME = 'bank.json';

export type BankLoadResult = { ok: true; bank: Bank } | { ok: false; problems: string[] };

/** Parses bank JSON text; every problem is reported with its path, e.g. `questions[3].choices: 6 items, at most 5`. */
export function parseBank(text: string): BankLoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const result = bankSchema.safeParse(json);
  return result.success ? { ok: true, bank: result.data } : { ok: false, problems: formatIssues(result.error) };
}

export async function loadBank(dir: string = DEFAULT_BANK_DIR): Promise<BankLoadResult> {
  let text: string;
  try {
    text = await readFile(join(dir, BANK_FILE_NAME), 'utf8');
  } catch (error) {
    return { ok: false, problems: [`cannot read ${join(dir, BANK_FILE_NAME)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`] };
  }
  return parseBank(text);
}

export function readArticleText(dir: string, article: ArticleEntry): Promise<string> {
  return readFile(join(dir, article.file), 'utf8');
}

/** Stable, diff-friendly JSON: two-space indent and a final newline. */
export function serialiseBank(bank: Bank): string {
  return `${JSON.stringify(bank, null, 2)}\n`;
}

/** Writes through a temporary file and a rename, so a crash never leaves a half-written bank. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, path);
}

export function writeBank(bank: Bank, dir: string = DEFAULT_BANK_DIR): Promise<void> {
  return writeFileAtomic(join(dir, BANK_FILE_NAME), serialiseBank(bank));
}
