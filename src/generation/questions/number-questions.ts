import type { AnalysedArticle, Corpus } from '../corpus.ts';
import { foldName } from '../entities/edit-distance.ts';
import { REPORTING_VERBS } from '../entities/lexicon/roles.ts';
import { verbLemma, type Token } from '../nlp/analyse-body.ts';
import { NUMBER_WORDS, type Quantity } from '../nlp/quantities.ts';
import type { Candidate } from './candidate.ts';
import { droppedWords, finishQuestion, invertClause, placeLead, renderSpan, rewritesWith, type Clause } from './clause.ts';
import { anchored, keyWordsOf, mentionLabel, type SentenceView } from './sentence-view.ts';

/** Words before a figure that make it approximate: kept in the answer ("about $5 billion"). */
const APPROXIMATE = ['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'an estimated', 'close to', 'just over', 'just under'];
/** Words that make it a bound: "more than 30 years" cannot be asked as a single value. */
const BOUNDS = ['more than', 'over', 'upwards of', 'up to', 'at least', 'at most', 'less than', 'fewer than', 'under', 'below', 'above', 'as many as', 'as much as', 'as few as', 'as little as', 'in excess of', 'no more than', 'no fewer than', 'exceeding', 'almost all', 'nearly all', 'only', 'just', 'an average of', 'average of', 'a total of', 'total of', 'a further', 'another'];
/** Measures whose "of" phrase is part of what is counted: "12 kilometres of cycle lanes". */
const MEASURES = new Set(['kilometres', 'kilometers', 'km', 'miles', 'metres', 'meters', 'tonnes', 'tons', 'litres', 'liters', 'gallons', 'hectares', 'acres', 'barrels', 'pounds', 'kilograms', 'kg', 'square', 'cubic', 'pieces', 'items', 'units', 'hours', 'days', 'weeks', 'months', 'years']);
const CHANGE_VERBS = new Set(['rise', 'fall', 'grow', 'drop', 'jump', 'climb', 'increase', 'decrease', 'decline', 'slump', 'surge', 'soar', 'plunge', 'gain', 'lose', 'shrink', 'slide', 'dip', 'edge', 'tumble', 'rebound']);
const DURATION_VERBS = new Set(['last', 'take', 'spend']);
const BUYING_VERBS = new Set(['buy', 'purchase', 'import', 'order']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)$/i;

interface Modifier {
  kind: 'none' | 'approximate' | 'bound';
  /** First token of the answer: the figure, or the approximating words before it. */
  first: number;
}

function modifierBefore(tokens: readonly Token[], first: number, floor: number): Modifier {
  const words = (count: number) => {
    const from = first - count;
    if (from < floor) return '';
    return tokens.slice(from, first).map((token) => token.lower).join(' ');
  };
  for (const count of [3, 2, 1]) {
    const phrase = words(count);
    if (phrase === '') continue;
    if (BOUNDS.includes(phrase)) return { kind: 'bound', first: first - count };
    if (APPROXIMATE.includes(phrase)) return { kind: 'approximate', first: first - count };
  }
  return { kind: 'none', first };
}

/** The end of a noun phrase from `from`: determiners, possessives, adjectives and nouns, ending on a noun. */
function nounPhraseEnd(tokens: readonly Token[], from: number, last: number, skip: ReadonlySet<number>): number {
  let end = -1;
  for (let i = from; i <= last && i - from < 8; i++) {
    if (skip.has(i)) break;
    const token = tokens[i] as Token;
    if (token.text === '-' && tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end) {
      i++; // "foreign-manufactured": one word, whatever its second half is tagged
      continue;
    }
    if (token.pos === 'NOUN' || token.pos === 'PROPN') end = i;
    else if (token.text === "'s" && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'ADJ')) continue; // "the Sun's surface"
    else if (token.pos === 'VERB' && /(ed|en)$/.test(token.text) && ['NOUN', 'ADJ'].includes(tokens[i + 1]?.pos ?? '')) continue; // "protected cycle lanes"
    else if (!['DET', 'ADJ', 'NUM'].includes(token.pos) && !POSSESSIVES.has(token.lower)) break;
  }
  return end;
}

function hasNounBetween(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens[i]?.pos === 'NOUN' || tokens[i]?.pos === 'PROPN') return true;
  return false;
}

