import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_BANK_DIR, loadFixtureBank } from '../fixtures/bank/fixture-bank.ts';

const bin = join(import.meta.dirname, '../../bin/quizbot.js');
const bank = await loadFixtureBank();
let cwd: string | undefined;

afterEach(() => {
  if (cwd) rmSync(cwd, { recursive: true, force: true });
  cwd = undefined;
});

interface Session {
  output: () => string;
  /** Resolves with the text printed since the last prompt, once the game waits for input again. */
  nextPrompt: () => Promise<string>;
  send: (line: string) => void;
  end: () => void;
  interrupt: () => void;
  exit: Promise<{ code: number | null; stderr: string }>;
}

/** Runs `quizbot play` as a person would from a fresh clone: no token, an empty working directory. */
function play(args: string[] = []): Session {
  cwd ??= mkdtempSync(join(tmpdir(), 'quizbot-play-'));
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  const child = spawn(process.execPath, [bin, 'play', '--bank', FIXTURE_BANK_DIR, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let seen = 0;
  let waiting: (() => void) | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    waiting?.();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return {
    output: () => stdout,
    nextPrompt: () =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (stdout.endsWith('> ') && stdout.length > seen) {
            waiting = undefined;
            const fresh = stdout.slice(seen);
            seen = stdout.length;
            resolve(fresh);
          }
        };
        waiting = check;
        void exit.then(() => reject(new Error(`play exited while a prompt was expected:\n${stdout}\n${stderr}`)));
        check();
      }),
    send: (line) => child.stdin.write(`${line}\n`),
    end: () => child.stdin.end(),
    interrupt: () => child.kill('SIGINT'),
    exit,
  };
}

/** The number to type for the right (or a wrong) answer to the question shown in `screen`. */
function answerFor(screen: string, right: boolean): string {
  const question = bank.questions.find((candidate) => screen.includes(candidate.stem));
  if (!question) throw new Error(`no fixture question in:\n${screen}`);
  const answer = question.choices[question.answerIndex]!;
  const numbered = [...screen.matchAll(/^ {2}(\d+)\) (.+)$/gm)];
  const line = numbered.find(([, , text]) => (text === answer) === right);
  return line![1]!;
}

describe('quizbot play', () => {
  it('plays through stdin: numbered choices, the cited passage after each answer, a score kept between runs', async () => {
    const first = play();
    let screen = await first.nextPrompt();
    expect(screen).toContain('quizbot play: 8 questions from 2 articles');
    expect(screen).toMatch(/^ {2}1\) .+\n {2}2\) .+\n {2}3\) .+\n {2}4\) .+\n> $/m);
    first.send(answerFor(screen, true));

    screen = await first.nextPrompt();
    expect(screen).toMatch(/Right! \d\) .+ {2}\+15 points/);
    expect(screen).toContain('Score: 15 points, 1/1 correct (100%), streak 1 (best 1).');
    const passages = bank.questions.map((question) => question.source!.passage);
    expect(passages.some((passage) => screen.includes(`"${passage}"`))).toBe(true);
    first.send('seven');
    screen = await first.nextPrompt();
    expect(screen).toContain('Type a number from 1 to 4, or q to quit.');
    first.send(answerFor(first.output().slice(first.output().lastIndexOf('Question 2')), false));

    screen = await first.nextPrompt();
    expect(screen).toMatch(/Wrong\. The answer is \d\) .+/);
    expect(screen).toContain('Score: 15 points, 1/2 correct (50%), streak 0 (best 1).');
    first.send('q');
    expect(await first.exit).toEqual({ code: 0, stderr: '' });
    expect(first.output()).toMatch(/Bye\. Score: 15 points, 1\/2 correct \(50%\)/);
    expect(existsSync(join(cwd!, 'data', 'play.sqlite'))).toBe(true);

    // A second run on the same store: the score is still there; end of input quits cleanly.
    const second = play();
    screen = await second.nextPrompt();
    expect(screen).toContain('Welcome back. Score: 15 points, 1/2 correct (50%), streak 0 (best 1).');
    second.end();
    expect(await second.exit).toEqual({ code: 0, stderr: '' });

    // Ctrl-C while waiting for an answer ends the game gracefully too.
    const third = play(['--article', 'comet-survey']);
    screen = await third.nextPrompt();
    expect(screen).toContain('3 questions from article comet-survey');
    expect(screen).toMatch(/Question 1 \(Observatory survey finds a faint new comet\)/);
    third.interrupt();
    expect(await third.exit).toEqual({ code: 0, stderr: '' });
    expect(third.output()).toContain('Bye. Score: 15 points, 1/2 correct (50%)');
  });

  it('says in one line what is wrong with a missing bank or an unknown article', async () => {
    const missing = play(['--bank', join(tmpdir(), 'no-such-bank')]);
    missing.end();
    const result = await missing.exit;
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^quizbot: cannot read .*bank\.json: ENOENT \(build the bank with "quizbot bank build", or pass --bank DIR\)$/)]);

    const unknown = play(['--article', 'nope']);
    unknown.end();
    expect(await unknown.exit).toEqual({ code: 1, stderr: 'quizbot: no questions from article "nope"; articles: harbour-bridge, comet-survey\n' });
  });
});
