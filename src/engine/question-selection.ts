import type { Question } from '../bank/schema.ts';
import { normaliseForMatch } from '../bank/check-question.ts';
import { pickOne, type Random } from './random.ts';

export interface QuestionFilter {
  /** A question kind ("person", "date"…) or a word of the article title or stem, case-insensitive. */
  topic?: string;
  /** An article id, exactly. */
  article?: string;
}

export function matchesFilter(question: Question, filter: QuestionFilter): boolean {
  if (filter.article !== undefined && question.source?.article !== filter.article) return false;
  if (filter.topic !== undefined) {
    const topic = normaliseForMatch(filter.topic);
    if (topic === '') return true;
    const haystack = normaliseForMatch(`${question.source?.title ?? ''} ${question.stem}`);
    if (question.kind !== topic && !haystack.includes(topic)) return false;
  }
  return true;
}

/** How many recently asked ids a history keeps (per channel, per member). */
export const RECENT_HISTORY_LIMIT = 50;

/** Puts `id` at the front of a most-recent-first history, dropping its older copy and the overflow. */
export function rememberRecent(history: readonly string[], id: string, limit = RECENT_HISTORY_LIMIT): string[] {
  return [id, ...history.filter((other) => other !== id)].slice(0, limit);
}

/**
 * Picks a question at random, avoiding recent repeats. `avoid` lists most-recent-first histories (the
 * channel's, the member's). When the pool is too small to avoid them all, the avoidance shrinks step by step
 * (only the newer half of each history, then only the very last question) rather than failing.
 */
export function selectQuestion<T extends Pick<Question, 'id'>>(pool: readonly T[], avoid: ReadonlyArray<readonly string[]>, random: Random): T | undefined {
  const longest = Math.max(0, ...avoid.map((history) => history.length));
  for (let depth = longest; depth >= 1; depth = depth === 1 ? 0 : Math.ceil(depth / 2)) {
    const excluded = new Set(avoid.flatMap((history) => history.slice(0, depth)));
    const fresh = pool.filter((question) => !excluded.has(question.id));
    if (fresh.length > 0) return pickOne(fresh, random);
  }
  return pickOne(pool, random);
}
