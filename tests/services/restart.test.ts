import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEITNER_INTERVALS_MS } from '../../src/engine/leitner.ts';
import { FIRST_CORRECT_BONUS, POINTS_PER_CORRECT } from '../../src/engine/scoring.ts';
import { useTempDir } from '../storage/support/temp-store.ts';
import { eventually, ManualTime, openTestServices, T0 } from './support/harness.ts';

const temp = useTempDir();

describe('restart on the same SQLite file', () => {
  it('a new process finds scores, streaks, the study schedule and a round in flight intact', async () => {
    const writer = join(import.meta.dirname, 'support', 'restart-writer.ts');
    const child = spawnSync(process.execPath, ['--import', 'tsx', writer, temp.storeUrl(), String(T0)], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const written = JSON.parse(child.stdout) as { roundId: string; deadline: number; studied: Array<{ questionId: string; correct: boolean }>; now: number };

    const time = new ManualTime(written.now + 5_000);
    const { services, ends } = await openTestServices(temp.storeUrl(), { time });
    const perRound = POINTS_PER_CORRECT + FIRST_CORRECT_BONUS;
    expect(await services.leaderboard.stats({ guildId: 'g1', userId: 'alice' })).toMatchObject({ points: 3 * perRound, answered: 3, correct: 3, streak: 3, bestStreak: 3, rank: 1 });
    expect(await services.leaderboard.stats({ guildId: 'g1', userId: 'bob' })).toMatchObject({ points: 0, answered: 3, correct: 0, streak: 0, rank: 2 });

    // Study schedule: one card in box 1 (missed), one in box 2; the missed one is due again after a minute.
    expect(await services.study.progress({ guildId: 'g1', userId: 'alice' })).toMatchObject({ studied: 2, boxes: [1, 1, 0, 0, 0] });
    time.current = written.now + LEITNER_INTERVALS_MS[0];
    const next = await services.study.nextCard({ guildId: 'g1', userId: 'alice' });
    expect(next).toMatchObject({ status: 'card', card: { questionId: written.studied[0]!.questionId, box: 1 } });

    // The round in flight resumes and is revealed at its deadline, with the answers given before the restart.
    expect(await services.rounds.restore({ guildIds: ['g1'] })).toEqual({ resumed: 1, revealed: 0, expired: 0, dropped: 0 });
    expect(await services.rounds.answerRound({ roundId: written.roundId, userId: 'alice', choice: 0 })).toBe('already-answered');
    time.advance(written.deadline - time.now());
    await eventually(() => ends.length === 1, 'the reveal of the resumed round');
    expect(ends[0]).toMatchObject({ kind: 'revealed', round: { id: written.roundId }, adapterRef: { channel: 'c2', message: 'm42' }, firstCorrect: { userId: 'alice' } });
    expect(ends[0]!.results.map((result) => [result.userId, result.correct])).toEqual([['alice', true], ['carol', false]]);
    expect(await services.leaderboard.stats({ guildId: 'g1', userId: 'alice' })).toMatchObject({ answered: 4, streak: 4, points: 4 * perRound });
    await services.close();
  });
});
