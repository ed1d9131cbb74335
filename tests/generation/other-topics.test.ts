import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from '../../src/bank/check-question.ts';
import { checkQuestionsAgainstArticle, generateQuestions, ingestArticle } from '../../src/generation/index.ts';
import { answerOf, FIXTURE_DIR, readArticles } from './support.ts';

const articles = readArticles(FIXTURE_DIR);
const questions = generateQuestions(articles);

// Page furniture in the fixtures: none of it may reach a stem, a choice or a cited passage.
const FURNITURE = [
  'newsletter', 'subscribe', 'share this', 'share on', 'follow us', 'cookie', 'photo', 'picture by', 'getty', '/reuters',
  'related:', 'read more', 'donate', 'support independent', 'all rights reserved', '©', 'advertisement', 'sponsored',
  'tom whitfield', 'contact us', 'min read', 'tags:', 'originally published', 'click here', 'like us', 'comments',
  'most popular', 'staff reporter', 'sign up', 'most read', 'key points', 'share your views', 'priya natarajan', 'heatwave',
];

describe('articles of other topics with their own scraped noise', () => {
  it('cover business, local news, science and sport', () => {
    expect(articles.map((article) => article.id)).toEqual(['business-economy', 'cricket-match-report', 'health-walking-study', 'local-council-story', 'science-health-news', 'space-wire-story', 'sport-match-report']);
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
      'Walking 7,000 steps a day lowers risk of early death, study finds',
      'Council approves new cycle lanes despite traders\' protest',
      'New malaria vaccine cuts severe cases by 72 percent in African trial',
      'Astronomers spot water vapour on distant planet',
      'Rovers snatch late winner as Harbour City stay rooted to the bottom',
    ]);
  });

  it('ask about the reporting: people, amounts, dates and quotes from the body', () => {
    const answers = questions.map(answerOf);
    for (const expected of ['$800 million', 'Marquez', 'about 40', '72 percent', '£4.5 million', 'Ben Stokes', 'European Space Agency', 'Laura Bianchi']) expect(answers).toContain(expected);
  });
});
