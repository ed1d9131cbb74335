/** The custom ids moderator messages carry, built by the routes in question-components.ts. */
export interface QuestionIds {
  /** The "add a question" modal. */
  form: string;
  /** Reopens a refused form with what was typed. */
  editDraft: string;
  listPage(page: number, slot: 'prev' | 'next'): string;
}
