import type { QuestionKind } from '../../bank/schema.ts';
import type { AnalysedArticle } from '../corpus.ts';
import type { Entity } from '../entities/entity-registry.ts';
import type { Role } from '../entities/find-mentions.ts';
import type { Quantity } from '../nlp/quantities.ts';

/** How a question's wrong choices are found. */
export type DistractorRequest =
  | { type: 'entity'; entity: Entity; short: boolean; prefer?: 'speaker' | 'role'; excludeRole?: Role }
  | { type: 'quantity'; quantity: Quantity }
  | { type: 'role'; person: Entity };

/** A question before distractors and ranking: one fact, one stem, one answer, one passage. */
export interface Candidate {
  article: AnalysedArticle;
  sentence: number;
  kind: QuestionKind;
  /** 'question' reads as a question; 'cloze' is a sentence with a blank. */
  form: 'question' | 'cloze';
  stem: string;
  /** The stem's length, when it is known before the stem is written out. */
  stemLength?: number;
  answer: string;
  /** Normalised-text range of the cited passage. */
  start: number;
  end: number;
  request: DistractorRequest;
  /** Quality before distractors: the ranking adds and subtracts from here. */
  score: number;
  /** Content words of the fact, for finding the same fact or a disagreement in another article. */
  keyWords: string[];
  /** The name a figure belongs to ("2020" of "the 2020 Abraham Accords"): the same figure of the same name is one fact. */
  anchor?: string;
  /** Set when another article gives a different value for this fact. */
  disputed?: boolean;
  /** Position in the order candidates were made (set when all are made), the last tie-breaker: deterministic, and the preferred blank first. */
  order: number;
}

export const BLANK = '_____';
