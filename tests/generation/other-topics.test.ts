import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from '../../src/bank/check-question.ts';
import { checkQuestionsAgainstArticle, generateQuestions, ingestArticle } from '../../src/generation/index.ts';
import { answerOf, distractorsOf, FIXTURE_DIR, readArticles } from './support.ts';

const articles = readArticles(FIXTURE_DIR);
const questions = generateQuestions(articles);

// Page furniture in the fixtures: none of it may reach a stem, a choice or a cited passage.
const FURNITURE = [
  'newsletter', 'subscribe', 'share this', 'share on', 'follow us', 'cookie', 'photo', 'picture by', 'getty', '/reuters',
  'related:', 'read more', 'donate', 'support independent', 'all rights reserved', '©', 'advertisement', 'sponsored',
  'tom whitfield', 'contact us', 'min read', 'tags:', 'originally published', 'click here', 'like us', 'comments',
  'most popular', 'staff reporter', 'sign up', 'most read', 'key points', 'share your views', 'priya natarajan', 'heatwave',
  'hannah cole', 'james holt', 'democracy reporter', 'min read', 'instagram', 'artist\'s impression', 'council tax to rise',
  'five things we learned', 'newsdesk@', 'solar storms', '@chroniclesport',
];

describe('articles of other topics with their own scraped noise', () => {
  it('cover business, local news and elections, science and sport', () => {
    expect(articles.map((article) => article.id)).toEqual(['business-economy', 'cricket-match-report', 'football-transfer', 'health-walking-study', 'local-council-story', 'local-election-results', 'science-health-news', 'solar-probe-science', 'space-wire-story', 'sport-match-report']);
  });

  it('give several questions each, every one passing the structural checks', () => {
    for (const article of articles) {
      const own = questions.filter((question) => question.source?.article === article.id);
      expect(own.length, article.id).toBeGreaterThanOrEqual(5);
      expect(checkQuestionsAgainstArticle(own, article.text)).toEqual([]);
    }
  });

  it('never turn boilerplate into a question', () => {
    for (const question of questions) {
      const text = normaliseForMatch([question.stem, ...question.choices, question.source?.passage ?? ''].join(' \u0001 '));
      for (const phrase of FURNITURE) expect(text.includes(phrase), `${phrase} in: ${question.stem}`).toBe(false);
    }
    for (const article of articles) {
      const { boilerplate } = ingestArticle(article.text);
      for (const question of questions.filter((candidate) => candidate.source?.article === article.id)) {
        for (const [start, end] of boilerplate) expect(question.source!.start >= end || question.source!.end <= start).toBe(true);
      }
    }
  });

  it('find the headline under section labels and bylines', () => {
    expect(articles.map((article) => ingestArticle(article.text).title)).toEqual([
      'Northwind Energy profits jump as gas prices stay high',
      'England collapse as India take series lead',
      'City sign teenage winger Silva in club-record deal',
      'Walking 7,000 steps a day lowers risk of early death, study finds',
      'Council approves new cycle lanes despite traders\' protest',
      'Greens take Eastbury council seat as turnout slumps',
      'New malaria vaccine cuts severe cases by 72 percent in African trial',
      'Probe survives closest pass yet to the Sun',
      'Astronomers spot water vapour on distant planet',
      'Rovers snatch late winner as Harbour City stay rooted to the bottom',
    ]);
  });

  it('ask how many, how much and what share with wrong values in the same unit and form', () => {
    const numbers = questions.filter((question) => question.kind === 'number');
    const byAnswer = (answer: string) => numbers.find((question) => answerOf(question) === answer);
    const expectations: Array<[string, RegExp, RegExp]> = [
      ['£38 million', /^For what club-record fee have Northbridge City signed/, /^£\d+ million$/],
      ['1,842', /^How many votes did Green candidate Maya Patel receive\?$/, /^\d{1,3}(,\d{3})*$/],
      ['48', /^How many seats does Eastbury District Council have\?$/, /^\d+$/],
      ['6.1 million', /^Within how many kilometres of the Sun's surface did the Parker Solar Probe fly/, /^\d+\.\d million$/],
      ['685', /^How many kilograms does the Parker Solar Probe weigh\?$/, /^\d{1,3}(,\d{3})*$/],
      ['46', /^How old is Novak, who took charge of City in 2023/, /^\d{2}$/],
      ['4.2 percent', /^By how much did shares in Northwind rise/, /^\d+\.\d percent$/],
    ];
    for (const [answer, stem, choice] of expectations) {
      const question = byAnswer(answer);
      expect(question?.stem, answer).toMatch(stem);
      for (const other of distractorsOf(question!)) expect(other, answer).toMatch(choice);
    }
    // An age's wrong choices stay near it.
    for (const other of distractorsOf(byAnswer('46')!)) expect(Math.abs(Number(other) - 46)).toBeLessThanOrEqual(7);
  });

  it('ask about the reporting: people, amounts, dates and quotes from the body', () => {
    const answers = questions.map(answerOf);
    for (const expected of ['$800 million', 'Marquez', 'about 40', '72 percent', '£4.5 million', 'Ben Stokes', 'European Space Agency', 'Laura Bianchi']) expect(answers).toContain(expected);
  });
});
