import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from '../../src/bank/check-question.ts';
import { generateQuestions } from '../../src/generation/index.ts';
import { answerOf, distractorsOf, findQuestion, same, TOWN_CORPUS } from './support.ts';

const questions = generateQuestions(TOWN_CORPUS);

describe('question kinds', () => {
  it('asks who said a quotation, with other quoted people as distractors', () => {
    const quote = findQuestion(questions, (question) => question.kind === 'quote' && question.stem.includes('thousands of jobs'));
    expect(quote.stem).toBe('Who said: "This terminal will bring thousands of jobs to the region for many years"?');
    expect(answerOf(quote)).toBe('Olsen');
    expect(distractorsOf(quote).every((choice) => !choice.includes(' '))).toBe(true); // surnames for a surname
  });

  it('asks who holds a role from a title or an appositive', () => {
    const role = findQuestion(questions, (question) => question.kind === 'role' && question.stem.includes('Kintampo Health Research Centre'));
    expect(role.stem).toBe('Who is described as the director of the Kintampo Health Research Centre?');
    expect(answerOf(role)).toBe('Kofi Asante');
  });

  it('asks when, as a question where the sentence allows and as a blank otherwise', () => {
    const month = findQuestion(questions, (question) => question.kind === 'date' && answerOf(question) === 'March');
    expect(month.stem).toBe('In which month did the authority sign a contract with the shipping group Nordic Lines?');
    expect(distractorsOf(month).every((choice) => /^(January|February|April|May|June|July|August|September|October|November|December)$/.test(choice))).toBe(true);
    // "…followed 4,800 children and was funded … in 2022": the date belongs to the second of two joined verbs,
    // so no when-question; the first verb's count is asked instead.
    expect(questions.some((question) => question.kind === 'date' && answerOf(question) === '2022')).toBe(false);
    const count = findQuestion(questions, (question) => answerOf(question) === '4,800');
    expect(count.stem).toBe('How many children did the trial in Denmark follow?');
    const year = findQuestion(questions, (question) => question.kind === 'date' && answerOf(question) === '2026');
    expect(year.stem).toBe('By what year would the Millbrook Borough Council build new cycle lanes in Sweden, according to council leader Priya Sharma?');
    for (const choice of distractorsOf(year)) expect(Math.abs(Number(choice) - 2026)).toBeLessThanOrEqual(25);
  });

  it('asks how much with amounts and shares in the answer\u2019s own format', () => {
    const money = findQuestion(questions, (question) => answerOf(question) === '$450 million');
    for (const choice of distractorsOf(money)) expect(choice).toMatch(/^\$\d+ million$/);
    const share = findQuestion(questions, (question) => answerOf(question) === '72 percent');
    for (const choice of distractorsOf(share)) expect(choice).toMatch(/^\d+ percent$/);
  });

  it('asks which place or organisation', () => {
    const organisation = findQuestion(questions, (question) => ['organisation', 'cloze'].includes(question.kind) && answerOf(question).includes('Harbour Port Authority'));
    expect(organisation.stem).toMatch(/^Which organisation opened a new container terminal/);
    const place = findQuestion(questions, (question) => answerOf(question) === 'Kenya');
    expect(place.stem).toContain('_____');
    expect(distractorsOf(place).every((choice) => /^[A-Z][a-z]+( [A-Z][a-z]+)*$/.test(choice))).toBe(true);
  });

  it('gives every question three distractors, shuffled by id so the answer is not always first', () => {
    for (const question of questions) expect(question.choices).toHaveLength(4);
    expect(new Set(questions.map((question) => question.answerIndex)).size).toBeGreaterThan(1);
  });
});

describe('pronoun-led sentences', () => {
  it('skips "He said…" when no single person was named just before', () => {
    // "He said the ships would arrive soon." follows a paragraph naming no one (1921, 40 percent).
    expect(questions.some((question) => question.source?.passage.startsWith('He said the ships'))).toBe(false);
  });

  it('resolves "He/She" to the one person just named, citing back to that person', () => {
    const [question] = generateQuestions([
      ...TOWN_CORPUS,
      { id: 'pronoun', text: 'Harbour news\n\nCaptain Erik Vold sailed the first ship into the new terminal.\n\nHe has commanded container ships across the North Sea for twenty years.' },
    ]).filter((candidate) => candidate.source?.article === 'pronoun' && candidate.source.passage.includes('He has commanded'));
    expect(question).toBeDefined();
    expect(question?.source?.passage.startsWith('Captain Erik Vold')).toBe(true);
  });
});

