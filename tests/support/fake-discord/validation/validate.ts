import type { z } from 'zod';
import type { FieldProblem } from '../rest/errors.ts';

type Issue = z.core.$ZodIssue;

function codeFor(issue: Issue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? 'BASE_TYPE_MAX_LENGTH' : issue.origin === 'array' ? 'BASE_TYPE_BAD_LENGTH' : 'NUMBER_TYPE_MAX';
    case 'too_small':
      return issue.origin === 'string' ? 'BASE_TYPE_MIN_LENGTH' : issue.origin === 'array' ? 'BASE_TYPE_BAD_LENGTH' : 'NUMBER_TYPE_MIN';
    case 'invalid_type':
      return issue.input === undefined ? 'BASE_TYPE_REQUIRED' : 'BASE_TYPE_INVALID';
    case 'custom':
      return typeof issue.params?.discordCode === 'string' ? issue.params.discordCode : 'BASE_TYPE_INVALID';
    default:
      return 'BASE_TYPE_INVALID';
  }
}

function messageFor(issue: Issue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'This field is required';
  const got =
    (issue.code === 'too_big' || issue.code === 'too_small') && (typeof issue.input === 'string' || Array.isArray(issue.input))
      ? ` (got ${issue.input.length})`
      : '';
  return got ? `${issue.message.replace(/\.$/, '')}${got}.` : issue.message;
}

/** Flattens zod issues into Discord-style field problems, descending into the union branch that matched. */
export function toProblems(issues: readonly Issue[], prefix: (string | number)[] = []): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // The branch whose `type` matched is the one worth reporting; the others only say "wrong type".
      const matched = issue.errors.find((branch) => !branch.some((inner) => inner.path.length === 1 && inner.path[0] === 'type'));
      if (matched) {
        problems.push(...toProblems(matched, path));
        continue;
      }
    }
    problems.push({ path, code: codeFor(issue), message: messageFor(issue) });
  }
  return problems;
}

export function check(schema: z.ZodType, value: unknown, prefix: (string | number)[] = []): FieldProblem[] {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : toProblems(result.error.issues, prefix);
}
