import { z } from 'zod';
import { checkQuestion } from '../../bank/check-question.ts';
import { formatIssues } from '../../bank/format-issues.ts';
import { MAX_CHOICE_LENGTH, MAX_PASSAGE_LENGTH, MAX_STEM_LENGTH, MAX_TITLE_LENGTH, questionSchema, type Question } from '../../bank/schema.ts';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .optional()
    .transform((value) => (value === '' ? undefined : value));

/** What a moderator types in the "add question" form (SPEC §2: question, answer, 2–4 wrong answers, source). */
export const moderatorQuestionInputSchema = z.object({
  stem: text(MAX_STEM_LENGTH),
  correct: text(MAX_CHOICE_LENGTH),
  wrong: z.array(text(MAX_CHOICE_LENGTH)).min(2, 'at least 2 wrong answers').max(4, 'at most 4 wrong answers'),
  passage: optionalText(MAX_PASSAGE_LENGTH),
  title: optionalText(MAX_TITLE_LENGTH),
});

export type ModeratorQuestionInput = z.input<typeof moderatorQuestionInputSchema>;

/** The article id given to moderators' own passages (they cite no article file). */
export const MODERATOR_SOURCE_ARTICLE = 'moderator';

export type BuiltQuestion = { ok: true; question: Question } | { ok: false; problems: string[] };

/** Turns the form into a bank question and runs the same structural checks as generated questions. */
export function buildModeratorQuestion(input: unknown, id: string): BuiltQuestion {
  const parsed = moderatorQuestionInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error) };
  const { stem, correct, wrong, passage, title } = parsed.data;
  const candidate = questionSchema.safeParse({
    id,
    stem,
    choices: [correct, ...wrong],
    answerIndex: 0,
    kind: 'other',
    difficulty: 2,
    source: passage === undefined ? undefined : { article: MODERATOR_SOURCE_ARTICLE, title: title ?? '', passage, start: 0, end: passage.length },
    origin: 'moderator',
  });
  if (!candidate.success) return { ok: false, problems: formatIssues(candidate.error) };
  const problems = checkQuestion(candidate.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, question: candidate.data };
}
