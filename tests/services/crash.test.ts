import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoundAnswers } from '../../src/services/rounds/answer-round.ts';
import { openQuizStore } from '../../src/storage/quiz-store.ts';
import { captureLogger, useTempDir } from '../storage/support/temp-store.ts';

const temp = useTempDir();
const KILL_AFTER = 600;

describe('crash (SIGKILL) while answers are being recorded', () => {
  it('every answer acknowledged before the kill is in the store after reopening', async () => {
    const loop = join(import.meta.dirname, 'support', 'answer-loop.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', loop, temp.storeUrl()], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.split('\n').length > KILL_AFTER) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`the child ended before the kill: ${stderr}`)));
    });
    expect(await exited).toBe('SIGKILL');

    const acknowledged = stdout.split('\n').filter((line) => /^\S+ u\d+$/.test(line));
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    const store = await openQuizStore({ storeUrl: temp.storeUrl(), logger: captureLogger().logger });
    const rounds = new Map<string, Set<string>>();
    for (const line of acknowledged) {
      const [roundId, userId] = line.split(' ') as [string, string];
      if (!rounds.has(roundId)) {
        const round = await store.rounds.get(roundId);
        rounds.set(roundId, new Set(round ? (await readRoundAnswers(store, round)).answered.keys() : []));
      }
      expect(rounds.get(roundId)!.has(userId), `${roundId} ${userId}`).toBe(true);
    }
    await store.close();
  });
});
