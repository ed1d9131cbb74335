import { describe, expect, it } from 'vitest';
import { analyseCorpus, type Corpus } from '../../src/generation/corpus.ts';
import { buildPools, pickDistractors } from '../../src/generation/distractors/pick-distractors.ts';
import { magnitudeOf } from '../../src/generation/distractors/value-comparisons.ts';
import { yearTense } from '../../src/generation/distractors/year-tense.ts';
import { generateQuestions } from '../../src/generation/index.ts';
import { BLANK, type Candidate } from '../../src/generation/questions/candidate.ts';
import { answerOf, distractorsOf, FIXTURE_DIR, findQuestion, readArticles } from './support.ts';

const article = (id: string, ...lines: string[]) => ({ id, text: [`${id} headline for the test story`, ...lines].join('\n\n') });

/** Other articles with figures of every sort, so the corpus offers wrong values on both sides of each answer. */
const BACKGROUND = [
  article(
    'figures',
    'Shares in Nordic Lines rose 4.2 percent in early trading in Oslo on Tuesday.',
    'About 45 percent of adults in England walk to work, according to the survey.',
    'The club paid $2.5 billion for the stadium and $14.2 billion for the land around it.',
    'The museum was founded in 1997 and moved to a new building in 2009, officials said.',
    'Attendance reached 9,800 fans at the final match of the season in May.',
  ),
];

/** A cloze on the figure `answer` of the first sentence that contains it, as the generator builds one. */
function clozeOn(corpus: Corpus, articleId: string, answer: string): Candidate {
  const analysed = corpus.articles.find((candidate) => candidate.id === articleId);
  if (!analysed) throw new Error(`no article ${articleId}`);
  for (const [index, quantities] of analysed.quantities.entries()) {
    const quantity = quantities.find((candidate) => candidate.text === answer);
    const sentence = analysed.ingested.sentences[index];
    if (!quantity || !sentence) continue;
    const text = analysed.ingested.normalised.text;
    const tokens = analysed.ingested.tokens;
    const stem = `${text.slice(sentence.start, tokens[quantity.first]?.start)}${BLANK}${text.slice(tokens[quantity.last]?.end, sentence.end)}`;
    return {
      article: analysed,
      sentence: index,
      kind: 'number',
      form: 'cloze',
      stem,
      answer,
      start: sentence.start,
      end: sentence.end,
      request: { type: 'quantity', quantity },
      score: 0,
      keyWords: [],
      order: 0,
    };
  }
  throw new Error(`no figure ${answer} in ${articleId}`);
}

function distractorsFor(articles: ReadonlyArray<{ id: string; text: string }>, articleId: string, answer: string): string[] {
  const corpus = analyseCorpus(articles);
  const candidate = clozeOn(corpus, articleId, answer);
  // Several seeds: a rule that holds only for a lucky shuffle is no rule.
  const all = ['a', 'b', 'c', 'd', 'e'].flatMap((seed) => {
    const picked = pickDistractors(corpus, buildPools(corpus), candidate, `${articleId}|${seed}`);
    if (!picked) throw new Error(`no distractors for ${answer}`);
    return picked;
  });
  return [...new Set(all)];
}

const valuesOf = (choices: readonly string[], kind: Parameters<typeof magnitudeOf>[1]) => choices.map((choice) => magnitudeOf(choice, kind) as number);

describe('a value the sentence compares with another', () => {
  it('gets only wrong values on the same side: "down from 31 percent" means below 31 percent', () => {
    const choices = distractorsFor([...BACKGROUND, article('vote', 'Turnout was 24.6 percent, down from 31 percent at the last election, the council said.')], 'vote', '24.6 percent');
    const values = valuesOf(choices, 'percent');
    expect(values.every((value) => value < 31), choices.join(', ')).toBe(true);
    // The answer is not simply the largest choice: one wrong value lies between it and the bound.
    expect(values.some((value) => value > 24.6), choices.join(', ')).toBe(true);
  });

  it('reads "rose to _____ from 12 percent" as above 12 percent', () => {
    const choices = distractorsFor([...BACKGROUND, article('jobs', 'Unemployment in the region rose to 18 percent from 12 percent last year, officials said.')], 'jobs', '18 percent');
    expect(valuesOf(choices, 'percent').every((value) => value > 12), choices.join(', ')).toBe(true);
  });

  it('reads "fell from X to _____", "up from _____" and "fewer than X" on amounts, shares and counts', () => {
    const articles = [
      ...BACKGROUND,
      article(
        'results',
        'Revenue at the company fell from $9.1 billion to $6.2 billion in the first half, the company said.',
        'Inflation was 6.8 percent in March, up from 5.1 percent in February, the statistics office said.',
        'The club sold 4,200 tickets, fewer than the 5,000 tickets it sold for the opening game.',
      ),
    ];
    const revenue = distractorsFor(articles, 'results', '$6.2 billion');
    expect(valuesOf(revenue, 'money').every((value) => value < 9.1e9), revenue.join(', ')).toBe(true);
    const earlier = distractorsFor(articles, 'results', '5.1 percent');
    expect(valuesOf(earlier, 'percent').every((value) => value < 6.8), earlier.join(', ')).toBe(true);
    const tickets = distractorsFor(articles, 'results', '4,200');
    expect(valuesOf(tickets, 'count').every((value) => value < 5000), tickets.join(', ')).toBe(true);
  });

  it('leaves a figure alone when nothing compares it ("up 35 percent on the same period", "of which £4 million")', () => {
    const choices = distractorsFor([...BACKGROUND, article('cost', 'The project will cost £6.2 million, of which £4 million will come from a government grant.')], 'cost', '£6.2 million');
    expect(valuesOf(choices, 'money').some((value) => value < 4e6), choices.join(', ')).toBe(true);
  });
});

