import { checkQuestion } from '../bank/check-question.ts';
import { formatIssues } from '../bank/format-issues.ts';
import { questionSchema } from '../bank/schema.ts';
import { ingestArticle } from './ingest/ingest-article.ts';

export interface QuestionProblems {
  /** Position of the question in the list checked. */
  index: number;
  id: string;
  problems: string[];
}

/**
 * Every structural check of questions against the article they cite: the bank schema, then checkQuestion
 * with the article text and the boilerplate ranges ingestion finds in it (a passage may not quote a banner,
 * caption or bio). Used by `bank check`, the committed-bank test and moderator article uploads.
 * Returns only the questions with problems.
 */
export function checkQuestionsAgainstArticle(questions: readonly unknown[], articleText: string): QuestionProblems[] {
  const { boilerplate } = ingestArticle(articleText);
  const found: QuestionProblems[] = [];
  questions.forEach((candidate, index) => {
    const parsed = questionSchema.safeParse(candidate);
    const id = typeof (candidate as { id?: unknown })?.id === 'string' ? (candidate as { id: string }).id : `#${index}`;
    if (!parsed.success) {
      found.push({ index, id, problems: formatIssues(parsed.error) });
      return;
    }
    const problems = checkQuestion(parsed.data, { articleText, boilerplate });
    if (problems.length > 0) found.push({ index, id, problems });
  });
  return found;
}