function isPlural(word: string): boolean {
  return /[^s]s$/i.test(word) || /^(people|children|men|women|staff|police|cattle|personnel|km|kg|mph)$/i.test(word);
}

interface Target {
  /** Tokens the question phrase replaces. */
  first: number;
  last: number;
  wh: string;
  replaceVerb?: { lemma: string; participle: string };
  replacements?: Map<number, string>;
  /** The answer when it is less than the quantity's text ("23" of "23 minutes"). */
  answer?: string;
}

/** A phrase after an infinitive ("to finally open an embassy after three decades") may belong to it, not the clause. */
function embedded(tokens: readonly Token[], clause: Clause, before: number): boolean {
  const main = tokens[clause.chain[clause.chain.length - 1] as number] as Token;
  if (main.pos === 'AUX') return true; // "were a catalyst … after three decades": a copula has no action to time
  for (let i = clause.restFirst; i < before; i++) if (tokens[i]?.pos === 'VERB' || tokens[i]?.lower === 'to') return true;
  return false;
}

function mainVerbLemma(tokens: readonly Token[], clause: Clause): string {
  const verb = tokens[clause.chain[clause.chain.length - 1] as number] as Token;
  return verb.pos === 'VERB' ? verbLemma(verb.text) : verb.lower;
}

/**
 * A figure given as "<noun> of <figure>": "a pre-tax profit of $2.4 billion" → "what pre-tax profit", "for a
 * fee of £4.5 million" → "for what fee", "temperatures of about 1,370 °C" → "what temperatures".
 */
function namedBefore(article: AnalysedArticle, clause: Clause, modifier: Modifier, quantity: Quantity): Target | undefined {
  const tokens = article.ingested.tokens;
  const head = modifier.first - 2;
  if ((tokens[head] as Token).pos !== 'NOUN') return undefined;
  let start = head;
  while (start - 1 >= clause.restFirst && (['ADJ', 'NOUN'].includes((tokens[start - 1] as Token).pos) || tokens[start - 1]?.text === '-')) start--;
  const named = renderSpan(article, start, head);
  const determiner = tokens[start - 1] as Token;
  const hasDeterminer = start - 1 >= clause.restFirst && ['a', 'an', 'the'].includes(determiner.text.toLowerCase());
  const opening = hasDeterminer ? start - 1 : start;
  // A bare noun must be plural or follow the verb: "faced temperatures of…", not "a cost of…" without its article.
  if (!hasDeterminer && !isPlural((tokens[head] as Token).text)) return undefined;
  const preposition = tokens[opening - 1] as Token;
  if (preposition.pos === 'ADP' && opening - 1 >= clause.restFirst) return { first: opening - 1, last: quantity.last, wh: `${preposition.lower} what ${named}` };
  if (opening !== clause.restFirst) return undefined;
  return { first: opening, last: quantity.last, wh: `what ${named}` };
}

