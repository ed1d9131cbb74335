import type { AnalysedArticle, Corpus } from '../corpus.ts';
import { foldName } from '../entities/edit-distance.ts';
import type { Entity } from '../entities/entity-registry.ts';
import type { Token } from '../nlp/analyse-body.ts';
import type { Candidate } from './candidate.ts';
import { droppedWords, finishQuestion, invertClause, lowerOpening, placeLead, renderSpan, type Clause } from './clause.ts';
import { keyWordsOf, mentionLabel, type SentenceView } from './sentence-view.ts';

/** The organisation a clause's source names ("the Israeli Defense Ministry said", "according to the Institute…"). */
function sourceOrganisation(corpus: Corpus, article: AnalysedArticle, view: SentenceView, clause: Clause): { entity: Entity; label: string } | undefined {
  const source = clause.attribution?.source;
  if (!source) return undefined;
  const passage = article.ingested.normalised.text.slice(view.passageStart, view.sentence.end);
  for (const mention of article.mentions[view.index] ?? []) {
    if (mention.first < source.first || mention.last > source.last) continue;
    const entity = corpus.registry.entityOf(mention);
    if (entity?.kind !== 'organisation') continue;
    const label = mentionLabel(article, mention, entity, passage).label;
    return { entity, label };
  }
  return undefined;
}

/**
 * "Which organisation said that …?" from "…, the Israeli Defense Ministry said." and "According to which
 * organisation did …?" from "…, according to the International Peace Research Institute in Sweden."
 */
export function organisationQuestions(corpus: Corpus, article: AnalysedArticle, view: SentenceView, clauses: readonly Clause[]): Candidate[] {
  const tokens = article.ingested.tokens;
  const candidates: Candidate[] = [];
  for (const clause of clauses) {
    if (clause.kind !== 'main') continue;
    const found = sourceOrganisation(corpus, article, view, clause);
    if (!found) continue;
    const skip = new Set([...clause.skip, ...droppedWords(tokens, clause.restFirst, clause.last)]);
    let stem: string;
    const verb = clause.attribution?.verb;
    if (verb !== undefined && clause.attribution && clause.attribution.source.first > clause.last) {
      // Reported after the fact: the fact is quoted whole, as the source put it.
      const replacements = new Map<number, string>(clause.rewrites);
      if (view.resolved) replacements.set(view.resolved.token, view.resolved.text);
      let reported = renderSpan(article, view.first, clause.last, skip, replacements);
      if (!view.resolved) reported = lowerOpening(article, view.first, reported);
      stem = finishQuestion([`Which organisation ${(tokens[verb] as Token).text.toLowerCase()} that`, reported]);
    } else if (verb === undefined) {
      const inverted = invertClause(article, view, clause);
      if (!inverted) continue;
      stem = finishQuestion(['According to which organisation', inverted, renderSpan(article, clause.restFirst, clause.last, skip, clause.rewrites)], placeLead(article, clause));
    } else continue;
    if (stem.length > 260 || stem.split(/\s+/).length < 8) continue;
    candidates.push({
      article,
      sentence: view.index,
      kind: 'organisation',
      form: 'question',
      stem,
      answer: found.label,
      start: view.passageStart,
      end: view.sentence.end,
      request: { type: 'entity', entity: found.entity, short: false },
      score: 4.9,
      order: 0,
      keyWords: [foldName(found.entity.name), ...keyWordsOf(article, view.sentence)],
    });
  }
  return candidates;
}

