import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedOutputSchema } from '../../src/bank/schema.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/quizbot.js');
const seeds = readdirSync(join(root, 'question-bank/articles')).map((name) => join(root, 'question-bank/articles', name));

function quizbot(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
}

describe('quizbot generate', () => {
  it('with --json prints only {"questions":[…]} in the bank shape, at least 60 over the five seed articles', () => {
    const result = quizbot('generate', ...seeds, '--json');
    expect(result.status).toBe(0);
    const output = generatedOutputSchema.parse(JSON.parse(result.stdout));
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['questions']);
    expect(output.questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(output.questions.map((question) => question.source?.article))).toEqual(new Set(seeds.map((file) => file.split('/').pop()?.replace(/\.txt$/, ''))));
  });

  it('without --json prints a readable listing', () => {
    const result = quizbot('generate', seeds[0] as string);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^1\. \[\w+\] .+\n {3}[* ] A\) /);
    expect(result.stdout.trim()).toMatch(/\d+ questions?$/);
  });

  it('fails with one clear line on a missing, empty, binary or non-UTF-8 file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-generate-'));
    const files = { empty: join(dir, 'empty.txt'), binary: join(dir, 'binary.txt'), latin1: join(dir, 'latin1.txt') };
    writeFileSync(files.empty, '');
    writeFileSync(files.binary, Buffer.from([0x48, 0x69, 0x00, 0x01]));
    writeFileSync(files.latin1, Buffer.from('Caf\xe9 owners said the plan was good.', 'latin1'));
    const cases: Array<[string, RegExp]> = [
      [join(dir, 'missing.txt'), /no such file/],
      [files.empty, /empty file/],
      [files.binary, /binary file/],
      [files.latin1, /not valid UTF-8/],
    ];
    for (const [file, reason] of cases) {
      const result = quizbot('generate', file, '--json');
      expect(result.status, file).not.toBe(0);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^quizbot: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${reason.source}`));
    }
  });
});
