/**
 * Study scheduling with Leitner boxes rather than SM-2. SM-2 needs a graded recall quality (0–5) per review,
 * which a multiple-choice click cannot give: it only tells right from wrong, and Leitner is defined on exactly
 * that. It is also easy to explain to a member ("box 3 of 5: back in 3 days") and robust to irregular study.
 * A right answer moves the card up one box; a wrong one sends it back to box 1, due again within a minute.
 */
export const LEITNER_INTERVALS_MS = [
  60_000, // box 1: again in this session
  86_400_000, // box 2: tomorrow
  3 * 86_400_000, // box 3
  7 * 86_400_000, // box 4
  16 * 86_400_000, // box 5, the top
] as const;

export const TOP_BOX = LEITNER_INTERVALS_MS.length;

export interface CardSchedule {
  /** 1..TOP_BOX */
  box: number;
  dueAt: number;
  reviews: number;
  lapses: number;
  lastReviewedAt: number;
}

/** A card never seen counts as box 1, so a first right answer lands in box 2. */
export function scheduleAfterAnswer(card: CardSchedule | undefined, correct: boolean, now: number): CardSchedule {
  const box = correct ? Math.min((card?.box ?? 1) + 1, TOP_BOX) : 1;
  return {
    box,
    dueAt: now + LEITNER_INTERVALS_MS[box - 1]!,
    reviews: (card?.reviews ?? 0) + 1,
    lapses: (card?.lapses ?? 0) + (correct ? 0 : 1),
    lastReviewedAt: now,
  };
}

export function isDue(card: CardSchedule, now: number): boolean {
  return card.dueAt <= now;
}