describe('a year the sentence places in the future or the past', () => {
  it('gets no wrong year before the latest year the article tells of in the past: "will open in _____"', () => {
    const choices = distractorsFor([...BACKGROUND, article('wing', 'The gallery was extended in 2018 and again in 2021, the trust said.', 'The new wing will open in 2026, the director said.')], 'wing', '2026');
    expect(choices.map(Number).every((year) => year >= 2021), choices.join(', ')).toBe(true);
  });

  it('gets no wrong year before the article\'s own date for a plan still to come, even years beyond next year', () => {
    const choices = distractorsFor(
      [...BACKGROUND, article('trial', 'Published: 9 May 2025', 'The first trial ended in 2019 with mixed results, researchers said.', 'Researchers now plan a third phase of testing in Malawi in 2031.')],
      'trial',
      '2031',
    );
    expect(choices.map(Number).every((year) => year >= 2025), choices.join(', ')).toBe(true);
  });

  it('gets no wrong year after the article\'s date for a year in the past', () => {
    const articles = [...BACKGROUND, article('stadium', 'Published 14 March 2024, 22:41 GMT', 'The crowd was the largest since the stadium opened in 2024 after a long delay.')];
    const choices = distractorsFor(articles, 'stadium', '2024');
    expect(choices.map(Number).every((year) => year <= 2024), choices.join(', ')).toBe(true);
  });

  it('reads the tense from the verb that governs the year', () => {
    const tenseOf = (sentence: string, year: string) => {
      const corpus = analyseCorpus([article('tense', sentence)]);
      const analysed = corpus.articles[0];
      const index = analysed?.quantities.findIndex((list) => list.some((quantity) => quantity.text === year)) ?? -1;
      const quantity = analysed?.quantities[index]?.find((candidate) => candidate.text === year);
      const found = analysed?.ingested.sentences[index];
      if (!analysed || !quantity || !found) throw new Error(`no year ${year} in: ${sentence}`);
      return yearTense(analysed.ingested.tokens, found, quantity);
    };
    expect(tenseOf('The city will open the new bridge in 2027, the mayor said.', '2027')).toBe('future');
    expect(tenseOf('The bridge is expected to open in 2027 after a long delay.', '2027')).toBe('future');
    expect(tenseOf('Northwind employs 9,400 people and plans to hire 600 engineers by 2026.', '2026')).toBe('future');
    expect(tenseOf('The company was founded in 1972 by engineer Harald Berg in Oslo.', '1972')).toBe('past');
    expect(tenseOf('In 2009, the company was bought by a rival from Sweden.', '2009')).toBe('past');
    expect(tenseOf('The stadium, which opened in 1998, will host the final in 2026.', '1998')).toBe('past');
    expect(tenseOf('The stadium, which opened in 1998, will host the final in 2026.', '2026')).toBe('future');
    expect(tenseOf('Malaria killed an estimated 608,000 people in 2022, the agency said.', '2022')).toBe('past');
    expect(tenseOf("The government's plans to finish the line by 2031 were approved on Monday.", '2031')).toBe('future');
    expect(tenseOf('The plan from 2019 was dropped by the new council on Monday.', '2019')).toBe('past');
    // A past intention says nothing of when it happened; a present tense says nothing at all.
    expect(tenseOf('The bridge was due to open in 2020 but the money ran out.', '2020')).toBeUndefined();
    expect(tenseOf('The analyst says the 2020 Abraham Accords were a turning point for the region.', '2020')).toBeUndefined();
  });
});

describe('the noisy fixtures', () => {
  const questions = generateQuestions(readArticles(FIXTURE_DIR));

  it('offer no turnout above the one it fell from, and no year for a planned trial before the years the article reports', () => {
    const turnout = findQuestion(questions, (question) => answerOf(question) === '24.6 percent');
    expect(valuesOf(distractorsOf(turnout), 'percent').every((value) => value < 31), turnout.choices.join(', ')).toBe(true);
    const trial = findQuestion(questions, (question) => answerOf(question) === '2025' && question.source?.passage.includes('third phase') === true);
    // The article gives no date; the latest year it reports as past is 2022 ("Malaria killed … in 2022").
    expect(distractorsOf(trial).map(Number).every((year) => year >= 2022), trial.choices.join(', ')).toBe(true);
  });
});
