import { describe, expect, it } from 'vitest';
import { choiceLabel } from '../../../src/discord/render/components.ts';
import { embedLength, fitEmbed } from '../../../src/discord/render/fit-embed.ts';
import { escapeText, quoteBlock, safeText, truncate } from '../../../src/discord/render/text.ts';

describe('text for Discord', () => {
  it('fits a long choice on its button: letter, separator and text within 80 characters', () => {
    const label = choiceLabel(1, 'x'.repeat(80));
    expect(label).toHaveLength(80);
    expect(label.startsWith('B · xxx')).toBe(true);
    expect(label.endsWith('…')).toBe(true);
    expect(choiceLabel(0, 'Clara\nMendes ')).toBe('A · Clara Mendes');
  });

  it('escapes markdown in article text so it shows as written', () => {
    expect(escapeText('*bold* _it_ `code` ~~s~~ ||spoiler||')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\|');
    expect(escapeText('# Heading')).toBe('\\# Heading');
    expect(escapeText('[click](https://example.com)')).toBe('\\[click](https://example.com)');
  });

  it('never cuts inside a surrogate pair or leaves an escape dangling before the ellipsis', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(safeText('a*b*c*d*e', 6)).toBe('a\\*b…');
    expect(safeText('short', 100)).toBe('short');
  });

  it('quotes a passage line by line within a field value, escaped', () => {
    expect(quoteBlock('First line.\n\nSecond *line*.', 1024)).toBe('> First line.\n> Second \\*line\\*.');
    const long = quoteBlock('word '.repeat(400), 1024);
    expect(long.length).toBeLessThanOrEqual(1024);
    expect(long.startsWith('> word')).toBe(true);
    expect(long.endsWith('…')).toBe(true);
    const starry = quoteBlock('*'.repeat(1024), 1024);
    expect(starry.length).toBeLessThanOrEqual(1024);
  });

  it('shrinks an embed over 6,000 characters, longest parts first', () => {
    const embed = { description: 'd'.repeat(3000), fields: [{ name: 'a', value: 'v'.repeat(1024) }, { name: 'b', value: 'w'.repeat(1024) }, { name: 'c', value: 'z'.repeat(1024) }] };
    const fitted = fitEmbed(embed);
    expect(embedLength(embed)).toBeGreaterThan(6000);
    expect(embedLength(fitted)).toBeLessThanOrEqual(6000);
    expect(fitted.description).toHaveLength(3000);
    expect(fitted.fields?.map((field) => field.value.length)).toEqual([1024 - 75, 1024, 1024]);
    expect(fitEmbed({ description: 'ok' })).toEqual({ description: 'ok' });
  });
});
