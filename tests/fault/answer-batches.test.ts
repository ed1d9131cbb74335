import { describe, expect, it } from 'vitest';
import { ManualTime, openTestServices } from '../services/support/harness.ts';
import { writeRawValue } from '../storage/support/raw-sqlite.ts';
import { useTempDir } from '../storage/support/temp-store.ts';

const temp = useTempDir();

describe('a running round’s answers, batch by batch, across a restart', () => {
  it('keeps every batch, refuses second answers after the restart, and never overwrites a batch after a damaged one', async () => {
    const time = new ManualTime();
    const first = await openTestServices(temp.storeUrl(), { time });
    const started = await first.services.rounds.startRound({ guildId: 'g1', channelId: 'c1', seconds: 60 });
    if (!started.ok) throw new Error(started.message);
    const roundId = started.round.id;
    // Three batches: each burst is written before the next begins.
    for (const users of [['a1', 'a2'], ['b1'], ['c1', 'c2', 'c3']]) {
      const outcomes = await Promise.all(users.map((userId) => first.services.rounds.answerRound({ roundId, userId, choice: 0 })));
      expect(outcomes).toEqual(users.map(() => 'locked-in'));
    }
    expect((await first.services.rounds.getRound(roundId))?.view.answeredCount).toBe(6);
    await first.services.close();

    // The middle batch is damaged on disk while the bot is down.
    await writeRawValue(temp.storeUrl(), `round-answers:${roundId}:1`, '{"value": {"v": 1, "answers": "garbled"}}');

    const second = await openTestServices(temp.storeUrl(), { time });
    expect(await second.services.rounds.answerRound({ roundId, userId: 'a1', choice: 1 })).toBe('already-answered');
    expect(await second.services.rounds.answerRound({ roundId, userId: 'c3', choice: 1 })).toBe('already-answered');
    expect(await second.services.rounds.answerRound({ roundId, userId: 'd1', choice: 1 })).toBe('locked-in');
    const end = await second.services.rounds.finishRoundNow(roundId);
    // b1's batch is lost to the damage, but the batches after it are intact and d1 was written after them.
    expect(end?.results.map((result) => result.userId).sort()).toEqual(['a1', 'a2', 'c1', 'c2', 'c3', 'd1']);
    expect(second.log.warnings().some((line) => line.msg === 'skipped a corrupt stored record')).toBe(true);
    expect(await second.services.rounds.answerRound({ roundId, userId: 'e1', choice: 1 })).toBe('round-closed');
    await second.services.close();
  });
});
