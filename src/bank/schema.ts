import { z } from 'zod';

/** Discord's button label limit; a choice must fit on its button. */
export const MAX_CHOICE_LENGTH = 80;
export const MIN_CHOICES = 3;
export const MAX_CHOICES = 5;
export const MAX_STEM_LENGTH = 1000;
export const MAX_PASSAGE_LENGTH = 1024; // one embed field value
export const MAX_TITLE_LENGTH = 256; // an embed title

export const QUESTION_KINDS = [
  'person',
  'role',
  'quote',
  'date',
  'number',
  'place',
  'organisation',
  'event',
  'cloze',
  'other',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const ORIGINS = ['generated', 'moderator'] as const;

const countOf = (input: unknown): number => (Array.isArray(input) ? input.length : 0);

const nonBlank = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

export const articleIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'letters, digits, ".", "_" or "-", at most 100 characters');

export const sourceSchema = z
  .object({
    article: z.string().max(100),
    title: z.string().max(MAX_TITLE_LENGTH, `at most ${MAX_TITLE_LENGTH} characters`),
    passage: nonBlank(MAX_PASSAGE_LENGTH),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((source) => source.end - source.start === source.passage.length, {
    message: 'end - start must equal the passage length',
    path: ['end'],
  });

export const questionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, "_" or "-", at most 64 characters'),
    stem: nonBlank(MAX_STEM_LENGTH),
    choices: z
      .array(nonBlank(MAX_CHOICE_LENGTH))
      .min(MIN_CHOICES, { error: (issue) => `${countOf(issue.input)} items, at least ${MIN_CHOICES}` })
      .max(MAX_CHOICES, { error: (issue) => `${countOf(issue.input)} items, at most ${MAX_CHOICES}` }),
    answerIndex: z.int().nonnegative(),
    kind: z.enum(QUESTION_KINDS),
    difficulty: z.int().min(1).max(5),
    // A moderator may write a question with no source; a generated one always cites its passage.
    source: sourceSchema.optional(),
    origin: z.enum(ORIGINS),
  })
  .superRefine((question, ctx) => {
    if (question.answerIndex >= question.choices.length) {
      ctx.addIssue({ code: 'custom', path: ['answerIndex'], message: `must point at one of the ${question.choices.length} choices` });
    }
    const seen = new Set<string>();
    question.choices.forEach((choice, index) => {
      const key = choice.trim().toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['choices', index], message: `"${choice}" appears twice` });
      seen.add(key);
    });
    if (question.origin === 'generated' && !question.source) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'a generated question must cite its source' });
    }
  });

export const articleEntrySchema = z.object({
  id: articleIdSchema,
  title: z.string().max(MAX_TITLE_LENGTH),
  file: z.string().regex(/^articles\/[^/\\]+$/, 'must be articles/<file name>'),
});

export const bankSchema = z
  .object({
    version: z.literal(1),
    articles: z.array(articleEntrySchema),
    questions: z.array(questionSchema),
  })
  .superRefine((bank, ctx) => {
    const articleIds = new Set<string>();
    bank.articles.forEach((article, index) => {
      if (articleIds.has(article.id)) ctx.addIssue({ code: 'custom', path: ['articles', index, 'id'], message: `duplicate article id "${article.id}"` });
      articleIds.add(article.id);
    });
    const questionIds = new Set<string>();
    bank.questions.forEach((question, index) => {
      if (questionIds.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `duplicate question id "${question.id}"` });
      questionIds.add(question.id);
    });
  });

/** The `generate --json` output (SPEC §4). */
export const generatedOutputSchema = z.object({ questions: z.array(questionSchema) });

export type Source = z.output<typeof sourceSchema>;
export type Question = z.output<typeof questionSchema>;
export type ArticleEntry = z.output<typeof articleEntrySchema>;
export type Bank = z.output<typeof bankSchema>;
