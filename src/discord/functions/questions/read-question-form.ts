import { z } from 'zod';
import { MAX_CHOICE_LENGTH, MAX_PASSAGE_LENGTH, MAX_STEM_LENGTH, MAX_TITLE_LENGTH } from '../../../bank/schema.ts';
import type { ModeratorQuestionInput } from '../../../services/index.ts';
import { QUESTION_FORM_FIELDS, type QuestionFormField, type QuestionFormValues } from './question-form.ts';

const tooLong = (max: number) => ({ error: (issue: { input?: unknown }) => `must be at most ${max} characters (it has ${String(issue.input ?? '').length})` });
const required = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, tooLong(max));
const optional = (max: number) => z.string().trim().max(max, tooLong(max));

const wrongAnswers = z
  .string()
  .transform((text) => text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''))
  .superRefine((lines, ctx) => {
    if (lines.length < 2) ctx.addIssue({ code: 'custom', message: `${lines.length} given, at least 2 (one per line)` });
    if (lines.length > 4) ctx.addIssue({ code: 'custom', message: `${lines.length} given, at most 4` });
    lines.forEach((line, index) => {
      if (line.length > MAX_CHOICE_LENGTH) ctx.addIssue({ code: 'custom', message: `line ${index + 1} has ${line.length} characters, at most ${MAX_CHOICE_LENGTH} (a button label)` });
    });
  });

/** Each field checked against Discord's and the bank's limits, with messages a moderator can act on. */
const FIELD_SCHEMAS = {
  stem: required(MAX_STEM_LENGTH),
  correct: required(MAX_CHOICE_LENGTH),
  wrong: wrongAnswers,
  passage: optional(MAX_PASSAGE_LENGTH),
  title: optional(MAX_TITLE_LENGTH),
} satisfies Record<QuestionFormField, z.ZodType>;

export type QuestionFormResult = { ok: true; input: ModeratorQuestionInput } | { ok: false; problems: string[] };

/** The form as the services' moderator question, or one line per bad field ("**Wrong answers**: 5 given, at most 4"). */
export function readQuestionForm(values: QuestionFormValues): QuestionFormResult {
  const problems: string[] = [];
  const parsed: Partial<Record<QuestionFormField, unknown>> = {};
  for (const [key, schema] of Object.entries(FIELD_SCHEMAS) as Array<[QuestionFormField, z.ZodType]>) {
    const result = schema.safeParse(values[key]);
    if (result.success) parsed[key] = result.data;
    else for (const issue of result.error.issues) problems.push(`**${QUESTION_FORM_FIELDS[key].name}**: ${issue.message}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const { stem, correct, wrong, passage, title } = parsed as { stem: string; correct: string; wrong: string[]; passage: string; title: string };
  if (title !== '' && passage === '') return { ok: false, problems: [`**${QUESTION_FORM_FIELDS.passage.name}**: needed when a source title is given`] };
  return { ok: true, input: { stem, correct, wrong, ...(passage ? { passage } : {}), ...(title ? { title } : {}) } };
}

const BY_PATH: Array<[RegExp, QuestionFormField]> = [
  [/^stem\b/, 'stem'],
  [/^correct\b/, 'correct'],
  [/^wrong\b/, 'wrong'],
  [/^passage\b/, 'passage'],
  [/^title\b/, 'title'],
  [/^choices\[0\]/, 'correct'],
  [/^choices\b/, 'wrong'],
  [/^source\.title\b/, 'title'],
  [/^source\b/, 'passage'],
];

const BY_MESSAGE: Array<[RegExp, QuestionFormField]> = [
  [/the stem gives away the answer/, 'stem'],
  [/does not appear in the cited passage/, 'passage'],
  [/choices are not distinct|choices, expected/, 'wrong'],
];

/** A problem the services found (`choices[2]: "x" appears twice`), said in the form's terms. */
export function describeServiceProblem(problem: string): string {
  const pathMatch = /^([\w.[\]]+): (.*)$/s.exec(problem);
  if (pathMatch) {
    const field = BY_PATH.find(([pattern]) => pattern.test(pathMatch[1]!))?.[1];
    if (field) return `**${QUESTION_FORM_FIELDS[field].name}**: ${pathMatch[2]}`;
  }
  const field = BY_MESSAGE.find(([pattern]) => pattern.test(problem))?.[1];
  return field ? `**${QUESTION_FORM_FIELDS[field].name}**: ${problem}` : problem;
}
