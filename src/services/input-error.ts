import type { z } from 'zod';
import { formatIssues } from '../bank/format-issues.ts';

/**
 * Thrown when a service is called with arguments that break its contract (a malformed id, a page of -1).
 * Conditions a member can cause in normal play (a closed round, a busy channel) are results, not errors.
 */
export class InvalidInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid input: ${problems.join('; ')}`);
    this.name = 'InvalidInputError';
  }
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(formatIssues(result.error));
  return result.data;
}
