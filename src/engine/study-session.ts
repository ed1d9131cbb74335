import type { Question } from '../bank/schema.ts';
import { isDue, type CardSchedule } from './leitner.ts';
import { selectQuestion } from './question-selection.ts';
import type { Random } from './random.ts';

export type StudyPick<T> =
  | { kind: 'due'; question: T; card: CardSchedule }
  | { kind: 'new'; question: T }
  | { kind: 'caught-up'; nextDueAt: number }
  | { kind: 'empty' };

/**
 * The next card for a member: overdue cards first (the longest overdue, lowest box first, so missed facts
 * come back before anything new), then a question never studied, avoiding the member's recent ones.
 * When every card in the pool is scheduled for later, says when the next one is due.
 */
export function pickStudyCard<T extends Pick<Question, 'id'>>(
  pool: readonly T[],
  cards: Readonly<Record<string, CardSchedule>>,
  options: { now: number; recent: readonly string[]; random: Random },
): StudyPick<T> {
  if (pool.length === 0) return { kind: 'empty' };
  const due = pool
    .filter((question) => Object.hasOwn(cards, question.id) && isDue(cards[question.id]!, options.now))
    .sort((a, b) => cards[a.id]!.dueAt - cards[b.id]!.dueAt || cards[a.id]!.box - cards[b.id]!.box);
  const first = due[0];
  if (first) return { kind: 'due', question: first, card: cards[first.id]! };

  const unseen = pool.filter((question) => !Object.hasOwn(cards, question.id));
  const fresh = selectQuestion(unseen, [options.recent], options.random);
  if (fresh) return { kind: 'new', question: fresh };

  const nextDueAt = Math.min(...pool.map((question) => cards[question.id]!.dueAt));
  return { kind: 'caught-up', nextDueAt };
}
