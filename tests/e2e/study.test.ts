import { ButtonStyle } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { LEITNER_INTERVALS_MS } from '../../src/engine/leitner.ts';
import { buttonsOf, type InteractionHandle, type MessageRecord } from '../support/fake-discord/index.ts';
import { choiceButtons, correctButton, embedOf, embedText, questionOf, wrongButton } from './support/round-helpers.ts';
import { useE2eBot } from './support/use-e2e-bot.ts';

const e2e = useE2eBot();

function buttonLabelled(message: MessageRecord, label: string) {
  const button = buttonsOf(message.api).find((candidate) => candidate.label === label);
  if (!button || !('custom_id' in button) || !button.custom_id) throw new Error(`no "${label}" button on ${JSON.stringify(buttonsOf(message.api))}`);
  return button.custom_id;
}

describe('/study', () => {
  it('runs a private session: feedback with the passage after each answer, and a missed card back sooner', async () => {
    const { fake, bank, time } = e2e;
    const eve = fake.createUser('eve');
    const start = fake.dispatchCommand({ name: 'study', options: { article: 'Observatory survey' }, user: eve });
    let card = await start.reply();
    expect(card.ephemeral).toBe(true);

    /** Answers the card on screen; the same ephemeral message turns into the feedback. */
    const answer = async (right: boolean): Promise<{ feedback: MessageRecord; questionId: string }> => {
      const question = questionOf(card, bank);
      const button = right ? correctButton(card, question) : wrongButton(card, question);
      const click = fake.dispatchButton({ message: card, customId: button.custom_id, user: eve });
      const feedback = await click.reply();
      expect(feedback.api.id).toBe(card.api.id);
      const text = embedText(embedOf(feedback));
      expect(text).toContain(right ? '✅ Right!' : '❌ Not quite');
      expect(text).toContain(`Answer: **${correctButton(card, question).label}**`);
      expect(text).toContain(`> ${question.source!.passage}`);
      expect(text).toContain(`📖 From “${question.source!.title}”`);
      expect(text).toMatch(right ? /Up to box 2 of 5: it comes back <t:\d+:R>/ : /Back to box 1: it comes back soon, <t:\d+:R>/);
      const styles = choiceButtons(feedback).map((choice) => [choice.label, choice.style, choice.disabled]);
      expect(styles).toContainEqual([correctButton(card, question).label, ButtonStyle.Success, true]);
      if (!right) expect(styles).toContainEqual([button.label, ButtonStyle.Danger, true]);
      return { feedback, questionId: question.id };
    };
    const next = async (from: MessageRecord, label = 'Next question'): Promise<MessageRecord> => {
      const click: InteractionHandle = fake.dispatchButton({ message: from, customId: buttonLabelled(from, label), user: eve });
      return click.reply();
    };

    const first = await answer(true);
    card = await next(first.feedback);
    const second = await answer(false);
    card = await next(second.feedback);
    const third = await answer(true);
    expect(new Set([first.questionId, second.questionId, third.questionId]).size).toBe(3);
    const articles = [first, second, third].map(({ questionId }) => bank.questions.find((question) => question.id === questionId)?.source?.article);
    expect(articles).toEqual(['comet-survey', 'comet-survey', 'comet-survey']);

    // All three comet questions are scheduled: nothing is due until the missed one, a minute later.
    const caughtUp = await next(third.feedback);
    expect(embedText(embedOf(caughtUp))).toMatch(/All caught up[\s\S]*The next one is due <t:\d+:R>/);
    const dueAt = Number(/<t:(\d+):R>/.exec(embedOf(caughtUp).description!)![1]) * 1000;
    expect(Math.abs(dueAt - (time.now() + LEITNER_INTERVALS_MS[0]))).toBeLessThan(5_000);

    time.advance(LEITNER_INTERVALS_MS[0] + 1_000);
    card = await next(caughtUp, 'Check again');
    expect(questionOf(card, bank).id).toBe(second.questionId);
    expect(embedOf(card).footer?.text).toMatch(/^Box 1 of 5/);

    // Another member cannot answer eve's card, and an old card id is refused clearly.
    const stale = fake.dispatchButton({ message: card, customId: choiceButtons(card)[0]!.custom_id, user: fake.createUser('mallory'), force: true });
    expect(await stale.reply()).toMatchObject({ ephemeral: true, api: { content: 'This card is from an earlier session and can no longer be answered. Use `/study` for a new one.' } });
    fake.assertNoViolations();
    fake.assertNoPings();
  });

  it('names what it does not know: an unknown article is refused with suggestions', async () => {
    const { fake } = e2e;
    const reply = await fake.dispatchCommand({ name: 'study', options: { article: 'volcanoes' } }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.api.content).toContain('No article matches “volcanoes”');
    expect(reply.api.content).toContain('(`comet-survey`)');
  });
});
