import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CliError } from '../cli-error.ts';
import { ARTICLE_EXTENSIONS, bankDir, runBankBuild } from './bank-build.ts';
import { readArticleFile } from './generate.ts';

/** Copies article files (names kept) into the bank's articles/ folder, then rebuilds the bank. */
export async function runBankImport(files: string[]): Promise<void> {
  // Check every file before copying any, so a bad file leaves the bank untouched.
  for (const file of files) {
    if (!ARTICLE_EXTENSIONS.test(file)) throw new CliError(`${file}: not a .txt or .md article file`);
    await readArticleFile(file);
  }
  const articleDir = join(bankDir(), 'articles');
  await mkdir(articleDir, { recursive: true });
  // Bytes copied as they are (citations index into them), but as an ordinary writable file whatever the source's mode.
  for (const file of files) await writeFile(join(articleDir, basename(file)), await readFile(file), { mode: 0o644 });
  process.stderr.write(`imported ${files.length} article${files.length === 1 ? '' : 's'} into ${articleDir}\n`);
  await runBankBuild();
}
