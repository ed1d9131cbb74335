import { describe, expect, it } from 'vitest';
import { LEITNER_INTERVALS_MS, TOP_BOX, pickStudyCard, scheduleAfterAnswer, seededRandom, type CardSchedule } from '../../src/engine/index.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('Leitner schedule', () => {
  it('moves a card up one box per right answer and caps at the top box', () => {
    let card: CardSchedule | undefined;
    const boxes: number[] = [];
    for (let review = 0; review < 6; review += 1) {
      card = scheduleAfterAnswer(card, true, 0);
      boxes.push(card.box);
    }
    expect(boxes).toEqual([2, 3, 4, 5, 5, 5]);
    expect(TOP_BOX).toBe(5);
  });

  it('brings a wrong answer back sooner than a right one, and resets the box', () => {
    const known = scheduleAfterAnswer(scheduleAfterAnswer(undefined, true, 0), true, 0);
    const missed = scheduleAfterAnswer(known, false, 1_000);
    expect(missed).toMatchObject({ box: 1, dueAt: 1_000 + MINUTE, lapses: 1, reviews: 3 });
    expect(scheduleAfterAnswer(undefined, true, 0).dueAt).toBe(LEITNER_INTERVALS_MS[1]);
    expect(missed.dueAt - 1_000).toBeLessThan(scheduleAfterAnswer(known, true, 1_000).dueAt - 1_000);
  });
});

describe('pickStudyCard', () => {
  const pool = ['a', 'b', 'c'].map((id) => ({ id }));
  const random = seededRandom(1);
  const card = (box: number, dueAt: number): CardSchedule => ({ box, dueAt, reviews: 1, lapses: 0, lastReviewedAt: 0 });

  it('serves the longest-overdue card before any new one', () => {
    const cards = { a: card(3, 5 * DAY), b: card(1, 2 * MINUTE), c: card(2, MINUTE) };
    expect(pickStudyCard(pool, cards, { now: 10 * MINUTE, recent: [], random })).toMatchObject({ kind: 'due', question: { id: 'c' } });
  });

  it('offers an unseen question when nothing is due, avoiding recent ones', () => {
    const cards = { a: card(3, DAY) };
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(pickStudyCard(pool, cards, { now: 0, recent: ['b'], random })).toMatchObject({ kind: 'new', question: { id: 'c' } });
    }
  });

  it('says when the next card is due once everything is scheduled for later', () => {
    const cards = { a: card(3, DAY), b: card(2, 2 * DAY), c: card(1, 3 * MINUTE) };
    expect(pickStudyCard(pool, cards, { now: 0, recent: [], random })).toEqual({ kind: 'caught-up', nextDueAt: 3 * MINUTE });
    expect(pickStudyCard([], cards, { now: 0, recent: [], random })).toEqual({ kind: 'empty' });
  });
});
