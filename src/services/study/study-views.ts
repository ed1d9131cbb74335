import type { CitedSource } from '../rounds/round-views.ts';

/** A study card as shown: answer with `cardId` and the index of the chosen display choice. */
export interface StudyCard {
  cardId: string;
  questionId: string;
  stem: string;
  choices: string[];
  article: { id: string; title: string } | null;
  /** The card's Leitner box (1–5), or null for a question never studied. */
  box: number | null;
}

export type StudyNext =
  | { status: 'card'; card: StudyCard }
  /** Every question in scope is scheduled for later; the next one is due at `nextDueAt`. */
  | { status: 'caught-up'; nextDueAt: number }
  | { status: 'no-questions' };

export interface StudyFeedback {
  status: 'answered';
  /** True when this card had already been answered: the same feedback again, graded once. */
  repeated: boolean;
  correct: boolean;
  choice: number;
  correctChoice: number;
  correctAnswer: string;
  stem: string;
  choices: string[];
  source: CitedSource | null;
  /** Where the card went (1–5) and when it comes back. */
  box: number;
  nextDueAt: number;
}

export type StudyAnswerResult = StudyFeedback | { status: 'unknown-card' } | { status: 'invalid-choice' };

export interface StudyProgress {
  /** Questions in scope for this member (the server's question source). */
  available: number;
  /** Of those, how many the member has studied. */
  studied: number;
  dueNow: number;
  /** Cards per Leitner box, index 0 = box 1. */
  boxes: number[];
  nextDueAt: number | null;
}
