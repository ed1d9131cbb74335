import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { generatedOutputSchema } from '../../src/bank/schema.ts';
import { CliError } from '../../src/cli/cli-error.ts';
import { runBankBuild } from '../../src/cli/verbs/bank-build.ts';
import { runBankCheck } from '../../src/cli/verbs/bank-check.ts';
import { runBankImport } from '../../src/cli/verbs/bank-import.ts';
import { runGenerate } from '../../src/cli/verbs/generate.ts';
import { fingerprint } from './support/fingerprint.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/quizbot.js');
const corpus = join(root, 'tests/fixtures/bad-input');
const article = (name: string) => join(corpus, 'articles', name);
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The real CLI as a process: for the exit status and the one-line rule, checked on a few cases. */
function quizbot(args: string[], bankDir?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...(bankDir ? { QUIZBOT_BANK_DIR: bankDir } : {}) },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const VERBS: Record<string, (args: string[]) => Promise<void>> = {
  generate: (args) => runGenerate(args.filter((arg) => arg !== '--json'), { json: args.includes('--json') }),
  'bank import': runBankImport,
  'bank check': () => runBankCheck(),
  'bank build': () => runBankBuild(),
};

/**
 * A verb run in this process (a spawned CLI costs a second of start-up each): its output, and a CliError
 * turned into the exit status and line bin/quizbot.js prints for it. Anything else thrown fails the test.
 */
async function quizbotInProcess(args: string[], bankDir?: string): Promise<Run> {
  const verb = args[0] === 'bank' ? `bank ${args[1]}` : args[0]!;
  const rest = args.slice(args[0] === 'bank' ? 2 : 1);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  vi.stubEnv('QUIZBOT_BANK_DIR', bankDir ?? '');
  try {
    await VERBS[verb]!(rest);
    return { status: 0, stdout, stderr };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { status: error.exitCode, stdout, stderr: `${stderr}quizbot: ${error.message}\n` };
  } finally {
    out.mockRestore();
    err.mockRestore();
    vi.unstubAllEnvs();
  }
}

/** A working bank (two articles, eight questions) in a temporary folder, optionally with another bank.json. */
function temporaryBank(bankJson?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'quizbot-bad-input-'));
  cpSync(join(root, 'tests/fixtures/bank'), dir, { recursive: true, filter: (source) => !source.endsWith('.ts') });
  if (bankJson !== undefined) cpSync(join(corpus, 'bank', bankJson), join(dir, 'bank.json'));
  return dir;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Exit status 1, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectOneLineFailure(run: Run, line: RegExp): void {
  expect(run.status, run.stderr).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(line);
}

describe('bad article files on the command line', () => {
  const refused: Array<[string, string]> = [
    ['empty.txt', 'empty file'],
    ['whitespace-only.txt', 'empty file (only whitespace)'],
    ['image-renamed.txt', 'binary file (contains NUL bytes), expected UTF-8 text'],
    ['utf16-with-bom.txt', 'UTF-16 text, expected UTF-8 (save the file as UTF-8)'],
    ['latin1.txt', 'not valid UTF-8 text'],
    ['html-soup.txt', 'a web page (HTML markup), expected the article as plain text'],
    ['html-fragment.txt', 'a web page (HTML markup), expected the article as plain text'],
  ];

  it.each(refused)('bank import %s: refused in one line, the bank untouched', async (name, reason) => {
    const bank = temporaryBank();
    const before = fingerprint(bank);
    const file = article(name);
    // A good article first: nothing is copied unless every file passes.
    const run = await quizbotInProcess(['bank', 'import', join(root, 'tests/fixtures/articles/business-economy.txt'), file], bank);
    expectOneLineFailure(run, new RegExp(`^quizbot: ${escape(file)}: ${escape(reason)}$`));
    expect(fingerprint(bank)).toBe(before);
  });

  it('a 5 MB article: refused before it is read, as /article add would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-big-'));
    const file = join(dir, 'big.txt');
    const sentence = 'Anna Berg said in Oslo on Monday that 40 workers had finished the repairs begun in 2019.\n\n';
    writeFileSync(file, sentence.repeat(Math.ceil(5_000_000 / sentence.length)));
    const bank = temporaryBank();
    const before = fingerprint(bank);
    expectOneLineFailure(await quizbotInProcess(['generate', '--json', file]), new RegExp(`^quizbot: ${escape(file)}: too large \\(5\\.0 MB\\); an article may be at most 1 MB$`));
    expectOneLineFailure(await quizbotInProcess(['bank', 'import', file], bank), /too large \(5\.0 MB\)/);
    expect(fingerprint(bank)).toBe(before);
  });

  it('a bank file given as an article: refused by its extension', async () => {
    const bank = temporaryBank();
    const before = fingerprint(bank);
    const file = join(corpus, 'bank', 'malformed.json');
    expectOneLineFailure(await quizbotInProcess(['bank', 'import', file], bank), new RegExp(`^quizbot: ${escape(file)}: not a \\.txt or \\.md article file$`));
    expect(fingerprint(bank)).toBe(before);
  });

  it('right-to-left overrides: no stem or choice carries a bidirectional control; passages stay verbatim', async () => {
    const file = article('rtl-override.txt');
    const run = await quizbotInProcess(['generate', '--json', file]);
    expect(run.status, run.stderr).toBe(0);
    const { questions } = generatedOutputSchema.parse(JSON.parse(run.stdout));
    expect(questions.length).toBeGreaterThan(0);
    const text = readFileSync(file, 'utf8');
    for (const question of questions) {
      expect(question.stem).not.toMatch(BIDI_CONTROLS);
      for (const choice of question.choices) expect(choice).not.toMatch(BIDI_CONTROLS);
      expect(text.slice(question.source!.start, question.source!.end)).toBe(question.source!.passage);
    }
    expect(questions.map((question) => question.stem).join(' ')).toContain('Anna kvoN Petrova');
  });

  it('mentions and markdown in an article: generated as text, valid JSON, passages verbatim', async () => {
    const file = article('mentions-and-markdown.md');
    const run = await quizbotInProcess(['generate', '--json', file]);
    expect(run.status, run.stderr).toBe(0);
    const { questions } = generatedOutputSchema.parse(JSON.parse(run.stdout));
    expect(questions.length).toBeGreaterThan(0);
    const text = readFileSync(file, 'utf8');
    for (const question of questions) expect(text.slice(question.source!.start, question.source!.end)).toBe(question.source!.passage);
  });
});

