import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../src/discord/commands/command-registry.ts';
import { loadCommandModules } from '../../src/discord/commands/load-commands.ts';
import { FakeDiscord } from '../support/fake-discord/index.ts';

const bin = join(import.meta.dirname, '../../bin/quizbot.js');
let fake: FakeDiscord;

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
});
afterAll(() => fake.stop());

/** Runs `quizbot start` as a real process pointed at the fake; resolves once a log line matches. */
function startBotProcess(env: Record<string, string>): { child: ChildProcessWithoutNullStreams; stderr: () => string; logged: (msg: string) => Promise<void> } {
  // An empty working directory, so a developer's own .env cannot leak into the test.
  const cwd = mkdtempSync(join(tmpdir(), 'quizbot-start-'));
  const child = spawn(process.execPath, [bin, 'start'], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of waiters.splice(0)) waiter();
  });
  const logged = (msg: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (stderr.includes(`"msg":"${msg}"`)) return resolve();
        if (child.exitCode !== null) return reject(new Error(`the bot exited (${child.exitCode}) before logging "${msg}":\n${stderr}`));
        waiters.push(check);
      };
      child.once('exit', check);
      check();
    });
  return { child, stderr: () => stderr, logged };
}

describe('quizbot start', () => {
  it('runs against DISCORD_API_URL, answers, and exits 0 on SIGTERM without logging the token', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'quizbot-store-'));
    const bot = startBotProcess({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.restUrl,
      STORE_URL: `sqlite://${join(dataDir, 'quizbot.sqlite')}`,
      LOG_LEVEL: 'info',
    });
    await bot.logged('connected to Discord and ready');
    fake.registerCommands(new CommandRegistry(await loadCommandModules()).definitions(), fake.guild.id);

    const handle = fake.dispatchCommand({ name: 'stats' });
    const reply = await handle.reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.api.embeds[0]?.description).toMatch(/has not answered a channel round yet/);

    const exited = once(bot.child, 'exit');
    bot.child.kill('SIGTERM');
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(bot.stderr()).toContain('"msg":"shutting down"');
    expect(bot.stderr()).toContain('"msg":"stopped"');
    expect(bot.stderr()).not.toContain(fake.token);
    fake.assertNoViolations();
  });

  it('exits non-zero with one clear line when Discord rejects the token', async () => {
    const bot = startBotProcess({ DISCORD_TOKEN: 'not-the-right-token', DISCORD_API_URL: fake.restUrl, LOG_LEVEL: 'silent' });
    const [code] = (await once(bot.child, 'exit')) as [number | null];
    expect(code).not.toBe(0);
    const lines = bot.stderr().trim().split('\n');
    expect(lines).toEqual(['quizbot: Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (Bot > Reset Token).']);
  });
});