describe('distractor rules', () => {
  it('never offers a variant of the answer as a distractor', () => {
    const variants = generateQuestions([
      { id: 'one', text: 'Visit\n\nPresident Ilham Aliyev met Foreign Minister Eli Cohen in Baku on Monday.\n\n"The ties between our countries are strong and growing every year," Aliyev said.' },
      { id: 'two', text: 'Talks\n\nAzerbaijan\'s President llham Aliyev said the ties were strong. Prime Minister Yair Lapid praised the decision.' },
      { id: 'three', text: 'Meeting\n\nThe minister met IIlam Aliyev and Defence Minister Zakir Hasanov. Isaac Herzog, the president of Israel, visited in May.' },
    ]);
    const aliasKeys = ['ilham aliyev', 'llham aliyev', 'iilam aliyev', 'aliyev'];
    for (const question of variants) {
      const answer = normaliseForMatch(answerOf(question));
      const answerIsAliyev = aliasKeys.includes(answer);
      for (const choice of distractorsOf(question)) {
        if (answerIsAliyev) expect(aliasKeys).not.toContain(normaliseForMatch(choice));
      }
    }
    expect(variants.some((question) => aliasKeys.includes(normaliseForMatch(answerOf(question))))).toBe(true);
  });

  it('never offers a value the cited passage states', () => {
    for (const question of questions) {
      const passage = normaliseForMatch(question.source?.passage ?? '');
      for (const choice of distractorsOf(question)) expect(passage.includes(normaliseForMatch(choice)), `${question.stem} / ${choice}`).toBe(false);
    }
  });

  it('keeps distractors distinct from each other and from the answer', () => {
    for (const question of questions) expect(new Set(question.choices.map(normaliseForMatch)).size).toBe(question.choices.length);
  });
});

describe('facts the articles disagree on', () => {
  it('asks "According to <source>" and never offers the other article\u2019s value', () => {
    const disputed = generateQuestions([
      { id: 'low', text: 'Oil deal\n\nAzerbaijan supplies Israel with up to 40 percent of its oil, officials said on Monday.\n\nThe deal was signed in Baku in 2016, the ministry said.' },
      { id: 'high', text: 'Energy ties\n\nIsrael buys upwards of half of its oil from Azerbaijan, according to analysts.\n\nThe pipeline opened in 2006 and carries oil to Turkey.' },
      { id: 'other', text: 'Arms\n\nAzerbaijan bought 69 percent of its arms from Israel between 2016 and 2020.' },
    ]);
    const share = findQuestion(disputed, (question) => answerOf(question) === '40 percent');
    expect(share.stem.startsWith('According to "Oil deal"')).toBe(true);
    for (const choice of distractorsOf(share)) expect(Math.abs(Number.parseFloat(choice) - 50)).toBeGreaterThan(15);
    const arms = findQuestion(disputed, (question) => question.source?.article === 'other');
    expect(arms.stem.startsWith('According to')).toBe(false);
  });
});

describe('determinism and robustness', () => {
  it('gives the same ids, order and choices for the same input', () => {
    expect(JSON.stringify(generateQuestions(TOWN_CORPUS))).toBe(JSON.stringify(questions));
  });

  it('never throws on odd input and returns no questions for junk', () => {
    for (const text of ['', '\u0000\u0000', 'a', '"'.repeat(500), 'The. The. The.', 'x '.repeat(5000)]) {
      expect(generateQuestions([{ id: 'odd', text }])).toEqual([]);
    }
    expect(generateQuestions([])).toEqual([]);
  });

  it('answers appear in the passage and never in the stem', () => {
    for (const question of questions) {
      expect(normaliseForMatch(question.source?.passage ?? '')).toContain(normaliseForMatch(answerOf(question)));
      expect(same(question.stem, answerOf(question))).toBe(false);
      expect(normaliseForMatch(question.stem)).not.toContain(normaliseForMatch(answerOf(question)));
    }
  });
});
