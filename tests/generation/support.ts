import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../../src/bank/schema.ts';
import { normaliseForMatch } from '../../src/bank/check-question.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/articles');
export const SEED_DIR = join(import.meta.dirname, '../../question-bank/articles');

export function readArticles(dir: string): Array<{ id: string; text: string }> {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => ({ id: name.replace(/\.[^.]+$/, ''), text: readFileSync(join(dir, name), 'utf8') }));
}

export function answerOf(question: Question): string {
  return question.choices[question.answerIndex] as string;
}

export function distractorsOf(question: Question): string[] {
  return question.choices.filter((_, index) => index !== question.answerIndex);
}

export function findQuestion(questions: readonly Question[], predicate: (question: Question) => boolean): Question {
  const found = questions.find(predicate);
  if (!found) throw new Error(`no such question among:\n${questions.map((question) => `${question.kind}: ${question.stem}`).join('\n')}`);
  return found;
}

export const same = (a: string, b: string) => normaliseForMatch(a) === normaliseForMatch(b);

/** A small invented corpus: enough people, places and numbers for distractors of every kind. */
export const TOWN_CORPUS = [
  {
    id: 'harbour',
    text: [
      'Harbour Port Authority opens new terminal',
      '',
      'The Harbour Port Authority opened a new container terminal in Norway on Monday, doubling the port\'s capacity.',
      '',
      'Port director Maria Olsen said the terminal cost $450 million and took four years to build.',
      '',
      '"This terminal will bring thousands of jobs to the region for many years," Olsen said at the opening.',
      '',
      'The port was founded in 1921 and handled 40 percent of the country\'s fish exports last year.',
      '',
      'He said the ships would arrive soon.',
      '',
      'In March, the authority signed a contract with the shipping group Nordic Lines.',
    ].join('\n'),
  },
  {
    id: 'council',
    text: [
      'Council backs cycle lanes',
      '',
      'Council leader Priya Sharma said the Millbrook Borough Council would build new cycle lanes in Sweden by 2026.',
      '',
      '"Our streets must be safe for every child who cycles to school," Sharma told the meeting.',
      '',
      'Geoff Lambert, chairman of the Millbrook Traders Association, said 61 percent of shops opposed the plan.',
      '',
      'The lanes will cost $12 million, of which the government will pay half, officials said.',
      '',
      'Mayor Tom Fielding opened the first section in 2019 with Finance Minister Anna Holm.',
    ].join('\n'),
  },
  {
    id: 'science',
    text: [
      'Vaccine trial succeeds',
      '',
      'Professor Ana Ribeiro, who led the study at the University of Lisbon, said the vaccine cut severe cases by 72 percent.',
      '',
      '"This is the strongest protection we have seen so far," said Ribeiro.',
      '',
      'The trial in Denmark followed 4,800 children and was funded by the Wellcome Trust in 2022.',
      '',
      'Dr Kofi Asante, director of the Kintampo Health Research Centre, said the results were encouraging.',
      '',
      'The next phase of the trial will take place in Kenya, where the disease kills thousands of children every year.',
    ].join('\n'),
  },
];
