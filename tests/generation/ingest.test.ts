import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/generation/index.ts';
import { dateOfLine } from '../../src/generation/ingest/date-line.ts';
import { normaliseText, toOriginalRange } from '../../src/generation/ingest/normalise-text.ts';

const noisy = [
  'Categories',
  'World News',
  '',
  'Port authority opens new container terminal',
  '',
  'Listen to this article 3 min read',
  'Share this article',
  '',
  'The Harbour Port Authority opened a new container terminal on Monday, doubling the port\u2019s capacity.',
  '',
  'The terminal cost \u20ac450 million and took four years to build, port director Maria Olsen said.',
  '',
  'Cranes unload a ship at the new terminal on Monday (Photo: Per Lund/Reuters)',
  '',
  'Related: Dock workers strike over pay',
  '',
  'Olsen said the port expects to handle 2 million containers a year by 2027.',
  '',
  'Sign up for our free newsletter and get the news in your inbox.',
  'We use cookies to improve your experience.',
  'Please support our journalism: donate today.',
  'Follow us on Twitter',
  '',
  'Jane Berg is a freelance journalist who writes about shipping.',
].join('\n');

function lineKinds(text: string) {
  return ingestArticle(text).lines.map((line) => [line.text, line.kind] as const);
}

describe('boilerplate stripping', () => {
  it('keeps the reporting and drops category lines, banners, captions, related links, appeals and the author bio', () => {
    const article = ingestArticle(noisy);
    const body = article.paragraphs.map((line) => line.text);
    expect(body).toEqual([
      'The Harbour Port Authority opened a new container terminal on Monday, doubling the port\'s capacity.',
      'The terminal cost \u20ac450 million and took four years to build, port director Maria Olsen said.',
      'Olsen said the port expects to handle 2 million containers a year by 2027.',
    ]);
    expect(article.title).toBe('Port authority opens new container terminal');
  });

  it('reports every boilerplate line as an original-text range', () => {
    const article = ingestArticle(noisy);
    const cut = article.boilerplate.map(([start, end]) => noisy.slice(start, end));
    for (const line of ['Categories', 'Share this article', 'Related: Dock workers strike over pay', 'Follow us on Twitter', 'Jane Berg is a freelance journalist who writes about shipping.']) {
      expect(cut).toContain(line);
    }
    expect(cut.some((text) => text.includes('(Photo: Per Lund/Reuters)'))).toBe(true);
    expect(cut.some((text) => text.includes('newsletter'))).toBe(true);
  });

  it('drops editor\u2019s notes, wire credits and a reader comment section', () => {
    const text = [
      'Potholes cost county millions in claims',
      "Editor's note: This story has been updated to include a response from the council.",
      'The county council paid out 3 million pounds in compensation to drivers last year, figures show.',
      'Additional reporting by Sam Patel.',
      'Comments (3)',
      'Jenny B: I hit one on the A41 last week and it cost me 500 pounds to fix.',
    ].join('\n');
    expect(ingestArticle(text).paragraphs.map((line) => line.text)).toEqual(['The county council paid out 3 million pounds in compensation to drivers last year, figures show.']);
  });

  it('reads a date prefix and a markdown heading, and drops a repeated headline and a verbless line', () => {
    const kinds = lineKinds('date 2024-05-02 Harbour reopens after storm\nHarbour reopens after storm\nThe harbour reopened on Thursday after a storm closed it for three days.\nHarbour Master.\n');
    expect(kinds).toEqual([
      ['Harbour reopens after storm', 'title'],
      ['Harbour reopens after storm', 'boilerplate'],
      ['The harbour reopened on Thursday after a storm closed it for three days.', 'body'],
      ['Harbour Master.', 'boilerplate'],
    ]);
    expect(ingestArticle('date 2024-05-02 Harbour reopens after storm\nThe harbour reopened on Thursday.').date).toBe('2024-05-02');
    expect(ingestArticle('# Heading here\n\nThe mayor opened the new library on Friday morning.').title).toBe('Heading here');
  });

  it('does not take reporting for boilerplate just because it mentions shares, support or a newsletter company', () => {
    const text = 'Markets\n\nShares in Harbour Media rose 5 percent after the company said support for its plan was strong.\n\nThe council will fund the scheme with a grant, officials said on Tuesday.';
    expect(ingestArticle(text).paragraphs.map((line) => line.text)).toHaveLength(2);
  });

  it('drops furniture glued into a paragraph, sentence by sentence, and keeps a long line with no final stop', () => {
    const oneLine = 'The council approved the new budget on Tuesday after a long debate in the town hall. Read more: Council tax to rise in April. The budget includes 4 million pounds for road repairs and 2 million pounds for the library, officials said, and the mayor welcomed it as a fair settlement for the town';
    const article = ingestArticle(oneLine);
    const sentences = article.sentences.map((sentence) => article.normalised.text.slice(sentence.start, sentence.end));
    expect(sentences.some((sentence) => sentence.startsWith('The council approved'))).toBe(true);
    expect(sentences.some((sentence) => sentence.includes('Read more'))).toBe(false);
    expect(article.boilerplate.map(([start, end]) => oneLine.slice(start, end))).toEqual(['Read more: Council tax to rise in April.']);
  });

  it('keeps a whole article scraped onto one line, even when its closing bio is part of that line', () => {
    const sentence = 'The council approved the new budget on Tuesday after a long debate in the town hall.';
    const oneLine = `${Array.from({ length: 12 }, () => sentence).join(' ')} Jane Berg is a journalist. She is the author of two books.`;
    expect(ingestArticle(oneLine).paragraphs).toHaveLength(1);
  });

  it('reads markdown: quotation markers are not cited, image and link-only lines are boilerplate', () => {
    const markdown = '# Cycle lanes approved\n\n![Cyclists](https://example.com/a.jpg)\n\n> "We cannot keep designing our streets around cars alone," Sharma told the meeting.\n\n[Subscribe to our newsletter](https://example.com/s)\n';
    const article = ingestArticle(markdown);
    expect(article.title).toBe('Cycle lanes approved');
    expect(article.paragraphs.map((line) => line.text)).toEqual(['"We cannot keep designing our streets around cars alone," Sharma told the meeting.']);
  });

  it('reads an article\'s date from its timestamp or dateline', () => {
    expect(dateOfLine('Published: 9 May 2025')).toBe('2025-05-09');
    expect(dateOfLine('Last updated 14:05 BST, 2 July 2025')).toBe('2025-07-02');
    expect(dateOfLine('Posted: 3 June 2024 | Updated: 4 June 2024')).toBe('2024-06-03');
    expect(dateOfLine('Published 14 March 2024, 22:41 GMT')).toBe('2024-03-14');
    expect(dateOfLine('March 3, 2024')).toBe('2024-03-03');
    expect(dateOfLine('The council met on 9 May 2025 to set the budget.')).toBeUndefined();
    expect(ingestArticle('Council backs cycle lanes\nPublished: 9 May 2025\nThe council approved the plan on Tuesday after a long debate.').date).toBe('2025-05-09');
  });

  it('never throws on odd input', () => {
    for (const text of ['', '   \n\n  ', '\u0000\u0001', 'x'.repeat(20_000), '"""', 'a\r\nb\r\n']) {
      expect(() => ingestArticle(text)).not.toThrow();
    }
  });
});

describe('normalisation with an offset map', () => {
  it('straightens quotes, folds spaces and CRLF, and maps every range back to the original text', () => {
    const original = 'He said \u201cyes\u201d\u00a0\u00a0today\u2026\r\nIt\u2019s done.';
    const normalised = normaliseText(original);
    expect(normalised.text).toBe('He said "yes" today...\nIt\'s done.');
    const start = normalised.text.indexOf('"yes"');
    const [from, to] = toOriginalRange(normalised, start, start + 5);
    expect(original.slice(from, to)).toBe('\u201cyes\u201d');
    const dots = normalised.text.indexOf('...');
    expect(original.slice(...toOriginalRange(normalised, dots, dots + 3))).toBe('\u2026');
    const last = normalised.text.indexOf("It's");
    expect(original.slice(...toOriginalRange(normalised, last, normalised.text.length))).toBe('It\u2019s done.');
  });
});
