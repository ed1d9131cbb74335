import { createHash } from 'node:crypto';

/**
 * A server article's id, from its text: the same text added twice is recognised as already there. Short
 * enough to type into `/article remove`, and questions generated from it get ids under 64 characters.
 */
export function articleIdFor(text: string): string {
  return `art-${createHash('sha256').update(text).digest('hex').slice(0, 10)}`;
}
