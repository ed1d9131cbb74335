import type { Question } from '../bank/schema.ts';
import { seedFromText, seededRandom, shuffledOrder } from './random.ts';
import { FIRST_CORRECT_BONUS, POINTS_PER_CORRECT } from './scoring.ts';

/** Bounds of a channel round's timer in seconds (SPEC §2: default 20 s, 5–120). */
export const ROUND_SECONDS = { min: 5, max: 120, default: 20 } as const;

/** A round found this long past its deadline (the bot was down) is expired rather than revealed late. */
export const ROUND_EXPIRY_GRACE_MS = 15 * 60_000;

export interface RoundAnswer {
  /** Index into the displayed (shuffled) choices. */
  choice: number;
  /** When the answer was given (the adapter may pass the platform's own timestamp, which is fairer). */
  at: number;
  /** Arrival order, breaking ties between answers with the same timestamp. */
  seq: number;
}

/** What the rules need to know about a round; the stored record adds ids, status and the adapter's reference. */
export interface RoundState {
  question: Question;
  /** order[displayIndex] = index into question.choices. */
  order: number[];
  startedAt: number;
  deadline: number;
  answers: Record<string, RoundAnswer>;
}

export interface RoundResult {
  userId: string;
  choice: number;
  correct: boolean;
  points: number;
  firstCorrect: boolean;
}

export interface RoundOutcome {
  /** Index of the correct answer among the displayed choices. */
  correctChoice: number;
  /** Every answer, in the order it was given. */
  results: RoundResult[];
  firstCorrectUserId: string | null;
}

/** A new round: choices shuffled by a seed derived from the round id, so a replay shows the same order. */
export function createRoundState(input: { roundId: string; question: Question; startedAt: number; seconds: number }): RoundState {
  return {
    question: input.question,
    order: shuffledOrder(input.question.choices.length, seededRandom(seedFromText(input.roundId))),
    startedAt: input.startedAt,
    deadline: input.startedAt + input.seconds * 1000,
    answers: {},
  };
}

export function displayedChoices(state: RoundState): string[] {
  return state.order.map((index) => state.question.choices[index]!);
}

export function correctDisplayIndex(state: Pick<RoundState, 'order' | 'question'>): number {
  return state.order.indexOf(state.question.answerIndex);
}

export type AnswerCheck = 'accepted' | 'already-answered' | 'round-closed' | 'invalid-choice';

/** Whether `userId` may lock in `choice` at `now`: one answer per member, only before the deadline. */
export function checkAnswer(state: RoundState, userId: string, choice: number, now: number): AnswerCheck {
  return checkNewAnswer(state, { has: (id) => Object.hasOwn(state.answers, id) }, userId, choice, now);
}

/** `checkAnswer` for a round whose answers are kept apart from it (a running round logs them batch by batch). */
export function checkNewAnswer(
  round: Pick<RoundState, 'deadline' | 'order'>,
  answered: { has(userId: string): boolean },
  userId: string,
  choice: number,
  now: number,
): AnswerCheck {
  if (now >= round.deadline) return 'round-closed';
  if (answered.has(userId)) return 'already-answered';
  if (!Number.isInteger(choice) || choice < 0 || choice >= round.order.length) return 'invalid-choice';
  return 'accepted';
}

/** The round with one more answer; the caller has already checked it with `checkAnswer`. */
export function withAnswer(state: RoundState, userId: string, choice: number, now: number): RoundState {
  const seq = Object.keys(state.answers).length;
  return { ...state, answers: { ...state.answers, [userId]: { choice, at: now, seq } } };
}

/** Marks each answer right or wrong and gives the first correct one the speed bonus. */
export function revealRound(state: RoundState): RoundOutcome {
  const correctChoice = correctDisplayIndex(state);
  const inOrder = Object.entries(state.answers).sort(([, a], [, b]) => a.at - b.at || a.seq - b.seq);
  const first = inOrder.find(([, answer]) => answer.choice === correctChoice);
  const firstCorrectUserId = first ? first[0] : null;
  const results = inOrder.map(([userId, answer]): RoundResult => {
    const correct = answer.choice === correctChoice;
    const firstCorrect = userId === firstCorrectUserId;
    return { userId, choice: answer.choice, correct, points: correct ? POINTS_PER_CORRECT + (firstCorrect ? FIRST_CORRECT_BONUS : 0) : 0, firstCorrect };
  });
  return { correctChoice, results, firstCorrectUserId };
}

export type RoundTiming = 'running' | 'due' | 'stale';

/** Where a round stands at `now`: still running, due to be revealed, or too old to reveal (expire it). */
export function roundTiming(state: Pick<RoundState, 'deadline'>, now: number): RoundTiming {
  if (now < state.deadline) return 'running';
  return now - state.deadline > ROUND_EXPIRY_GRACE_MS ? 'stale' : 'due';
}
