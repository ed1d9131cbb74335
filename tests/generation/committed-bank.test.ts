import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BANK_DIR, loadBank } from '../../src/bank/bank-files.ts';
import { normaliseForMatch } from '../../src/bank/check-question.ts';
import type { Bank } from '../../src/bank/schema.ts';
import { checkQuestionsAgainstArticle, generateWithTitles, ingestArticle } from '../../src/generation/index.ts';

const loaded = await loadBank(DEFAULT_BANK_DIR);
if (!loaded.ok) throw new Error(`question-bank/bank.json does not load:\n${loaded.problems.join('\n')}`);
const bank: Bank = loaded.bank;
const texts = new Map(bank.articles.map((article) => [article.id, readFileSync(join(DEFAULT_BANK_DIR, article.file), 'utf8')]));

describe('the committed question bank', () => {
  it('holds the five seed articles and at least 60 questions with unique ids', () => {
    expect(bank.articles).toHaveLength(5);
    expect(bank.questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(bank.questions.map((question) => question.id)).size).toBe(bank.questions.length);
  });

  it('passes every structural check on every question', () => {
    for (const article of bank.articles) {
      const own = bank.questions.filter((question) => question.source?.article === article.id);
      expect(checkQuestionsAgainstArticle(own, texts.get(article.id) ?? '')).toEqual([]);
    }
  });

  it('spells those checks out: choices, verbatim passage, answer in passage, not in stem, no boilerplate, labels that fit', () => {
    for (const question of bank.questions) {
      const text = texts.get(question.source?.article ?? '') ?? '';
      const source = question.source!;
      const answer = question.choices[question.answerIndex]!;
      expect(question.choices.length).toBeGreaterThanOrEqual(3);
      expect(question.choices.length).toBeLessThanOrEqual(5);
      expect(new Set(question.choices.map(normaliseForMatch)).size).toBe(question.choices.length);
      expect(text.slice(source.start, source.end)).toBe(source.passage);
      expect(normaliseForMatch(source.passage)).toContain(normaliseForMatch(answer));
      expect(normaliseForMatch(question.stem)).not.toContain(normaliseForMatch(answer));
      for (const [start, end] of ingestArticle(text).boilerplate) expect(source.start >= end || source.end <= start, question.id).toBe(true);
      for (const choice of question.choices) expect(choice.length).toBeLessThanOrEqual(80);
    }
  });

  it('is what the generator makes of its articles today (rebuild with: quizbot bank build)', () => {
    const { questions, titles } = generateWithTitles(bank.articles.map((article) => ({ id: article.id, text: texts.get(article.id) ?? '' })));
    expect(bank.questions.filter((question) => question.origin === 'generated')).toEqual(questions);
    expect(bank.articles.map((article) => article.title)).toEqual(titles);
  });
});