/** How the predicate's quantity turns into a question phrase, or undefined when no clean one exists. */
function predicateTarget(article: AnalysedArticle, clause: Clause, quantity: Quantity, modifier: Modifier): Target | undefined {
  const tokens = article.ingested.tokens;
  const before = tokens[modifier.first - 1] as Token;
  const beforeText = before.lower;
  const afterBefore = modifier.first - 1 >= clause.restFirst;
  const render = (first: number, last: number) => renderSpan(article, first, last);
  switch (quantity.kind) {
    case 'count': {
      // "faced temperatures of about 1,370 °C" → "what temperatures"
      if (quantity.unit?.startsWith('°')) return beforeText === 'of' && afterBefore ? namedBefore(article, clause, modifier, quantity) : undefined;
      const unitAt = quantity.unitAt ?? -1;
      if (unitAt <= quantity.last) {
        // A duration: "for about two years", "took four years to build".
        if (!TIME_UNITS.test(quantity.unit ?? '')) return undefined;
        if (embedded(tokens, clause, modifier.first - 1)) return undefined;
        if (beforeText === 'for' && afterBefore) return { first: modifier.first - 1, last: quantity.last, wh: 'for how long' };
        // "took the lead after 23 minutes" → "after how many minutes"
        if (/^(after|within|in)$/.test(beforeText) && afterBefore && quantity.last > quantity.first && modifier.kind === 'none' && !embedded(tokens, clause, modifier.first - 1)) {
          return { first: modifier.first - 1, last: quantity.last, wh: `${beforeText} how many ${renderSpan(article, quantity.first + 1, quantity.last)}`, answer: (tokens[quantity.first] as Token).text };
        }
        if (modifier.first === clause.restFirst && DURATION_VERBS.has(mainVerbLemma(tokens, clause))) return { first: modifier.first, last: quantity.last, wh: 'how long' };
        return undefined;
      }
      const unit = tokens[unitAt] as Token;
      if (!isPlural(unit.text) || (quantity.value ?? 0) <= 1) return undefined;
      let end = unitAt;
      if (MEASURES.has(unit.lower) && tokens[unitAt + 1]?.text === 'of') {
        const phraseEnd = nounPhraseEnd(tokens, unitAt + 2, clause.last, clause.skip);
        if (phraseEnd !== -1) end = phraseEnd;
      }
      // "690,000 kilometres per hour", "three times a week": the rate belongs to the unit.
      const rate = tokens[end + 1]?.lower;
      if ((rate === 'per' || rate === 'a' || rate === 'an') && tokens[end + 2]?.pos === 'NOUN' && end + 2 <= clause.last) end += 2;
      const counted = render(quantity.last + 1, end);
      if (['DET', 'PRON'].includes(before.pos) && afterBefore) return undefined; // "its 9,400 staff", "the four men"
      if (before.pos === 'ADP' && afterBefore && beforeText !== 'of') return { first: modifier.first - 1, last: end, wh: `${beforeText} how many ${counted}` };
      if (beforeText === 'of' && afterBefore) return undefined;
      return { first: modifier.first, last: end, wh: `how many ${counted}` };
    }
    case 'money': {
      const next = tokens[quantity.last + 1];
      if (next?.text.toLowerCase() === 'worth' && tokens[quantity.last + 2]?.text === 'of') {
        if (!BUYING_VERBS.has(mainVerbLemma(tokens, clause))) return undefined;
        return { first: modifier.first, last: quantity.last + 1, wh: 'how much', replaceVerb: { lemma: 'spend', participle: 'spent' }, replacements: new Map([[quantity.last + 2, 'on']]) };
      }
      if (beforeText === 'of' && afterBefore) return namedBefore(article, clause, modifier, quantity);
      if ((beforeText === 'for' || beforeText === 'by') && afterBefore) return { first: modifier.first - 1, last: quantity.last, wh: `${beforeText} how much` };
      if (modifier.first === clause.restFirst && next?.pos !== 'NOUN' && next?.pos !== 'PROPN') return { first: modifier.first, last: quantity.last, wh: 'how much' };
      return undefined;
    }
    case 'percent':
    case 'fraction': {
      const of = tokens[quantity.last + 1];
      if (of?.text === 'of') {
        if (afterBefore && before.pos === 'ADP') return undefined; // "with up to 40 percent of its oil"
        const end = nounPhraseEnd(tokens, quantity.last + 2, clause.last, clause.skip);
        if (end === -1) return undefined;
        // "What share of its oil…" fronts "its": only when nothing but the subject could be what "its" means.
        const phrase = tokens.slice(quantity.last + 2, end + 1);
        if (phrase.some((token) => POSSESSIVES.has(token.lower)) && hasNounBetween(tokens, clause.restFirst, modifier.first - 1)) return undefined;
        return { first: modifier.first, last: end, wh: `what share of ${render(quantity.last + 2, end)}` };
      }
      if (quantity.kind !== 'percent') return undefined;
      if (beforeText === 'by' && afterBefore) return { first: modifier.first - 1, last: quantity.last, wh: 'by how much' };
      if (modifier.first === clause.restFirst && CHANGE_VERBS.has(mainVerbLemma(tokens, clause))) return { first: modifier.first, last: quantity.last, wh: 'by how much' };
      return undefined;
    }
    default:
      return undefined;
  }
}

/** "About 30 percent of adults… do" → "What share of adults… do"; "Four people were…" → "How many people were…". */
function subjectTarget(article: AnalysedArticle, clause: Clause, quantity: Quantity, modifier: Modifier): Target | undefined {
  if (modifier.first !== clause.subject.first || clause.subjectText !== undefined) return undefined;
  const tokens = article.ingested.tokens;
  if ((quantity.kind === 'percent' || quantity.kind === 'fraction') && tokens[quantity.last + 1]?.text === 'of') {
    return { first: modifier.first, last: quantity.last + 1, wh: 'what share of' };
  }
  if (quantity.kind === 'count' && (quantity.unitAt ?? -1) > quantity.last && isPlural((tokens[quantity.unitAt as number] as Token).text)) {
    return { first: modifier.first, last: quantity.last, wh: 'how many' };
  }
  if (quantity.kind === 'money' && quantity.last === clause.subject.last) return { first: modifier.first, last: quantity.last, wh: 'how much' };
  return undefined;
}

