import type { Question } from './schema.ts';

/** Folds case, quotes, dashes and whitespace so "Israel’s" matches "Israel's". */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface QuestionCheckContext {
  /** The full text of the cited article, when the question cites one. */
  articleText?: string;
  /** Character ranges of the article judged boilerplate (banners, captions, bios); a passage may not touch them. */
  boilerplate?: ReadonlyArray<readonly [start: number, end: number]>;
}

/**
 * The structural checks every question must pass, generated or uploaded (SPEC §7 question quality).
 * Returns one line per problem; an empty list means the question is sound.
 */
export function checkQuestion(question: Question, context: QuestionCheckContext = {}): string[] {
  const problems: string[] = [];
  const answer = question.choices[question.answerIndex];
  if (answer === undefined) return [`answerIndex ${question.answerIndex} points past the ${question.choices.length} choices`];

  const distinct = new Set(question.choices.map(normaliseForMatch));
  if (distinct.size !== question.choices.length) problems.push('choices are not distinct');
  if (question.choices.length < 3 || question.choices.length > 5) problems.push(`${question.choices.length} choices, expected 3 to 5`);
  for (const choice of question.choices) {
    if (choice.length > 80) problems.push(`choice "${choice.slice(0, 30)}…" is longer than 80 characters`);
  }

  const normalisedAnswer = normaliseForMatch(answer);
  if (normaliseForMatch(question.stem).includes(normalisedAnswer)) problems.push(`the stem gives away the answer "${answer}"`);

  const source = question.source;
  if (source) {
    if (!normaliseForMatch(source.passage).includes(normalisedAnswer)) {
      problems.push(`the answer "${answer}" does not appear in the cited passage`);
    }
    if (context.articleText !== undefined && context.articleText.slice(source.start, source.end) !== source.passage) {
      problems.push(`source.passage is not the article text at ${source.start}..${source.end}`);
    }
    for (const [start, end] of context.boilerplate ?? []) {
      if (source.start < end && start < source.end) {
        problems.push(`the passage overlaps boilerplate at ${start}..${end}`);
        break;
      }
    }
  } else if (question.origin === 'generated') {
    problems.push('a generated question has no source');
  }
  return problems;
}
