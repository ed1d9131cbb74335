import type { AnalysedArticle } from '../corpus.ts';
import { REPORTING_VERBS } from '../entities/lexicon/roles.ts';
import type { Token } from '../nlp/analyse-body.ts';
import type { Quantity } from '../nlp/quantities.ts';
import type { Candidate } from './candidate.ts';
import { droppedWords, finishQuestion, invertClause, placeLead, renderSpan, type Clause } from './clause.ts';
import { anchored, keyWordsOf, type SentenceView } from './sentence-view.ts';

const DATE_KINDS = new Set(['year', 'month', 'month-day', 'full-date']);
const PREPOSITIONS = new Set(['in', 'on', 'by']);

function whFor(preposition: string, quantity: Quantity): string {
  const what = quantity.kind === 'year' ? 'what year' : quantity.kind === 'month' ? 'which month' : 'what date';
  return `${preposition} ${what}`;
}

/**
 * "In March, Azerbaijan opened an embassy…" → "In which month did Azerbaijan open an embassy…?", also from a
 * clause about a name ("…Azerbaijan — a former Soviet republic which attained its independence in 1991 —"
 * → "In what year did Azerbaijan attain its independence?"). Only a sentence with one date, and only a date
 * of the clause itself (not of an aside, a second verb or what follows the clause).
 */
export function whenQuestions(article: AnalysedArticle, view: SentenceView, clauses: readonly Clause[]): Candidate[] {
  const tokens = article.ingested.tokens;
  const dates = (article.quantities[view.index] ?? []).filter((quantity) => DATE_KINDS.has(quantity.kind));
  if (dates.length !== 1) return [];
  const quantity = dates[0] as Quantity;
  const preposition = tokens[quantity.first - 1] as Token | undefined;
  const prepositionText = preposition?.text.toLowerCase() ?? '';
  if (!PREPOSITIONS.has(prepositionText)) return [];
  const candidates: Candidate[] = [];
  for (const clause of clauses) {
    const inLead = clause.lead !== undefined && clause.lead.first === quantity.first - 1 && clause.lead.last === quantity.last;
    const inPredicate = quantity.first - 1 >= clause.restFirst && quantity.last <= clause.last && !clause.skip.has(quantity.first) && quantity.first < (clause.embeddedFrom ?? Infinity);
    if (!inLead && !inPredicate) continue;
    if (clause.kind === 'main' && inPredicate && REPORTING_VERBS.has((tokens[clause.chain[clause.chain.length - 1] as number] as Token).text.toLowerCase())) continue;
    const inverted = invertClause(article, view, clause);
    if (!inverted) continue;
    const skip = new Set([...clause.skip, ...droppedWords(tokens, clause.restFirst, clause.last)]);
    if (inPredicate) for (let i = quantity.first - 1; i <= quantity.last; i++) skip.add(i);
    const rest = renderSpan(article, clause.restFirst, clause.last, skip, clause.rewrites);
    if (rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 2) continue;
    const stem = finishQuestion([whFor(prepositionText, quantity), inverted, rest, clause.attribution ? `, ${clause.attribution.text}` : undefined], inLead ? {} : placeLead(article, clause));
    if (stem.length > 260) continue;
    candidates.push({
      article,
      sentence: view.index,
      kind: 'date',
      form: 'question',
      stem,
      answer: quantity.text,
      start: view.passageStart,
      end: view.sentence.end,
      request: { type: 'quantity', quantity },
      score: 5,
      order: 0,
      keyWords: ['date', ...keyWordsOf(article, view.sentence, quantity.first, quantity.last)],
      ...anchored(article, view.index, quantity.first, quantity.last),
    });
  }
  return candidates;
}
