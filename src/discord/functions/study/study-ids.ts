/** The custom ids study messages carry, built by the routes in study-buttons.ts and handed to the handlers. */
export interface StudyIds {
  /** Answers choice `choice` of card `cardId`; `scoped` keeps the session to the card's article. */
  answer(cardId: string, choice: number, scoped: boolean): string;
  /** The next card, from one article or (undefined) from all. */
  next(article: string | undefined): string;
}
