import { createInterface } from 'node:readline';
import { DEFAULT_BANK_DIR, loadBank } from '../../bank/bank-files.ts';
import type { Bank } from '../../bank/schema.ts';
import { createLogger } from '../../logging/logger.ts';
import { openQuizServices, type QuizServices, type RoundEnd, type RoundView } from '../../services/index.ts';
import { CliError } from '../cli-error.ts';

export interface PlayOptions {
  /** STORE_URL for the score, e.g. sqlite://data/play.sqlite. */
  store: string;
  article?: string;
  /** The folder holding bank.json (default: question-bank/). */
  bank?: string;
}

interface PlayIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

// The offline game is one member in one channel of one server; the score lives under these ids in the store.
const GUILD = 'local';
const CHANNEL = 'terminal';
const PLAYER = 'player';
const ROUND_SECONDS = 120;

/** `quizbot play`: an offline quiz in the terminal, over the same services and rules as the bot. */
export async function runPlay(options: PlayOptions, io: PlayIo = { input: process.stdin, output: process.stdout }): Promise<void> {
  const bank = await loadPlayableBank(options.bank ?? DEFAULT_BANK_DIR);
  if (options.article !== undefined && !bank.questions.some((question) => question.source?.article === options.article)) {
    throw new CliError(`no questions from article "${options.article}"; articles: ${bank.articles.map((article) => article.id).join(', ') || 'none'}`);
  }
  let services: QuizServices;
  try {
    services = await openQuizServices({ storeUrl: options.store, logger: createLogger('warn'), bank });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  try {
    await finishLeftoverRounds(services);
    await playLoop(services, bank, options.article, io);
  } finally {
    await services.close();
  }
}

async function loadPlayableBank(dir: string): Promise<Bank> {
  const loaded = await loadBank(dir);
  if (!loaded.ok) throw new CliError(`${loaded.problems[0]} (build the bank with "quizbot bank build", or pass --bank DIR)`);
  if (loaded.bank.questions.length === 0) throw new CliError(`the bank in ${dir} has no questions`);
  return loaded.bank;
}

/** A round left open by an interrupted game is closed, so the channel is free again. */
async function finishLeftoverRounds(services: QuizServices): Promise<void> {
  await services.rounds.restore({ guildIds: [GUILD] });
  for (const round of await services.rounds.activeRounds(GUILD)) await services.rounds.finishRoundNow(round.id);
}

async function playLoop(services: QuizServices, bank: Bank, article: string | undefined, io: PlayIo): Promise<void> {
  const print = (text = '') => io.output.write(`${text}\n`);
  const reader = createInterface({ input: io.input, terminal: false });
  const lines = reader[Symbol.asyncIterator]();
  const stop = () => reader.close();
  process.once('SIGINT', stop);
  const ask = async (prompt: string): Promise<string | null> => {
    io.output.write(prompt);
    const next = await lines.next();
    if (next.done) return null;
    // Piped input is not echoed by a terminal; echo it so the transcript reads like a session.
    if (!(io.input as NodeJS.ReadStream).isTTY) io.output.write(`${next.value}\n`);
    return next.value.trim();
  };

  try {
    const count = bank.questions.filter((question) => article === undefined || question.source?.article === article).length;
    const scope = article ? `article ${article}` : `${bank.articles.length} articles`;
    print(`quizbot play: ${count} questions from ${scope}. Type the number of your answer; q quits.`);
    const previous = await services.leaderboard.stats({ guildId: GUILD, userId: PLAYER });
    if (previous.answered > 0) print(`Welcome back. ${scoreLine(previous)}`);

    for (let number = 1; ; number += 1) {
      const started = await services.rounds.startRound({ guildId: GUILD, channelId: CHANNEL, startedBy: PLAYER, seconds: ROUND_SECONDS, article });
      if (!started.ok) throw new CliError(started.message);
      const round = started.round;
      print();
      print(`Question ${number}${round.article ? ` (${round.article.title})` : ''}`);
      print(round.stem);
      round.choices.forEach((choice, index) => print(`  ${index + 1}) ${choice}`));

      const choice = await readChoice(ask, round, print);
      if (choice === null) {
        await services.rounds.finishRoundNow(round.id);
        break;
      }
      const outcome = await services.rounds.answerRound({ roundId: round.id, userId: PLAYER, choice });
      if (outcome === 'round-closed') print(`Time's up: each question closes after ${ROUND_SECONDS} seconds.`);
      const end = (await services.rounds.finishRoundNow(round.id)) ?? (await services.rounds.getRound(round.id))?.end;
      if (end) printReveal(end, print);
      print(scoreLine(await services.leaderboard.stats({ guildId: GUILD, userId: PLAYER })));
    }
    print();
    print(`Bye. ${scoreLine(await services.leaderboard.stats({ guildId: GUILD, userId: PLAYER }))}`);
  } finally {
    process.removeListener('SIGINT', stop);
    reader.close();
  }
}

/** Asks until the answer is a choice number; null when the player quits or the input ends. */
async function readChoice(ask: (prompt: string) => Promise<string | null>, round: RoundView, print: (text: string) => void): Promise<number | null> {
  for (;;) {
    const answer = await ask('> ');
    if (answer === null || /^(q|quit|exit)$/i.test(answer)) return null;
    const number = Number(answer);
    if (Number.isInteger(number) && number >= 1 && number <= round.choices.length) return number - 1;
    print(`Type a number from 1 to ${round.choices.length}, or q to quit.`);
  }
}

function printReveal(end: RoundEnd, print: (text: string) => void): void {
  const mine = end.results.find((result) => result.userId === PLAYER);
  const answer = `${end.correctChoice + 1}) ${end.correctAnswer}`;
  if (mine?.correct) print(`Right! ${answer}  +${mine.points} points`);
  else print(`Wrong. The answer is ${answer}`);
  if (end.source) print(`  "${end.source.passage}"${end.source.title ? ` (${end.source.title})` : ''}`);
}

function scoreLine(stats: { points: number; answered: number; correct: number; accuracy: number; streak: number; bestStreak: number }): string {
  return `Score: ${stats.points} points, ${stats.correct}/${stats.answered} correct (${Math.round(stats.accuracy * 100)}%), streak ${stats.streak} (best ${stats.bestStreak}).`;
}