/** Hedges that say nothing about the value: left out of the answer and its wrong choices. */
const HEDGES = new Set(['some', 'an estimated', 'approximately']);

function answerText(article: AnalysedArticle, modifier: Modifier, quantity: Quantity): string {
  const tokens = article.ingested.tokens;
  const hedge = tokens.slice(modifier.first, quantity.first).map((token) => token.lower).join(' ');
  const text = renderSpan(article, HEDGES.has(hedge) ? quantity.first : modifier.first, quantity.last);
  // "About 30 percent", "Four" opening a sentence: the capital belongs to the sentence, not the answer.
  const firstWord = /^\p{L}+/u.exec(text)?.[0] ?? '';
  const lowered = firstWord.toLowerCase();
  if (firstWord !== lowered && (APPROXIMATE.some((phrase) => phrase.split(' ')[0] === lowered) || NUMBER_WORDS.includes(lowered))) return lowered + text.slice(firstWord.length);
  return text;
}

/** What sets one number question apart; the rest follows from asking a figure of the sentence in view. */
type NumberFact = Pick<Candidate, 'stem' | 'answer' | 'score' | 'keyWords' | 'anchor'> & { quantity: Quantity };

function numberCandidate(article: AnalysedArticle, view: SentenceView, { quantity, ...fact }: NumberFact): Candidate {
  return { article, sentence: view.index, kind: 'number', form: 'question', start: view.passageStart, end: view.sentence.end, request: { type: 'quantity', quantity }, order: 0, ...fact };
}

/**
 * "How many/How much/What share of/By how much/For how long" questions from the quantities of a sentence's
 * clauses: the quantity's phrase becomes the question phrase, the clause is turned round with do-support,
 * what follows the clause is dropped and a source is kept as "according to …". Bounds ("more than", "up to")
 * are never asked as a value; approximations ("about") stay in the answer and its wrong choices.
 */
export function numberQuestions(article: AnalysedArticle, view: SentenceView, clauses: readonly Clause[]): Candidate[] {
  const tokens = article.ingested.tokens;
  const candidates: Candidate[] = [];
  const quantities = article.quantities[view.index] ?? [];
  for (const clause of clauses) {
    for (const quantity of quantities) {
      if (!['count', 'money', 'percent', 'fraction'].includes(quantity.kind)) continue;
      const inSubject = quantity.first >= clause.subject.first && quantity.last <= clause.subject.last && clause.kind !== 'relative';
      const inPredicate = quantity.first >= clause.restFirst && quantity.last <= clause.last && !clause.skip.has(quantity.first) && quantity.first < (clause.embeddedFrom ?? Infinity);
      if (!inSubject && !inPredicate) continue;
      const modifier = modifierBefore(tokens, quantity.first, inSubject ? clause.subject.first : clause.restFirst);
      if (modifier.kind === 'bound') continue;
      const target = inSubject ? subjectTarget(article, clause, quantity, modifier) : predicateTarget(article, clause, quantity, modifier);
      if (!target) continue;
      // "…4,800 children aged between…": a participle after the phrase belongs to it and would dangle.
      const after = tokens[target.last + 1];
      if (!inSubject && after && target.last < clause.last && (after.pos === 'VERB' || after.pos === 'ADJ')) continue;
      // "Lambert said about 40 shops feared…": asked from the reported clause, with "according to Lambert".
      if (clause.kind === 'main' && !inSubject && REPORTING_VERBS.has((tokens[clause.chain[clause.chain.length - 1] as number] as Token).text.toLowerCase())) continue;
      const skip = new Set([...clause.skip, ...droppedWords(tokens, clause.restFirst, clause.last)]);
      for (let i = target.first; i <= target.last; i++) skip.add(i);
      let body: string | undefined;
      if (inSubject) {
        body = `${target.wh} ${renderSpan(article, clause.subject.first, clause.last, new Set([...skip, ...clause.adverbs.filter((i) => /^(also|too)$/i.test((tokens[i] as Token).text))]), clause.rewrites)}`;
      } else {
        const inverted = invertClause(article, view, clause, target.replaceVerb);
        if (!inverted) continue;
        body = `${target.wh} ${inverted} ${renderSpan(article, clause.restFirst, clause.last, skip, rewritesWith(clause, target.replacements))}`;
      }
      const stem = finishQuestion([body, clause.attribution ? `, ${clause.attribution.text}` : undefined], placeLead(article, clause));
      if (stem.split(/\s+/).length < 6 || stem.length > 260) continue;
      const answer = target.answer ?? answerText(article, modifier, quantity);
      candidates.push(
        numberCandidate(article, view, {
          stem,
          answer,
          quantity: { ...quantity, text: answer, ...(target.answer === undefined ? {} : { last: quantity.first }) },
          // Amounts and shares make better questions than a date; a small count ("four diplomats") less so.
          score: quantity.kind === 'count' && (quantity.value ?? 0) < 10 && (quantity.unitAt ?? -1) > quantity.last ? 4.9 : quantity.kind === 'count' ? 5.1 : 5.3,
          keyWords: ['number', ...keyWordsOf(article, view.sentence, quantity.first, quantity.last)],
          ...anchored(article, view.index, quantity.first, quantity.last),
        }),
      );
    }
  }
  return candidates;
}

