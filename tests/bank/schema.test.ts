import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/bank/bank-files.ts';
import { checkQuestion } from '../../src/bank/check-question.ts';
import { questionSchema, type Question } from '../../src/bank/schema.ts';

const article = 'Defense Minister Yoav Gallant visited Baku on July 13. He met President Ilham Aliyev.';
const passage = 'Defense Minister Yoav Gallant visited Baku on July 13.';

function question(overrides: Partial<Question> = {}): Question {
  return questionSchema.parse({
    id: 'q1',
    stem: 'Which Israeli minister visited Baku on July 13?',
    choices: ['Yoav Gallant', 'Benny Gantz', 'Eli Cohen', 'Isaac Herzog'],
    answerIndex: 0,
    kind: 'person',
    difficulty: 1,
    source: { article: 'a1', title: 'Visit', passage, start: 0, end: passage.length },
    origin: 'generated',
    ...overrides,
  });
}

describe('bank schema', () => {
  it('reports every problem with its path and nothing else', () => {
    const bank = {
      version: 1,
      articles: [],
      questions: [
        { ...question(), choices: ['a', 'b', 'c', 'd', 'e', 'f'] },
        { ...question(), id: 'q2', answerIndex: 7 },
      ],
    };
    const result = parseBank(JSON.stringify(bank));
    expect(result).toEqual({
      ok: false,
      problems: ['questions[0].choices: 6 items, at most 5', 'questions[1].answerIndex: must point at one of the 4 choices'],
    });
  });

  it('rejects duplicate choices regardless of case', () => {
    const result = questionSchema.safeParse({ ...question(), choices: ['Baku', 'baku ', 'Tehran'] });
    expect(result.success).toBe(false);
  });

  it('rejects a choice that would not fit on a button', () => {
    const result = questionSchema.safeParse({ ...question(), choices: ['x'.repeat(81), 'b', 'c'] });
    expect(result.success).toBe(false);
  });

  it('reports bad JSON in one line', () => {
    const result = parseBank('{"version":');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^not valid JSON/);
  });
});

describe('checkQuestion', () => {
  it('accepts a sound question', () => {
    expect(checkQuestion(question(), { articleText: article })).toEqual([]);
  });

  it('catches a passage that is not the article text at its offsets', () => {
    const shifted = question({ source: { article: 'a1', title: 'Visit', passage, start: 1, end: passage.length + 1 } });
    expect(checkQuestion(shifted, { articleText: article })).toEqual([`source.passage is not the article text at 1..${passage.length + 1}`]);
  });

  it('catches a stem that gives the answer away and an answer missing from the passage', () => {
    const leaky = question({ stem: 'Did Yoav Gallant visit Baku?', choices: ['Yoav Gallant', 'Benny Gantz', 'Eli Cohen'] });
    expect(checkQuestion(leaky)).toEqual(['the stem gives away the answer "Yoav Gallant"']);
    const unsupported = question({ choices: ['Isaac Herzog', 'Benny Gantz', 'Eli Cohen'] });
    expect(checkQuestion(unsupported)).toEqual(['the answer "Isaac Herzog" does not appear in the cited passage']);
  });

  it('catches a passage drawn from boilerplate', () => {
    expect(checkQuestion(question(), { articleText: article, boilerplate: [[10, 20]] })).toEqual(['the passage overlaps boilerplate at 10..20']);
  });
});
