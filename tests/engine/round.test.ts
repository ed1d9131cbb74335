import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  correctDisplayIndex,
  createRoundState,
  displayedChoices,
  revealRound,
  roundTiming,
  withAnswer,
  checkNewAnswer,
  ROUND_EXPIRY_GRACE_MS,
  FIRST_CORRECT_BONUS,
  POINTS_PER_CORRECT,
  type RoundState,
} from '../../src/engine/index.ts';
import { fixtureQuestion } from '../fixtures/bank/fixture-bank.ts';

const question = await fixtureQuestion('hb-mayor');

function round(roundId = 'round-1'): RoundState {
  return createRoundState({ roundId, question, startedAt: 1_000, seconds: 20 });
}

describe('round', () => {
  it('shuffles the choices by a seed from the round id: same id, same order; the answer is still findable', () => {
    expect(round('abc').order).toEqual(round('abc').order);
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => round(id).order.join()));
    expect(orders.size).toBeGreaterThan(1);
    const state = round('xyz');
    expect(displayedChoices(state)[correctDisplayIndex(state)]).toBe('Clara Mendes');
    expect([...displayedChoices(state)].sort()).toEqual([...question.choices].sort());
  });

  it('sets the deadline from the seconds given', () => {
    expect(round().deadline).toBe(21_000);
  });

  it('accepts one answer per member, only before the deadline and only for a displayed choice', () => {
    let state = round();
    expect(checkAnswer(state, 'u1', 2, 5_000)).toBe('accepted');
    state = withAnswer(state, 'u1', 2, 5_000);
    expect(checkAnswer(state, 'u1', 1, 6_000)).toBe('already-answered');
    expect(checkAnswer(state, 'u2', 4, 6_000)).toBe('invalid-choice');
    expect(checkAnswer(state, 'u2', -1, 6_000)).toBe('invalid-choice');
    expect(checkAnswer(state, 'u2', 1.5, 6_000)).toBe('invalid-choice');
    expect(checkAnswer(state, 'u2', 1, 21_000)).toBe('round-closed');
  });

  it('gives the speed bonus to the earliest correct answer, not the first to arrive', () => {
    let state = round();
    const right = correctDisplayIndex(state);
    const wrong = (right + 1) % 4;
    state = withAnswer(state, 'early-wrong', wrong, 2_000);
    state = withAnswer(state, 'late-right', right, 9_000);
    state = withAnswer(state, 'earlier-right', right, 4_000); // delivered later, answered earlier
    const outcome = revealRound(state);
    expect(outcome.correctChoice).toBe(right);
    expect(outcome.firstCorrectUserId).toBe('earlier-right');
    expect(outcome.results.map((result) => [result.userId, result.correct, result.points])).toEqual([
      ['early-wrong', false, 0],
      ['earlier-right', true, POINTS_PER_CORRECT + FIRST_CORRECT_BONUS],
      ['late-right', true, POINTS_PER_CORRECT],
    ]);
  });

  it('checks an answer against answers kept apart from the round (a running round logs them)', () => {
    const answered = new Set(['u0']);
    const checks = [['u0', 1, 3_000], ['u1', 1, 3_000], ['u1', 4, 3_000], ['u1', 1, 21_000]] as const;
    expect(checks.map(([userId, choice, at]) => checkNewAnswer(round(), answered, userId, choice, at))).toEqual([
      'already-answered',
      'accepted',
      'invalid-choice',
      'round-closed',
    ]);
  });

  it('breaks a timestamp tie by arrival order', () => {
    let state = round();
    const right = correctDisplayIndex(state);
    state = withAnswer(state, 'second', right, 3_000);
    state = withAnswer(state, 'third', right, 3_000);
    expect(revealRound(state).firstCorrectUserId).toBe('second');
  });

  it('has no first-correct when nobody is right', () => {
    const state = withAnswer(round(), 'u1', (correctDisplayIndex(round()) + 1) % 4, 2_000);
    expect(revealRound(state).firstCorrectUserId).toBeNull();
  });

  it('is due at its deadline and stale once the grace period has passed', () => {
    const state = round();
    expect(roundTiming(state, 20_999)).toBe('running');
    expect(roundTiming(state, 21_000)).toBe('due');
    expect(roundTiming(state, 21_000 + ROUND_EXPIRY_GRACE_MS)).toBe('due');
    expect(roundTiming(state, 21_001 + ROUND_EXPIRY_GRACE_MS)).toBe('stale');
  });
});
