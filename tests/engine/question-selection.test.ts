import { describe, expect, it } from 'vitest';
import { matchesFilter, rememberRecent, seededRandom, selectQuestion } from '../../src/engine/index.ts';
import { loadFixtureBank } from '../fixtures/bank/fixture-bank.ts';

const bank = await loadFixtureBank();

describe('question filter', () => {
  it('matches an article id exactly, and a topic by kind or by a word of the title or stem', () => {
    const ids = (filter: Parameters<typeof matchesFilter>[1]) => bank.questions.filter((question) => matchesFilter(question, filter)).map((question) => question.id);
    expect(ids({ article: 'comet-survey' })).toEqual(['cs-finder', 'cs-orbit', 'cs-funder']);
    expect(ids({ topic: 'Person' })).toEqual(['hb-mayor', 'cs-finder']);
    expect(ids({ topic: 'telescope' })).toEqual(['cs-funder']);
    expect(ids({ topic: 'comet', article: 'harbour-bridge' })).toEqual([]);
    expect(ids({ article: 'comet' })).toEqual([]);
  });
});

describe('selectQuestion', () => {
  const pool = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

  it('never repeats a question the channel or the member saw recently while others remain', () => {
    const random = seededRandom(7);
    for (let attempt = 0; attempt < 50; attempt += 1) {
      expect(selectQuestion(pool, [['a', 'b'], ['c']], random)?.id).toBe('d');
    }
  });

  it('falls back to avoiding only the newest history when the pool is exhausted', () => {
    const random = seededRandom(7);
    const picked = new Set<string>();
    for (let attempt = 0; attempt < 50; attempt += 1) picked.add(selectQuestion(pool, [['d', 'c', 'b', 'a']], random)!.id);
    expect(picked.has('d')).toBe(false);
    expect(picked.size).toBeGreaterThan(0);
    expect(selectQuestion([{ id: 'only' }], [['only']], random)?.id).toBe('only');
    expect(selectQuestion([], [], random)).toBeUndefined();
  });

  it('keeps histories most-recent-first, without duplicates, bounded', () => {
    expect(rememberRecent(['b', 'a', 'c'], 'a', 3)).toEqual(['a', 'b', 'c']);
    expect(rememberRecent(['b', 'a', 'c'], 'd', 3)).toEqual(['d', 'b', 'a']);
  });
});
