import { ButtonStyle } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { renderRoundEnd, renderRoundQuestion } from '../../../src/discord/render/round-message.ts';
import { embedLength } from '../../../src/discord/render/fit-embed.ts';
import type { RoundEnd, RoundView } from '../../../src/services/index.ts';

const round: RoundView = {
  id: 'r1',
  guildId: 'g',
  channelId: 'c',
  startedBy: 'u0',
  questionId: 'q-1',
  stem: 'Who cut the ribbon at the *reopening*?',
  choices: ['Clara Mendes', 'Tomas Okafor', 'Ingrid Halvorsen', 'Peter Bly'],
  article: { id: 'a1', title: 'Harbour bridge reopens' },
  startedAt: 1_700_000_000_000,
  deadline: 1_700_000_020_000,
  status: 'open',
  answeredCount: 0,
};
const ids = (index: number) => `quiz:answer:v1:r1:${index}`;

function end(overrides: Partial<RoundEnd> = {}): RoundEnd {
  return {
    kind: 'revealed',
    round: { ...round, status: 'finished' },
    correctChoice: 0,
    correctAnswer: 'Clara Mendes',
    source: { article: 'a1', title: 'Harbour bridge reopens', passage: 'Mayor Clara Mendes cut the ribbon. @everyone <@&123456789012345678>' },
    results: [
      { userId: '111111111111111111', choice: 0, correct: true, points: 15, firstCorrect: true },
      { userId: '222222222222222222', choice: 2, correct: false, points: 0, firstCorrect: false },
    ],
    firstCorrect: { userId: '111111111111111111', bonus: 5 },
    adapterRef: null,
    ...overrides,
  };
}

describe('round messages', () => {
  it('posts the stem (escaped), lettered choices, a relative deadline and live buttons', () => {
    const message = renderRoundQuestion(round, ids);
    const embed = message.embeds[0]!;
    expect(embed.description).toContain('**Who cut the ribbon at the \\*reopening\\*?**');
    expect(embed.description).toContain('**A** · Clara Mendes\n**B** · Tomas Okafor');
    expect(embed.description).toContain('<t:1700000020:R>');
    expect(embed.footer?.text).toBe('From: Harbour bridge reopens · Question q-1');
    expect(message.components[0]!.components.map((button) => [button.label, button.custom_id, button.disabled])).toEqual([
      ['A · Clara Mendes', 'quiz:answer:v1:r1:0', false],
      ['B · Tomas Okafor', 'quiz:answer:v1:r1:1', false],
      ['C · Ingrid Halvorsen', 'quiz:answer:v1:r1:2', false],
      ['D · Peter Bly', 'quiz:answer:v1:r1:3', false],
    ]);
  });

  it('reveals: correct choice marked and green, picks counted, passage quoted with its title, who was right', () => {
    const message = renderRoundEnd(end(), ids);
    const embed = message.embeds[0]!;
    expect(embed.description).toContain('✅ **A · Clara Mendes** — 1 pick');
    expect(embed.description).toContain('▫️ C · Ingrid Halvorsen — 1 pick');
    expect(embed.fields?.[0]).toEqual({ name: '📖 From “Harbour bridge reopens”', value: '> Mayor Clara Mendes cut the ribbon. @everyone <@&123456789012345678>' });
    expect(embed.fields?.[1]).toEqual({ name: '🏆 Right (1)', value: '⚡ <@111111111111111111> +15 · first!' });
    expect(embed.fields?.[2]).toEqual({ name: 'Missed (1)', value: '<@222222222222222222> chose C' });
    expect(message.components[0]!.components.map((button) => [button.style, button.disabled])).toEqual([
      [ButtonStyle.Success, true],
      [ButtonStyle.Secondary, true],
      [ButtonStyle.Secondary, true],
      [ButtonStyle.Secondary, true],
    ]);
  });

  it('says an expired round expired, with no scores', () => {
    const embed = renderRoundEnd(end({ kind: 'expired', results: [], firstCorrect: null }), ids).embeds[0]!;
    expect(embed.description).toContain('This round expired when the bot restarted');
    expect(embed.fields?.map((field) => field.name)).toEqual(['📖 From “Harbour bridge reopens”']);
  });

  it('stays within Discord limits with a crowd of answers and the longest texts', () => {
    const results = Array.from({ length: 400 }, (_, index) => ({ userId: String(100_000_000_000_000_000n + BigInt(index)), choice: index % 4, correct: index % 4 === 0, points: 10, firstCorrect: index === 0 }));
    const long = renderRoundEnd(
      end({ results, round: { ...round, stem: '*'.repeat(1000), choices: ['a'.repeat(80), 'b'.repeat(80), 'c'.repeat(80), 'd'.repeat(80), 'e'.repeat(80)] }, source: { article: 'a', title: 't'.repeat(256), passage: '_'.repeat(1024) } }),
      ids,
    );
    const embed = long.embeds[0]!;
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    expect(embed.fields?.[1]?.value).toMatch(/… and \d+ more$/);
    expect(long.components[0]!.components.every((button) => button.label!.length <= 80)).toBe(true);
  });
});
