import { ButtonStyle } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { buttonFor, choiceButtons, correctButton, embedOf, embedText, questionOf, wrongButton } from './support/round-helpers.ts';
import { useE2eBot } from './support/use-e2e-bot.ts';

const e2e = useE2eBot();

describe('a channel round', () => {
  it('takes one answer per member, confirms privately, then reveals the answer, the passage and who was right', async () => {
    const { fake, bank, time } = e2e;
    const [ada, ben, cy] = [fake.createUser('ada'), fake.createUser('ben'), fake.createUser('cy')];
    const start = fake.dispatchCommand({ name: 'quiz', options: { article: 'harbour-bridge', seconds: 20 }, user: ada });
    const posted = await start.reply();
    expect(posted.ephemeral).toBe(false);
    const question = questionOf(posted, bank);
    expect(question.source?.article).toBe('harbour-bridge');
    const embed = embedOf(posted);
    expect(embed.description).toContain(question.stem.slice(0, 20));
    expect(embed.description).toMatch(/Answers close <t:\d+:R>/);
    expect(choiceButtons(posted).map((button) => button.label?.slice(0, 4))).toEqual(['A · ', 'B · ', 'C · ', 'D · ']);
    expect(choiceButtons(posted).every((button) => !button.disabled)).toBe(true);

    const click = (user: typeof ada, customId: string) => fake.dispatchButton({ message: posted, customId, user }).reply();
    const adaReply = await click(ada, correctButton(posted, question).custom_id);
    const letter = correctButton(posted, question).label!.slice(0, 1);
    expect(adaReply).toMatchObject({ ephemeral: true, api: { content: `🔒 Locked in: **${letter}**. The answer is revealed when the timer ends.` } });
    await click(ben, correctButton(posted, question).custom_id);
    const cyReply = await click(cy, wrongButton(posted, question).custom_id);
    expect(cyReply.api.content).toMatch(/^🔒 Locked in/);
    // Cy changes their mind: the first answer stands, and nothing hints at which one is right.
    const again = await click(cy, correctButton(posted, question).custom_id);
    expect(again).toMatchObject({ ephemeral: true, api: { content: 'You have already answered this round: your first answer stands.' } });
    expect(fake.message(posted.api.id)?.edits).toBe(0);

    time.advance(20_000);
    const revealed = await start.waitForOriginal((message) => message.edits > 0, 'the reveal edit');
    const reveal = embedOf(revealed);
    const text = embedText(reveal);
    const answer = question.choices[question.answerIndex]!;
    expect(reveal.description).toContain(`✅ **${letter} · ${answer}** — 2 picks`);
    expect(text).toContain(`📖 From “${question.source!.title}”`);
    expect(text).toContain(`> ${question.source!.passage}`);
    expect(reveal.fields?.find((field) => field.name === '🏆 Right (2)')?.value).toBe(`⚡ <@${ada.id}> +15 · first!\n<@${ben.id}> +10`);
    expect(reveal.fields?.find((field) => field.name === 'Missed (1)')?.value).toBe(`<@${cy.id}> chose ${wrongButton(posted, question).label!.slice(0, 1)}`);
    const buttons = choiceButtons(revealed);
    expect(buttons.every((button) => button.disabled)).toBe(true);
    expect(buttons.filter((button) => button.style === ButtonStyle.Success).map((button) => button.label)).toEqual([buttonFor(posted, answer).label]);

    // The reveal went through the interaction's webhook and pings nobody.
    const edit = fake.requests.find((request) => request.method === 'PATCH' && request.route === '/webhooks/:app/:token/messages/:message');
    expect(edit?.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(edit?.body).not.toHaveProperty('allowed_mentions.users');

    // The buttons are disabled; a client that clicks one anyway is told the round is over.
    expect(() => fake.dispatchButton({ message: revealed, customId: correctButton(posted, question).custom_id, user: cy })).toThrow(/disabled/);
    const late = await fake.dispatchButton({ message: revealed, customId: correctButton(posted, question).custom_id, user: fake.createUser('dee'), force: true }).reply();
    expect(late).toMatchObject({ ephemeral: true, api: { content: 'This round is over, so answers are closed. Start a new one with `/quiz`.' } });

    const stats = await fake.dispatchCommand({ name: 'stats', user: ada }).reply();
    expect(embedText(embedOf(stats))).toMatch(/Points\n\*\*15\*\*[\s\S]*Rank\n#1/);
    const board = await fake.dispatchCommand({ name: 'leaderboard', user: cy }).reply();
    expect(embedOf(board).description).toContain(`🥇 <@${ada.id}> · **15** pts · 100%`);
    expect(embedOf(board).description).toContain(`🥈 <@${ben.id}> · **10** pts · 100%`);
    expect(embedOf(board).description).toContain(`🥉 <@${cy.id}> · **0** pts · 0%`);
    fake.assertNoViolations();
    fake.assertNoPings();
  });
});