/**
 * "Novak, 46, took charge of City in 2023…" → "How old is Novak, who took charge of City in 2023…?";
 * "Ms Patel, 34, a primary school teacher, said…" → "How old is Patel, a primary school teacher?". The age
 * set off by commas after a person's name, with what the sentence says of them to tell who is meant.
 */
export function ageQuestions(corpus: Corpus, article: AnalysedArticle, view: SentenceView, clauses: readonly Clause[]): Candidate[] {
  const tokens = article.ingested.tokens;
  const candidates: Candidate[] = [];
  const passage = article.ingested.normalised.text.slice(view.passageStart, view.sentence.end);
  for (const mention of article.mentions[view.index] ?? []) {
    const entity = corpus.registry.entityOf(mention);
    if (entity?.kind !== 'person' || mention.first < view.first) continue;
    const age = tokens[mention.last + 2];
    if (tokens[mention.last + 1]?.text !== ',' || tokens[mention.last + 3]?.text !== ',' || !age || !/^\d{2,3}$/.test(age.text)) continue;
    const value = Number(age.text);
    if (value < 14 || value > 110) continue;
    const label = mentionLabel(article, mention, entity, passage).label;
    if (label !== entity.name && label !== entity.shortName) continue;
    const after = mention.last + 4;
    let description: string | undefined;
    const clause = clauses.find((candidate) => candidate.kind === 'main' && candidate.subject.first === mention.first && candidate.skip.has(mention.last + 2));
    if (clause && !clause.negated) {
      const skip = new Set([...clause.skip, ...droppedWords(tokens, clause.restFirst, clause.last)]);
      const from = Math.min(...clause.adverbs.filter((i) => i > mention.last + 3), clause.chain[0] as number);
      description = `who ${renderSpan(article, from, clause.last, skip, clause.rewrites)}`;
    } else {
      // "…, a primary school teacher," or "…, who joined from Hamburg…"
      let close = after;
      while (close <= view.sentence.last && !/^[,.;:"]$/.test((tokens[close] as Token).text) && close - after < 14) close++;
      const opener = tokens[after]?.lower ?? '';
      const phrase = close > after ? tokens.slice(after, close) : [];
      const appositive = /^(a|an|the)$/.test(opener) && phrase.length >= 2 && !phrase.some((token) => token.pos === 'VERB' || token.pos === 'AUX');
      const relative = /^(who|whose)$/.test(opener) && phrase.length >= 3 && phrase.some((token) => token.pos === 'VERB');
      if (appositive || relative) description = renderSpan(article, after, close - 1);
    }
    if (!description) continue;
    const stem = finishQuestion([`How old is ${label},`, description]);
    if (stem.length > 220) continue;
    candidates.push(
      numberCandidate(article, view, {
        stem,
        answer: age.text,
        quantity: { kind: 'count', first: mention.last + 2, last: mention.last + 2, text: age.text, value, unit: 'age' },
        score: 4.8,
        keyWords: ['age', foldName(entity.name)],
      }),
    );
  }
  return candidates;
}