describe('bad bank files: bank check lists each problem, bank build refuses, nothing is written', () => {
  const cases: Array<[string, number, string[]]> = [
    ['malformed.json', 1, ['bank.json: not valid JSON: Unterminated string in JSON at position 700']],
    ['empty.json', 1, ['bank.json: not valid JSON: Unexpected end of JSON input']],
    ['not-a-bank.json', 1, ['bank.json: Invalid input: expected object, received array']],
    ['future-version.json', 1, ['bank.json: version: Invalid input: expected 1']],
    [
      'wrong-types.json',
      9,
      [
        'bank.json: questions[0].choices: Invalid input: expected array, received string',
        'bank.json: questions[0].answerIndex: Invalid input: expected number, received string',
        'bank.json: questions[0].difficulty: Too big: expected number to be <=5',
        'bank.json: questions[1].stem: Invalid input: expected string, received null',
        'bank.json: questions[1].source.start: Too small: expected number to be >=0',
      ],
    ],
    [
      'oversized-fields.json',
      3,
      ['bank.json: questions[0].stem: at most 1000 characters', 'bank.json: questions[0].choices: 6 items, at most 5', 'bank.json: questions[0].source.title: at most 256 characters'],
    ],
    [
      'duplicates-and-bad-index.json',
      3,
      [
        'bank.json: questions[1].answerIndex: must point at one of the 3 choices',
        'bank.json: questions[1].choices[1]: "clara mendes" appears twice',
        'bank.json: questions[1].id: duplicate question id "hb-cost"',
      ],
    ],
    ['path-traversal.json', 2, ['bank.json: articles[0].file: must be articles/<file name>', 'bank.json: articles[1].id: letters, digits, ".", "_" or "-", at most 100 characters']],
  ];

  it.each(cases)('bank check %s', async (name, count, problems) => {
    const bank = temporaryBank(name);
    const before = fingerprint(bank);
    const run = await quizbotInProcess(['bank', 'check'], bank);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    for (const problem of problems) expect(lines).toContain(problem);
    expect(lines).toHaveLength(count + 1);
    expect(lines.at(-1)).toBe(`quizbot: bank check failed: ${count} problem${count === 1 ? '' : 's'} in ${join(bank, 'bank.json')}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fingerprint(bank)).toBe(before);
  });

  it.each(['malformed.json', 'wrong-types.json'])('bank build with %s keeps the file rather than lose its moderator questions', async (name) => {
    const bank = temporaryBank(name);
    const before = fingerprint(bank);
    const run = await quizbotInProcess(['bank', 'build'], bank);
    expectOneLineFailure(run, new RegExp(`^quizbot: ${escape(join(bank, 'bank.json'))}: cannot keep its moderator questions: .+ \\(fix or remove the file\\)$`));
    expect(fingerprint(bank)).toBe(before);
  });

  it('mentions and markdown in moderator questions are valid bank content (the bot must show them safely)', async () => {
    const bank = temporaryBank('mentions-in-questions.json');
    const run = await quizbotInProcess(['bank', 'check'], bank);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('bank ok: 2 articles, 10 questions\n');
  });
});

describe.concurrent('the same refusals from the real command line process', () => {
  it('an HTML page given to bank import: exit 1, one line, the bank untouched', async () => {
    const bank = temporaryBank();
    const before = fingerprint(bank);
    const file = article('html-soup.txt');
    expectOneLineFailure(await quizbot(['bank', 'import', file], bank), new RegExp(`^quizbot: ${escape(file)}: a web page \\(HTML markup\\)`));
    expect(fingerprint(bank)).toBe(before);
  });

  it('a bank with wrong types: every problem, then the summary line, exit 1, no stack', async () => {
    const bank = temporaryBank('wrong-types.json');
    const before = fingerprint(bank);
    const run = await quizbot(['bank', 'check'], bank);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(`quizbot: bank check failed: 9 problems in ${join(bank, 'bank.json')}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fingerprint(bank)).toBe(before);
  });
});
