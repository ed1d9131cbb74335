import type { QuestionFormValues } from './question-form.ts';

const KEEP_MS = 30 * 60_000;
const MAX_DRAFTS = 1000;

/**
 * A refused form, kept in memory so "Edit and resubmit" reopens it filled in (a modal cannot answer a
 * modal, and nobody should type a question twice). Lost on restart, which only means an empty form.
 */
class QuestionDrafts {
  readonly #drafts = new Map<string, { values: QuestionFormValues; savedAt: number }>();

  save(guildId: string, userId: string, values: QuestionFormValues, now = Date.now()): void {
    const key = `${guildId}:${userId}`;
    this.#drafts.delete(key);
    this.#drafts.set(key, { values, savedAt: now });
    for (const [oldest] of this.#drafts) {
      if (this.#drafts.size <= MAX_DRAFTS) break;
      this.#drafts.delete(oldest);
    }
  }

  get(guildId: string, userId: string, now = Date.now()): QuestionFormValues | undefined {
    const draft = this.#drafts.get(`${guildId}:${userId}`);
    return draft && now - draft.savedAt < KEEP_MS ? draft.values : undefined;
  }

  clear(guildId: string, userId: string): void {
    this.#drafts.delete(`${guildId}:${userId}`);
  }
}

export const questionDrafts = new QuestionDrafts();
