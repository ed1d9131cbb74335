import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.ts';

// Verbs are imported on use, so `quizbot generate` never loads discord.js and `quizbot start` never loads the NLP model.
const program = new Command()
  .name('quizbot')
  .description('A Discord quiz-and-study bot whose questions come from articles.')
  .showHelpAfterError('(run quizbot --help for usage)')
  .exitOverride();

program
  .command('generate')
  .description('generate cited multiple-choice questions from article files')
  .argument('<files...>', 'article files (.txt or .md)')
  .option('--json', 'print only {"questions":[...]} as JSON on stdout')
  .action(async (files: string[], options: { json?: boolean }) => {
    const { runGenerate } = await import('./verbs/generate.ts');
    await runGenerate(files, options);
  });

const bank = program.command('bank').description('manage the committed question bank in question-bank/');
bank
  .command('import')
  .description('copy article files into question-bank/articles/ and rebuild the bank')
  .argument('<files...>', 'article files (.txt or .md)')
  .action(async (files: string[]) => {
    const { runBankImport } = await import('./verbs/bank-import.ts');
    await runBankImport(files);
  });
bank
  .command('build')
  .description('regenerate question-bank/bank.json from question-bank/articles/')
  .action(async () => {
    const { runBankBuild } = await import('./verbs/bank-build.ts');
    await runBankBuild();
  });
bank
  .command('check')
  .description('validate question-bank/bank.json and every question against its article')
  .action(async () => {
    const { runBankCheck } = await import('./verbs/bank-check.ts');
    await runBankCheck();
  });

program
  .command('deploy-commands')
  .description('register the slash commands with Discord (bulk overwrite)')
  .option('--guild <id>', 'register to one server only (instant; for development)')
  .action(async (options: { guild?: string }) => {
    const { runDeployCommands } = await import('./verbs/deploy-commands.ts');
    await runDeployCommands(options);
  });

program
  .command('start')
  .description('run the bot')
  .action(async () => {
    const { runStart } = await import('./verbs/start.ts');
    await runStart();
  });

program
  .command('play')
  .description('an offline quiz in the terminal over the question bank')
  .option('--store <url>', 'where to keep your score', 'sqlite://data/play.sqlite')
  .option('--article <id>', 'only questions from this article')
  .option('--bank <dir>', 'the folder holding bank.json (default: question-bank/)')
  .action(async (options: { store: string; article?: string; bank?: string }) => {
    const { runPlay } = await import('./verbs/play.ts');
    await runPlay(options);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed its own message (or help); only the exit status is left to set.
    process.exitCode = error.exitCode;
  } else if (error instanceof CliError) {
    process.stderr.write(`quizbot: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`quizbot: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
