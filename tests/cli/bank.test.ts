import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBank, serialiseBank } from '../../src/bank/bank-files.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/quizbot.js');
const fixtures = join(root, 'tests/fixtures/articles');
const articles = ['business-economy.txt', 'local-council-story.txt'].map((name) => join(fixtures, name));

function quizbot(bankDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', QUIZBOT_BANK_DIR: bankDir },
  });
}

function bankIn(dir: string) {
  const parsed = parseBank(readFileSync(join(dir, 'bank.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.bank;
}

describe('quizbot bank', () => {
  it('imports articles (names kept), builds byte-identical banks, keeps moderator questions and checks clean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-bank-'));
    const imported = quizbot(dir, 'bank', 'import', ...articles);
    expect(imported.status, imported.stderr).toBe(0);
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual(articles.map((file) => file.split('/').pop()).sort());
    // Not a terminal: no progress bar drawn on stderr.
    expect(imported.stderr).not.toMatch(/█|░|\u001b\[/);
    const first = readFileSync(join(dir, 'bank.json'), 'utf8');
    const bank = bankIn(dir);
    expect(bank.articles.map((article) => article.file)).toEqual(['articles/business-economy.txt', 'articles/local-council-story.txt']);
    expect(bank.articles[0]?.title).toBe('Northwind Energy profits jump as gas prices stay high');

    const moderator = { id: 'mod-1', stem: 'Which town is building cycle lanes?', choices: ['Millbrook', 'Oslo', 'Lisbon'], answerIndex: 0, kind: 'place', difficulty: 1, origin: 'moderator' };
    writeFileSync(join(dir, 'bank.json'), serialiseBank({ ...bank, questions: [...bank.questions, moderator] } as never));
    expect(quizbot(dir, 'bank', 'build').status).toBe(0);
    const rebuilt = bankIn(dir);
    expect(rebuilt.questions.filter((question) => question.origin === 'moderator')).toEqual([moderator]);
    expect(rebuilt.questions.filter((question) => question.origin === 'generated')).toEqual(bank.questions);
    writeFileSync(join(dir, 'bank.json'), first);
    expect(quizbot(dir, 'bank', 'build').status).toBe(0);
    expect(readFileSync(join(dir, 'bank.json'), 'utf8')).toBe(first);

    const checked = quizbot(dir, 'bank', 'check');
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/^bank ok: 2 articles, \d+ questions/);
  });

  it('check lists every problem and exits non-zero: a passage off its offsets, a passage from boilerplate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-bank-'));
    expect(quizbot(dir, 'bank', 'import', ...articles).status).toBe(0);
    const bank = bankIn(dir);
    const [first, second] = bank.questions;
    const text = readFileSync(join(dir, 'articles/business-economy.txt'), 'utf8');
    const banner = 'Get the latest business news delivered to your inbox. Subscribe now.';
    const at = text.indexOf(banner);
    const broken = {
      ...bank,
      questions: [
        { ...first!, source: { ...first!.source!, start: first!.source!.start + 1, end: first!.source!.end + 1 } },
        { ...second!, choices: [...second!.choices.slice(0, 3), 'Subscribe now'], answerIndex: 3, source: { ...second!.source!, passage: banner, start: at, end: at + banner.length } },
        ...bank.questions.slice(2),
      ],
    };
    writeFileSync(join(dir, 'bank.json'), serialiseBank(broken));
    const checked = quizbot(dir, 'bank', 'check');
    expect(checked.status).not.toBe(0);
    expect(checked.stderr).toContain(`questions[0] (${first!.id}): source.passage is not the article text`);
    expect(checked.stderr).toContain(`questions[1] (${second!.id}): the passage overlaps boilerplate`);
    expect(checked.stderr.trim().split('\n').at(-1)).toMatch(/^quizbot: bank check failed: \d+ problems?$/);
  });

  it('refuses a file that is not an article, before copying anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-bank-'));
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0xff, 0x00, 0xd8]));
    const result = quizbot(dir, 'bank', 'import', articles[0] as string, binary);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe(`quizbot: ${binary}: binary file (contains NUL bytes), expected UTF-8 text`);
    expect(() => readdirSync(join(dir, 'articles'))).toThrow();
  });
});
