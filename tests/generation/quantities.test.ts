import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/generation/corpus.ts';

/** The quantities found in one paragraph, as "kind:text[unit]". */
function quantities(sentence: string): string[] {
  const corpus = analyseCorpus([{ id: 'q', text: `Headline for the test article\n\n${sentence}` }]);
  return (corpus.articles[0]?.quantities ?? []).flat().map((quantity) => `${quantity.kind}:${quantity.text}${quantity.unit ? `[${quantity.unit}]` : ''}`);
}

describe('dates and quantities read from the tagged tokens', () => {
  it('reads dates in either order, and leaves spans, weekdays and "may" alone', () => {
    expect(quantities('Gallant arrived in Baku on July 13 and left on 12 March 2024, after a visit in May.')).toEqual(['month-day:July 13', 'full-date:12 March 2024', 'month:May']);
    expect(quantities('The embassy opened on March 29, 2023, and the office may close in 1993.')).toEqual(['full-date:March 29, 2023', 'year:1993']);
    expect(quantities('Azerbaijan bought arms between 2016 and 2020 and between March and June on Thursday.')).toEqual([]);
  });

  it('reads amounts with their currency and scale, shares, and fractions', () => {
    expect(quantities('The club paid £4.5m and the council spent $5 billion, up 4.2 percent and 72% of the total.')).toEqual(['money:£4.5m', 'money:$5 billion', 'percent:4.2 percent', 'percent:72%']);
    expect(quantities('Israel buys upwards of half of its oil, two-thirds of its gas and a third of its coal.')).toEqual(['fraction:half', 'fraction:two-thirds', 'fraction:a third']);
    expect(quantities('The second half of the year was slow for the company and its workers.')).toEqual(['ordinal:second']);
  });

  it('reads counts with the thing they count, durations with their unit, and ordinals', () => {
    expect(quantities('Iran expelled four Azeri diplomats and built 12 kilometres of cycle lanes over three full decades.')).toEqual(['count:four[diplomats]', 'count:12[kilometres]', 'count:three full decades[decades]']);
    expect(quantities('Okafor scored in the 89th minute, his sixth goal, after 23 minutes of the second half.')).toEqual(['ordinal:89th', 'ordinal:sixth', 'count:23 minutes[minutes]', 'ordinal:second']);
  });

  it('does not count a number that is part of a name, a hyphenated modifier or a score', () => {
    expect(quantities('The Ariane 5 rocket ended the 44-day war with a 2-1 win for the visitors.')).toEqual([]);
  });
});
