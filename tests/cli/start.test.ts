import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/quizbot.js');

describe('quizbot start', () => {
  it('with no token prints one line naming DISCORD_TOKEN and .env.example, and exits non-zero', () => {
    // An empty working directory, so a developer's own .env cannot leak into the test.
    const cwd = mkdtempSync(join(tmpdir(), 'quizbot-start-'));
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    const result = spawnSync(process.execPath, [bin, 'start'], { cwd, env, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('DISCORD_TOKEN');
    expect(lines[0]).toContain('.env.example');
  });
});
