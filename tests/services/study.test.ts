import { describe, expect, it } from 'vitest';
import { LEITNER_INTERVALS_MS } from '../../src/engine/leitner.ts';
import type { StudyCard } from '../../src/services/index.ts';
import { loadFixtureBank } from '../fixtures/bank/fixture-bank.ts';
import { useTempDir } from '../storage/support/temp-store.ts';
import { openTestServices } from './support/harness.ts';

const temp = useTempDir();
const bank = await loadFixtureBank();
const member = { guildId: 'g1', userId: 'alice' };

function answerOf(card: StudyCard, right: boolean): number {
  const question = bank.questions.find((candidate) => candidate.id === card.questionId)!;
  const correct = card.choices.indexOf(question.choices[question.answerIndex]!);
  return right ? correct : (correct + 1) % card.choices.length;
}

async function draw(services: Awaited<ReturnType<typeof openTestServices>>['services'], article?: string): Promise<StudyCard> {
  const next = await services.study.nextCard({ ...member, article });
  if (next.status !== 'card') throw new Error(`expected a card, got ${next.status}`);
  return next.card;
}

describe('study', () => {
  it('gives feedback with the correct answer and passage, and brings a wrong answer back before new questions', async () => {
    const { services, time } = await openTestServices(temp.storeUrl());
    const missed = await draw(services);
    expect(missed.box).toBeNull();
    const feedback = await services.study.answerCard({ ...member, cardId: missed.cardId, choice: answerOf(missed, false) });
    const question = bank.questions.find((candidate) => candidate.id === missed.questionId)!;
    expect(feedback).toMatchObject({
      status: 'answered',
      repeated: false,
      correct: false,
      correctAnswer: question.choices[question.answerIndex],
      source: { passage: question.source!.passage, title: question.source!.title },
      box: 1,
      nextDueAt: time.now() + LEITNER_INTERVALS_MS[0],
    });

    const known = await draw(services);
    expect(known.questionId).not.toBe(missed.questionId);
    expect(await services.study.answerCard({ ...member, cardId: known.cardId, choice: answerOf(known, true) })).toMatchObject({ correct: true, box: 2, nextDueAt: time.now() + LEITNER_INTERVALS_MS[1] });

    time.advance(LEITNER_INTERVALS_MS[0]);
    const again = await draw(services);
    expect(again).toMatchObject({ questionId: missed.questionId, box: 1 });
    await services.close();
  });

  it('grades a card once: a repeated answer gets the same feedback and leaves the schedule alone', async () => {
    const { services, time } = await openTestServices(temp.storeUrl());
    const card = await draw(services);
    const first = await services.study.answerCard({ ...member, cardId: card.cardId, choice: answerOf(card, true) });
    time.advance(1_000);
    const second = await services.study.answerCard({ ...member, cardId: card.cardId, choice: answerOf(card, false) });
    expect(second).toEqual({ ...first, repeated: true });
    expect(await services.study.progress(member)).toMatchObject({ studied: 1, boxes: [0, 1, 0, 0, 0] });
    expect(await services.study.answerCard({ ...member, cardId: 'unknown', choice: 0 })).toEqual({ status: 'unknown-card' });
    const other = await draw(services);
    expect(await services.study.answerCard({ ...member, cardId: other.cardId, choice: 9 })).toEqual({ status: 'invalid-choice' });
    await services.close();
  });

  it('studies one article, and says when everything is scheduled for later', async () => {
    const { services } = await openTestServices(temp.storeUrl());
    const article = 'comet-survey';
    const count = bank.questions.filter((question) => question.source?.article === article).length;
    for (let index = 0; index < count; index += 1) {
      const card = await draw(services, article);
      expect(card.article).toEqual({ id: article, title: 'Observatory survey finds a faint new comet' });
      await services.study.answerCard({ ...member, cardId: card.cardId, choice: answerOf(card, true) });
    }
    const next = await services.study.nextCard({ ...member, article });
    expect(next).toMatchObject({ status: 'caught-up' });
    expect(await services.study.nextCard({ ...member, article: 'missing' })).toEqual({ status: 'no-questions' });
    await services.close();
  });
});
