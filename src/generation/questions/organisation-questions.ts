import type { AnalysedArticle, Corpus } from '../corpus.ts';
import { foldName } from '../entities/edit-distance.ts';
import type { Entity } from '../entities/entity-registry.ts';
import { isDemonym } from '../entities/lexicon/places.ts';
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
      stem = finishQuestion([`Which organisation ${(tokens[verb] as Token).lower} that`, reported]);
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

/** Words that relate a place to others, where more than one answer can be true ("shares a border with"). */
const RELATIONAL = /\b(border|borders|bordering|neighbou?rs?|neighbou?ring|ally|allies|allied|alliance|ties|relations|relationship|partners?|friends?|shares?|sharing|cooperation|near|close to|between|adjacent)\b/i;

/**
 * "Israel considers Iran to be its greatest threat" → "Which country does Israel consider to be its greatest
 * threat?"; "Iran sided with Armenia during the war" → "With which country did Iran side during the war?". The
 * name is the clause's object (or its first preposition's), alone (not one of a list), and the clause does not
 * relate places to each other, where a wrong choice could be true as well.
 */
export function objectQuestions(corpus: Corpus, article: AnalysedArticle, view: SentenceView, clauses: readonly Clause[]): Candidate[] {
  const tokens = article.ingested.tokens;
  const candidates: Candidate[] = [];
  const passage = article.ingested.normalised.text.slice(view.passageStart, view.sentence.end);
  for (const clause of clauses) {
    if (clause.kind === 'relative' || clause.negated) continue;
    const preposition = tokens[clause.restFirst] as Token | undefined;
    const objectAt = preposition?.pos === 'ADP' ? clause.restFirst + 1 : clause.restFirst;
    const mention = (article.mentions[view.index] ?? []).find((candidate) => candidate.first === objectAt || (candidate.first === objectAt + 1 && /^the$/i.test(tokens[objectAt]?.text ?? '')));
    if (!mention || mention.last >= clause.last) continue;
    const entity = corpus.registry.entityOf(mention);
    if (!entity || entity.kind === 'person') continue;
    if (entity.kind === 'place' && (isDemonym(mention.surface) || !entity.variants.has(foldName(mention.surface)))) continue; // "Brazilian winger…"
    const after = tokens[mention.last + 1] as Token;
    if (after.text === ',' || after.pos === 'CCONJ' || after.text === "'s" || after.pos === 'PROPN' || after.pos === 'NOUN') continue; // one of a list, or part of a longer name
    // "pushing for the European Union to put…": the preposition belongs to the infinitive, not to the name.
    if (objectAt !== clause.restFirst && after.lower === 'to' && tokens[mention.last + 2]?.pos === 'VERB') continue;
    const wh = entity.kind === 'organisation' ? 'which organisation' : entity.placeType === 'city' ? 'which city' : entity.placeType === 'region' ? 'which region' : 'which country';
    const skip = new Set([...clause.skip, ...droppedWords(tokens, clause.restFirst, clause.last)]);
    for (let i = clause.restFirst; i <= mention.last; i++) skip.add(i);
    const rest = renderSpan(article, clause.restFirst, clause.last, skip, clause.rewrites);
    const predicate = renderSpan(article, clause.restFirst, clause.last, clause.skip, clause.rewrites);
    if (entity.kind === 'place' && RELATIONAL.test(predicate)) continue;
    if (rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 2) continue;
    const inverted = invertClause(article, view, clause);
    if (!inverted) continue;
    const opening = objectAt === clause.restFirst ? wh : `${(preposition as Token).text.toLowerCase()} ${wh}`;
    const stem = finishQuestion([opening, inverted, rest, clause.attribution ? `, ${clause.attribution.text}` : undefined], placeLead(article, clause));
    if (stem.length > 220) continue;
    const label = mentionLabel(article, mention, entity, passage).label;
    candidates.push({
      article,
      sentence: view.index,
      kind: entity.kind === 'organisation' ? 'organisation' : 'place',
      form: 'question',
      stem,
      answer: label,
      start: view.passageStart,
      end: view.sentence.end,
      request: { type: 'entity', entity, short: false },
      // Below a question on the subject: the object of a clause is more often one of several that would do.
      score: 4.6,
      order: 0,
      keyWords: [foldName(entity.name), ...keyWordsOf(article, view.sentence)],
    });
  }
  return candidates;
}
