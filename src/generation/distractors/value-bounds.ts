import type { AnalysedArticle } from '../corpus.ts';
import type { Quantity } from '../nlp/quantities.ts';
import { comparisonBounds, magnitudeOf, type ValueBounds } from './value-comparisons.ts';
import { articleYear, latestPastYear, yearTense } from './year-tense.ts';

/** What the answer's own sentence says every wrong choice must satisfy. */
export interface ChoiceBounds extends ValueBounds {
  /** A year the sentence places in the future: derived years may go beyond next year. */
  future?: boolean;
}

function sentenceIndexOf(article: AnalysedArticle, quantity: Quantity, hint: number): number {
  const holds = (index: number) => {
    const sentence = article.ingested.sentences[index];
    return sentence !== undefined && sentence.first <= quantity.first && quantity.last <= sentence.last;
  };
  if (holds(hint)) return hint;
  return article.ingested.sentences.findIndex((_, index) => holds(index));
}

function inside(bounds: ValueBounds, value: number): boolean {
  return (bounds.above === undefined || value > bounds.above) && (bounds.below === undefined || value < bounds.below);
}

/**
 * The bounds a sentence puts on its own figure: a value it compares with another ("down from 31 percent":
 * below 31) and a year it places in the future (not before the article's year, else the latest year the
 * article tells of in the past) or in the past (not after the article's year). A bound the answer itself
 * breaks is a misreading and is dropped.
 */
export function choiceBounds(article: AnalysedArticle, sentenceHint: number, quantity: Quantity): ChoiceBounds {
  const index = sentenceIndexOf(article, quantity, sentenceHint);
  const sentence = article.ingested.sentences[index];
  if (!sentence) return {};
  const answer = magnitudeOf(quantity.text, quantity.kind);
  if (answer === undefined) return {};
  let bounds: ChoiceBounds = {};
  if (quantity.kind === 'year') {
    const tense = yearTense(article.ingested.tokens, sentence, quantity);
    const written = articleYear(article);
    if (tense === 'future') {
      const earliest = written ?? latestPastYear(article);
      bounds = { future: true, ...(earliest === undefined ? {} : { above: earliest - 0.5 }) };
    } else if (tense === 'past' && written !== undefined) bounds = { below: written + 0.5 };
  } else {
    bounds = comparisonBounds(article.ingested.tokens, sentence, article.quantities[index] ?? [], quantity);
  }
  return inside(bounds, answer) ? bounds : {};
}

/** Whether a wrong choice lies inside the bounds (a choice with no readable figure is let through). */
export function admitsChoice(bounds: ChoiceBounds, choice: string, kind: Quantity['kind']): boolean {
  if (bounds.above === undefined && bounds.below === undefined) return true;
  const value = magnitudeOf(choice, kind);
  return value === undefined || inside(bounds, value);
}
