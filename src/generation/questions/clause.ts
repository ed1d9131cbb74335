import type { AnalysedArticle, Corpus } from '../corpus.ts';
import type { Entity } from '../entities/entity-registry.ts';
import { roleHeadOf } from '../entities/find-mentions.ts';
import { REPORTING_VERBS } from '../entities/lexicon/roles.ts';
import { verbLemma, type Token } from '../nlp/analyse-body.ts';
import { mentionLabel, type SentenceView } from './sentence-view.ts';

export interface Span {
  first: number;
  last: number;
}

/**
 * One clause of a sentence, read far enough to turn it into a question: who or what it is about (the
 * subject), its verb chain, and the predicate after it. Asides (dashes, brackets, appositives) are skipped;
 * whatever follows the clause (", a month after…", ", and has set up…") is left out, except a source
 * (", the ministry said", ", according to X"), which the question keeps as "according to X".
 */
export interface Clause {
  kind: 'main' | 'reported' | 'relative';
  /** A leading phrase ("Between 2016 and 2020", "In May"), without its comma: a question says it last. */
  lead?: Span;
  subject: Span;
  /** Text standing for the subject: a resolved pronoun, the name a relative clause hangs on. */
  subjectText?: string;
  /** Adverbs between the subject and the verb ("recently"). */
  adverbs: number[];
  /** Auxiliaries and the main verb in order ("has", "been", "conducting"); the first is the finite one. */
  chain: number[];
  /** The predicate: tokens restFirst..last, less `skip`. */
  restFirst: number;
  last: number;
  skip: Set<number>;
  /** First token of a restrictive relative clause inside the predicate; a question's figure comes before it. */
  embeddedFrom?: number;
  /** "according to the Israeli Defense Ministry", and the tokens naming the source. */
  attribution?: { text: string; source: Span; verb?: number };
  negated: boolean;
  /** Words the sentence view rewrites ("Until that point" → "Until 2020"). */
  rewrites: ReadonlyMap<number, string>;
}

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'shall']);
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'CCONJ', 'SYM', 'X']);
const SUBJECT_ADPOSITIONS = new Set(['of', 'in', 'on', 'for', 'at', 'from', 'with', 'under', 'across', 'between', 'against', 'about', 'near', 'behind', 'among', 'into', 'outside', 'inside', 'beyond', 'during', 'after', 'before', 'throughout', 'without', 'within', 'towards', 'toward', 'per']);
const LEAD_WORDS = new Set(['last', 'this', 'next', 'earlier', 'later', 'yesterday', 'today', 'recently', 'previously', 'now', 'already', 'currently', 'since', 'once', 'initially', 'eventually', 'finally']);
const STOPPING_CONJUNCTIONS = new Set(['while', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'so', 'but', 'yet', 'as', 'where', 'when', 'whereby']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose', 'that']);
const ASIDE_ADVERBS = new Set(['however', 'though', 'meanwhile', 'moreover', 'therefore', 'nonetheless', 'nevertheless', 'too', 'also', 'instead', 'indeed', 'reportedly', 'allegedly']);
const SUBORDINATORS = new Set(['since', 'after', 'before', 'until', 'till', 'once', 'whether', 'that', 'whenever', 'wherever', 'unlike']);

/** Whether a finite verb follows within a few words: "since [the stadium opened]". */
function opensClause(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i <= end && i < from + 6; i++) {
    if (isFinite(tokens[i])) return true;
    if (tokens[i]?.text === ',') return false;
  }
  return false;
}
/** Adverbs that point back at earlier text ("Iran has also been…", "…in 2020 as well"): dropped from a question. */
export const ADDITIVE_ADVERBS = new Set(['also', 'too', 'likewise', 'similarly', 'again']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
/** Past forms that read the same as the present: the tense cannot be told, so no do-support. */
const AMBIGUOUS_FORMS = new Set(['cut', 'put', 'set', 'hit', 'cost', 'let', 'read', 'spread', 'hurt', 'shut', 'quit', 'bet', 'burst', 'cast', 'broadcast', 'forecast', 'upset', 'split', 'thrust', 'shed', 'bid', 'beat']);
const DASHES = new Set(['—', '–', '-']);
const NO_REWRITES: ReadonlyMap<number, string> = new Map();

const lower = (token: Token | undefined) => token?.lower ?? '';

function isVerbish(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX');
}

function isFinite(token: Token | undefined): boolean {
  if (!isVerbish(token)) return false;
  const text = lower(token);
  return !text.endsWith('ing') && text !== 'to' && text !== 'been' && text !== 'being';
}

/** The last token of the sentence's wording: before a closing stop (and a closing quote mark). */
export function wordingEnd(tokens: readonly Token[], view: SentenceView): number {
  let last = view.sentence.last;
  while (last > view.first && /^[.!?"]+$/.test((tokens[last] as Token).text)) last--;
  return last;
}

/** A dash set off by spaces: an aside, not a hyphen inside a word. */
function isSpacedDash(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!DASHES.has(token.text)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before === undefined || before.end < token.start) && (after === undefined || token.end < after.start);
}

function hasVerbBetween(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (isVerbish(tokens[i])) return true;
  return false;
}

interface Predicate {
  last: number;
  skip: Set<number>;
  /** Where a restrictive relative clause starts ("Islamists who tried…"): part of the predicate, but no figure in it is the clause's own. */
  embeddedFrom?: number;
  /** Where the clause stopped: the first token after it (a comma, a conjunction…), or -1 at the sentence end. */
  stop: number;
}

/**
 * The predicate from `from` to the end of its clause. Paired dashes, brackets and short appositives after a
 * name are asides (skipped or kept whole); a comma, a conjunction before another verb, or a subordinate or
 * relative clause ends it.
 */
function predicateFrom(tokens: readonly Token[], from: number, end: number): Predicate {
  const found = predicateUntil(tokens, from, end);
  for (let i = from; i <= found.last; i++) {
    if (found.skip.has(i) || !RELATIVE_PRONOUNS.has(lower(tokens[i]))) continue;
    const previous = tokens[i - 1];
    if (previous && (previous.pos === 'NOUN' || previous.pos === 'PROPN') && i > from) {
      found.embeddedFrom = i;
      break;
    }
  }
  return found;
}

function predicateUntil(tokens: readonly Token[], from: number, end: number): Predicate {
  const skip = new Set<number>();
  let i = from;
  while (i <= end) {
    const token = tokens[i] as Token;
    const text = token.text;
    // "Islamists who tried to…", "the rocket that carried…": a restrictive relative clause belongs to its noun.
    if (RELATIVE_PRONOUNS.has(lower(token)) && i > from && ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '')) {
      i++;
      continue;
    }
    if (text === '(' || isSpacedDash(tokens, i)) {
      let close = -1;
      for (let k = i + 1; k <= end && k <= i + 30; k++) {
        if ((text === '(' && tokens[k]?.text === ')') || (text !== '(' && isSpacedDash(tokens, k))) {
          close = k;
          break;
        }
      }
      if (close === -1) return { last: i - 1, skip, stop: i };
      for (let k = i; k <= close; k++) skip.add(k);
      i = close + 1;
      continue;
    }
    if (text === ',') {
      // "such key sectors as security, diplomacy and technology": a list runs on to its last item.
      const listEnd = listContinuing(tokens, i, end);
      if (listEnd !== -1) {
        i = listEnd + 1;
        continue;
      }
      // "in Baku, Azerbaijan's capital, on July 13": a short appositive after a name stays.
      let close = -1;
      for (let k = i + 1; k <= end && k <= i + 8; k++) {
        if (tokens[k]?.text === ',') {
          close = k;
          break;
        }
      }
      const after = tokens[i + 1];
      // ", among other items,", ", in particular,": a short aside set off by commas.
      if (close !== -1 && close - i <= 6 && after && (after.pos === 'ADP' || ASIDE_ADVERBS.has(lower(after))) && !STOPPING_CONJUNCTIONS.has(lower(after)) && !SUBORDINATORS.has(lower(after)) && !hasVerbBetween(tokens, i + 1, close - 1) && close < end) {
        for (let k = i; k <= close; k++) skip.add(k);
        i = close + 1;
        continue;
      }
      const appositive = close !== -1 && tokens[i - 1]?.pos === 'PROPN' && after !== undefined && ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(after.pos) && !hasVerbBetween(tokens, i + 1, close - 1) && !STOPPING_CONJUNCTIONS.has(lower(after));
      if (!appositive) return { last: i - 1, skip, stop: i };
      i = close + 1;
      continue;
    }
    if (text === ';' || text === ':' || text === '"') return { last: i - 1, skip, stop: i };
    if (i > from && STOPPING_CONJUNCTIONS.has(lower(token)) && ['SCONJ', 'PRON', 'ADV', 'CCONJ'].includes(token.pos)) return { last: i - 1, skip, stop: i };
    // "…the largest since the stadium opened in 2009": a subordinate clause with its own verb.
    if (i > from && token.pos === 'SCONJ' && SUBORDINATORS.has(lower(token)) && opensClause(tokens, i + 1, end)) return { last: i - 1, skip, stop: i };
    // "…followed 4,800 children and was funded…", "…and plans to hire…": a second verb starts another clause.
    if (token.pos === 'CCONJ' && (isVerbish(tokens[i + 1]) || (tokens[i + 1]?.pos === 'ADV' && isVerbish(tokens[i + 2])) || (/s$/.test(lower(tokens[i + 1])) && lower(tokens[i + 2]) === 'to' && isVerbish(tokens[i + 3])))) return { last: i - 1, skip, stop: i };
    i++;
  }
  return { last: end, skip, stop: -1 };
}

const LIST_ITEM_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * From a comma, the end of a list that ends the clause ("…, diplomacy and technology", "…, Hamas and Islamic
 * Jihad"): items of nouns and adjectives, then "and"/"or" and a last item. -1 when the comma is not in a list.
 */
function listContinuing(tokens: readonly Token[], comma: number, end: number): number {
  let i = comma + 1;
  let sawConjunction = false;
  let lastItem = -1;
  for (; i <= end; i++) {
    const token = tokens[i] as Token;
    if (LIST_ITEM_POS.has(token.pos) || (token.text === '-' && tokens[i - 1]?.end === token.start)) {
      lastItem = i;
      continue;
    }
    if (token.text === ',' && !sawConjunction && lastItem === i - 1) continue;
    if (token.pos === 'CCONJ' && /^(and|or)$/i.test(token.text) && !sawConjunction && lastItem === i - 1) {
      sawConjunction = true;
      continue;
    }
    break;
  }
  if (!sawConjunction || lastItem <= comma || !LIST_ITEM_POS.has((tokens[lastItem] as Token).pos)) return -1;
  // The list must close the clause: what follows is its end, a comma or a preposition's phrase.
  const next = tokens[lastItem + 1];
  if (lastItem < end && next && next.text !== ',' && next.pos !== 'ADP') return -1;
  return lastItem;
}

function render(article: AnalysedArticle, first: number, last: number): string {
  const { tokens, normalised } = article.ingested;
  return normalised.text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
}

/** "the Israeli Defense Ministry", "researchers", "Israel Today": a short source phrase with no verb. */
function isSourcePhrase(tokens: readonly Token[], first: number, last: number): boolean {
  if (last < first || last - first > 9) return false;
  let named = false;
  for (let i = first; i <= last; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') named = true;
    else if (token.pos === 'VERB' && named && /ed$/.test(token.text)) continue; // "NHS figures published in 2023"
    else if (!['DET', 'ADJ', 'PART', 'ADP', 'NUM', 'CCONJ'].includes(token.pos) && token.text !== '.' && token.text !== '-') return false;
  }
  return named && (tokens[first] as Token).pos !== 'ADP';
}

/** After the clause: ", according to X", ", X said (on Thursday)", ", says X". */
function attributionAfter(article: AnalysedArticle, stop: number, end: number): Clause['attribution'] {
  const tokens = article.ingested.tokens;
  if (stop === -1 || tokens[stop]?.text !== ',') return undefined;
  // The source closes the sentence, after its last comma ("…, and is acting…, says Israel Today").
  let lastComma = stop;
  let quoted = false;
  for (let k = stop + 1; k <= end; k++) {
    const text = (tokens[k] as Token).text;
    if (text === '"') quoted = !quoted;
    else if (text === ',' && !quoted) lastComma = k;
  }
  const from = lastComma + 1;
  if (from > end) return undefined;
  if (lower(tokens[from]) === 'according' && lower(tokens[from + 1]) === 'to') {
    let last = end;
    for (let k = from + 2; k <= end; k++) if (tokens[k]?.text === ',') {
      last = k - 1;
      break;
    }
    if (!isSourcePhrase(tokens, from + 2, last)) return undefined;
    return { text: `according to ${sourceText(article, from + 2, last)}`, source: { first: from + 2, last } };
  }
  // "says Israel Today", "said Professor Ana Ribeiro"
  if (REPORTING_VERBS.has(lower(tokens[from])) && isVerbish(tokens[from])) {
    let last = end;
    for (let k = from + 1; k <= end; k++) if (tokens[k]?.text === ',') {
      last = k - 1;
      break;
    }
    if (!isSourcePhrase(tokens, from + 1, last)) return undefined;
    return { text: `according to ${sourceText(article, from + 1, last)}`, source: { first: from + 1, last }, verb: from };
  }
  // "the Israeli Defense Ministry said", "researchers reported on Thursday"
  for (let k = from + 1; k <= end && k <= from + 10; k++) {
    const token = tokens[k] as Token;
    if (!isVerbish(token)) continue;
    if (!REPORTING_VERBS.has(lower(token)) || !isSourcePhrase(tokens, from, k - 1)) return undefined;
    // What may follow the verb: a time ("on Thursday", "last week") and nothing else of substance.
    for (let j = k + 1; j <= end; j++) if (isVerbish(tokens[j]) || tokens[j]?.text === ',' || tokens[j]?.pos === 'PRON') return undefined;
    return { text: `according to ${sourceText(article, from, k - 1)}`, source: { first: from, last: k - 1 }, verb: k };
  }
  return undefined;
}

function sourceText(article: AnalysedArticle, first: number, last: number): string {
  const tokens = article.ingested.tokens;
  const text = render(article, first, last);
  // "Chief executive Ingrid Solberg": a capital before a lower-case word opens a common noun phrase.
  const second = tokens[first + 1];
  if (first < last && second && /^\p{Ll}/u.test(second.text) && /^\p{Lu}\p{Ll}/u.test((tokens[first] as Token).text)) return text.replace(/^\p{Lu}/u, (char) => char.toLowerCase());
  return lowerOpening(article, first, text);
}

/** A leading phrase a question can say last: a preposition, a time word or a date, up to its comma, with no verb. */
function leadAt(tokens: readonly Token[], from: number, end: number): Span | undefined | null {
  const token = tokens[from] as Token;
  const word = lower(token);
  const opens = token.pos === 'ADP' || LEAD_WORDS.has(word);
  if (!opens) return undefined;
  // "About 30 percent of adults…": an approximation opens the subject, not a leading phrase.
  if (APPROXIMATORS.has(word) && tokens[from + 1]?.pos === 'NUM') return undefined;
  for (let k = from + 1; k <= end && k <= from + 10; k++) {
    const next = tokens[k] as Token;
    if (next.text === ',') return k - 1 >= from ? { first: from, last: k - 1 } : null;
    if (isVerbish(next) || next.pos === 'PRON' || next.text === '"') return null;
  }
  return null;
}

const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under']);

interface SubjectScan {
  subject: Span;
  adverbs: number[];
  /** Index of the finite verb. */
  verbAt: number;
  skip: Set<number>;
}

/** The subject from `from` to its verb, skipping an appositive or a relative clause set off by commas. */
function subjectFrom(tokens: readonly Token[], from: number, end: number): SubjectScan | undefined {
  let i = from;
  const skip = new Set<number>();
  let subjectLast = -1;
  let named = false;
  while (i <= end) {
    const token = tokens[i] as Token;
    if (isVerbish(token)) break;
    const text = lower(token);
    const allowed = SUBJECT_POS.has(token.pos) || (token.pos === 'ADP' && i > from && SUBJECT_ADPOSITIONS.has(text)) || (token.text === '-' && tokens[i - 1]?.end === token.start);
    if (token.text === ',' && subjectLast !== -1) {
      // "Geoff Lambert, chairman of the Millbrook Traders Association, said…", "Okafor, who joined…, has…"
      let close = -1;
      for (let k = i + 1; k <= end && k <= i + 30; k++) if (tokens[k]?.text === ',') {
        close = k;
        break;
      }
      if (close === -1 || !isVerbish(tokens[close + 1])) return undefined;
      const opener = lower(tokens[i + 1]);
      if (opener !== 'who' && opener !== 'which' && hasVerbBetween(tokens, i + 1, close - 1)) return undefined;
      for (let k = i; k <= close; k++) skip.add(k);
      i = close + 1;
      break;
    }
    // "Fast bowler Jasprit Bumrah", "About 30 percent of adults": an adverb inside the noun phrase.
    const inPhrase = (token.pos === 'ADV' && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[i + 1]?.pos ?? '') && !isVerbish(tokens[i + 1])) || (i === from && APPROXIMATORS.has(text) && tokens[i + 1]?.pos === 'NUM');
    if (!allowed && !inPhrase) {
      if (token.pos === 'ADV' && subjectLast !== -1) break;
      return undefined;
    }
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'NUM') named = true;
    subjectLast = i;
    i++;
    if (i - from > 16) return undefined;
  }
  if (!named || subjectLast === -1) return undefined;
  // A subject ends on its noun and holds no amount after it: "the terminal cost $450 million and" is a verb
  // the tagger read as a noun, not a subject.
  const lastPos = (tokens[subjectLast] as Token).pos;
  if (lastPos !== 'NOUN' && lastPos !== 'PROPN' && lastPos !== 'NUM') return undefined;
  for (let k = from; k <= subjectLast; k++) {
    const token = tokens[k] as Token;
    if (token.pos === 'SYM' && k > from) return undefined;
    if (token.pos === 'NUM' && k > from && ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '') && !/^\d{1,4}$/.test(token.text)) return undefined;
    if (token.pos === 'CCONJ' && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')) return undefined;
  }
  const adverbs: number[] = [];
  while (i <= end && (tokens[i] as Token).pos === 'ADV') {
    adverbs.push(i);
    i++;
  }
  if (!isFinite(tokens[i])) return undefined;
  return { subject: { first: from, last: subjectLast }, adverbs, verbAt: i, skip };
}

interface Chain {
  chain: number[];
  adverbs: number[];
  next: number;
  negated: boolean;
}

function chainFrom(tokens: readonly Token[], verbAt: number, end: number): Chain {
  const chain = [verbAt];
  const adverbs: number[] = [];
  let negated = false;
  let i = verbAt + 1;
  if ((tokens[verbAt] as Token).pos === 'AUX') {
    while (i <= end) {
      const token = tokens[i] as Token;
      const text = lower(token);
      if (NEGATIONS.has(text)) {
        negated = true;
        i++;
      } else if (token.pos === 'ADV' && isVerbish(tokens[i + 1])) {
        adverbs.push(i);
        i++;
      } else if (token.pos === 'AUX') {
        chain.push(i);
        i++;
      } else if (token.pos === 'VERB') {
        chain.push(i);
        i++;
        break;
      } else break;
    }
  }
  return { chain, adverbs, next: i, negated };
}

/** Main, reported and relative clauses of a sentence that a question can be built on. */
export function clausesOf(corpus: Corpus, article: AnalysedArticle, view: SentenceView): Clause[] {
  const tokens = article.ingested.tokens;
  const end = wordingEnd(tokens, view);
  const clauses: Clause[] = [];
  const main = clauseFrom(article, view, view.first, end, 'main');
  if (main) {
    clauses.push(main);
    // "Chief executive Ingrid Solberg said Northwind would return $800 million…": the reported clause.
    const verb = tokens[main.chain[main.chain.length - 1] as number] as Token;
    if (main.chain.length === 1 && REPORTING_VERBS.has(lower(verb)) && !main.lead && !main.attribution) {
      let from = main.restFirst;
      if (lower(tokens[from]) === 'that') from++;
      const reported = from <= end ? clauseFrom(article, view, from, end, 'reported') : undefined;
      if (reported && !reported.attribution && !reported.lead) {
        const subject = main.subjectText ?? sourceText(article, main.subject.first, main.subject.last);
        if (!/^(he|she|they|it|we|i|you)$/i.test(subject)) {
          reported.attribution = { text: `according to ${subject}`, source: main.subject };
          clauses.push(reported);
        }
      }
    }
  }
  clauses.push(...relativeClauses(corpus, article, view, end));
  return clauses;
}

function clauseFrom(article: AnalysedArticle, view: SentenceView, from: number, end: number, kind: Clause['kind']): Clause | undefined {
  const tokens = article.ingested.tokens;
  let start = from;
  let lead: Span | undefined;
  let attribution: Clause['attribution'];
  if (lower(tokens[start]) === 'according' && lower(tokens[start + 1]) === 'to') {
    let comma = -1;
    for (let k = start + 2; k <= end && k <= start + 12; k++) if (tokens[k]?.text === ',') {
      comma = k;
      break;
    }
    if (comma === -1 || !isSourcePhrase(tokens, start + 2, comma - 1)) return undefined;
    attribution = { text: `according to ${sourceText(article, start + 2, comma - 1)}`, source: { first: start + 2, last: comma - 1 } };
    start = comma + 1;
  } else {
    const found = leadAt(tokens, start, end);
    if (found === null) return undefined;
    if (found) {
      lead = found;
      start = found.last + 2;
    }
  }
  if (start > end) return undefined;
  let scan: SubjectScan | undefined;
  let subjectText: string | undefined;
  if (view.resolved && view.resolved.token === start) {
    if (!isFinite(tokens[start + 1]) && (tokens[start + 1] as Token | undefined)?.pos !== 'ADV') return undefined;
    let verbAt = start + 1;
    const adverbs: number[] = [];
    while (verbAt <= end && (tokens[verbAt] as Token).pos === 'ADV') adverbs.push(verbAt++);
    if (!isFinite(tokens[verbAt])) return undefined;
    scan = { subject: { first: start, last: start }, adverbs, verbAt, skip: new Set() };
    subjectText = view.resolved.text;
  } else {
    scan = subjectFrom(tokens, start, end);
    if (!scan) return undefined;
    for (let i = scan.subject.first; i <= scan.subject.last; i++) if ((tokens[i] as Token).pos === 'PRON' || (view.resolved && view.resolved.token === i)) return undefined;
  }
  const chain = chainFrom(tokens, scan.verbAt, end);
  const predicate = predicateFrom(tokens, chain.next, end);
  attribution ??= attributionAfter(article, predicate.stop, end);
  const skip = new Set([...scan.skip, ...predicate.skip]);
  const clause: Clause = { kind, subject: scan.subject, adverbs: [...scan.adverbs, ...chain.adverbs], chain: chain.chain, restFirst: chain.next, last: predicate.last, skip, negated: chain.negated, rewrites: view.rewrites ?? NO_REWRITES };
  if (lead) clause.lead = lead;
  if (predicate.embeddedFrom !== undefined) clause.embeddedFrom = predicate.embeddedFrom;
  if (subjectText !== undefined) clause.subjectText = subjectText;
  if (attribution) clause.attribution = attribution;
  for (let i = chain.next; i <= predicate.last; i++) if (NEGATIONS.has(lower(tokens[i]))) clause.negated = true;
  return clause;
}

/** "Okafor, who joined Rovers…," / "Azerbaijan — a former Soviet republic which attained…": a clause about a name. */
function relativeClauses(corpus: Corpus, article: AnalysedArticle, view: SentenceView, end: number): Clause[] {
  const tokens = article.ingested.tokens;
  const found: Clause[] = [];
  const passage = article.ingested.normalised.text.slice(view.passageStart, view.sentence.end);
  for (const mention of article.mentions[view.index] ?? []) {
    if (mention.first < view.first) continue;
    const entity: Entity | undefined = corpus.registry.entityOf(mention);
    if (!entity && (mention.kind !== 'name' || mention.last - mention.first > 3)) continue;
    let k = mention.last + 1;
    const opener = tokens[k];
    if (!opener || (opener.text !== ',' && !isSpacedDash(tokens, k))) continue;
    k++;
    // An appositive noun phrase before the relative pronoun: "— a former Soviet republic which…"
    if (!['who', 'which'].includes(lower(tokens[k]))) {
      if (!['a', 'an', 'the'].includes(lower(tokens[k]))) continue;
      let rel = -1;
      for (let j = k + 1; j <= end && j <= k + 8; j++) {
        const token = tokens[j] as Token;
        if (['who', 'which', 'that'].includes(lower(token))) {
          rel = j;
          break;
        }
        if (isVerbish(token) || token.text === ',' || DASHES.has(token.text)) break;
      }
      if (rel === -1) continue;
      k = rel;
    }
    const verbAt = k + 1;
    if (!isFinite(tokens[verbAt])) continue;
    const chain = chainFrom(tokens, verbAt, end);
    const predicate = predicateFrom(tokens, chain.next, end);
    if (predicate.last < chain.next) continue;
    let label = entity ? mentionLabel(article, mention, entity, passage).label : mention.surface;
    // "The Parker Solar Probe, which weighs…": the article the name is written with.
    if (entity?.kind !== 'person' && /^the$/i.test(tokens[mention.first - 1]?.text ?? '') && label === mention.surface) label = `the ${label}`;
    if (entity?.kind === 'person' && label !== entity.name && label !== entity.shortName) continue;
    found.push({ kind: 'relative', subject: { first: mention.first, last: mention.last }, subjectText: label, adverbs: chain.adverbs, chain: chain.chain, restFirst: chain.next, last: predicate.last, skip: predicate.skip, negated: chain.negated, rewrites: view.rewrites ?? NO_REWRITES });
  }
  return found;
}

/** Titles written with a capital before a name ("President Ilham Aliyev", "Captain Erik Vold"). */
const FORMAL_TITLES = new Set(['president', 'minister', 'premier', 'chancellor', 'secretary', 'mayor', 'governor', 'senator', 'congressman', 'congresswoman', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'archbishop', 'rabbi', 'imam', 'general', 'admiral', 'colonel', 'commander', 'sergeant', 'detective', 'judge', 'justice', 'ambassador', 'emir', 'sultan', 'ayatollah', 'professor', 'sheriff', 'inspector', 'constable', 'captain', 'doctor', 'chairman', 'president-elect', 'vice-president']);

const lowerCaseWords = new WeakMap<AnalysedArticle, Set<string>>();

/** Whether the article writes `word` in lower case somewhere: then a capital on it only opens a sentence. */
function writesLowerCase(article: AnalysedArticle, word: string): boolean {
  let words = lowerCaseWords.get(article);
  if (!words) {
    words = new Set();
    for (const token of article.ingested.tokens) {
      const code = token.text.charCodeAt(0);
      if (code >= 97 && code <= 122) words.add(token.text);
    }
    lowerCaseWords.set(article, words);
  }
  return words.has(word) || (word.endsWith('s') && words.has(word.slice(0, -1)));
}

/** A sentence's first word as a question reads it mid-sentence: "The council" → "the council", "Israel" stays. */
export function lowerOpening(article: AnalysedArticle, at: number, text: string): string {
  const tokens = article.ingested.tokens;
  const token = tokens[at] as Token;
  if (!/^\p{Lu}(\p{Ll}|$)/u.test(token.text)) return text;
  // "Work on the first section…": a capitalised word before a lower-case preposition that names nothing.
  const next = tokens[at + 1];
  const unnamed = token.pos === 'PROPN' && next !== undefined && next.pos === 'ADP' && /^\p{Ll}/u.test(next.text) && !namedAt(article, at);
  // "Striker Pablo Reyes", "Chief executive Ingrid Solberg": a job word, unlike a formal title ("President X").
  const head = roleHeadOf(token.text);
  const jobWord = head !== undefined && !FORMAL_TITLES.has(head) && next !== undefined && /^\p{Lu}|^\p{Ll}/u.test(next.text);
  // A capital before another capital starts a title or a name ("Foreign Minister Eli Cohen"), whatever the word.
  const runsOn = next !== undefined && /^\p{Lu}/u.test(next.text) && next.start === token.end + 1;
  const functionWord = ['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'NUM'].includes(token.pos);
  const lowerCase = functionWord || jobWord || (!runsOn && (['NOUN', 'ADJ'].includes(token.pos) || unnamed || writesLowerCase(article, token.lower)));
  return lowerCase ? text.replace(/^\p{Lu}/u, (char) => char.toLowerCase()) : text;
}

/** Whether a token starts a name the corpus knows (a person, place or organisation). */
function namedAt(article: AnalysedArticle, at: number): boolean {
  const sentences = article.ingested.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as (typeof sentences)[number];
    if (sentence.last < at) low = middle + 1;
    else if (sentence.first > at) high = middle - 1;
    else return (article.mentions[middle] ?? []).some((mention) => mention.first === at && mention.kind !== 'name');
  }
  return false;
}

/** The subject as a question reads it: a function word or common noun opening the sentence loses its capital. */
export function subjectOf(article: AnalysedArticle, view: SentenceView, clause: Clause): string {
  if (clause.subjectText !== undefined) return clause.subjectText;
  const text = renderSpan(article, clause.subject.first, clause.subject.last, clause.skip, clause.rewrites);
  return clause.subject.first === view.first ? lowerOpening(article, clause.subject.first, text) : text;
}

/** Tokens first..last without `skip` (and without dropped adverbs), with the text's own spacing. */
export function renderSpan(article: AnalysedArticle, first: number, last: number, skip: ReadonlySet<number> = new Set(), replacements: ReadonlyMap<number, string> = new Map()): string {
  const { tokens, normalised } = article.ingested;
  let out = '';
  for (let i = first; i <= last; i++) {
    if (skip.has(i)) continue;
    const token = tokens[i] as Token;
    const spaced = i > first && (tokens[i - 1] as Token).end < token.start;
    const text = replacements.get(i) ?? normalised.text.slice(token.start, token.end);
    if (text === '') continue;
    out += (out !== '' && spaced ? ' ' : '') + text;
  }
  return out;
}

/** Tokens of a clause's predicate that a question drops: additive adverbs and a closing "as well". */
export function droppedWords(tokens: readonly Token[], first: number, last: number): Set<number> {
  const dropped = new Set<number>();
  for (let i = first; i <= last; i++) {
    const token = tokens[i] as Token;
    const text = lower(token);
    if (token.pos === 'ADV' && ADDITIVE_ADVERBS.has(text)) dropped.add(i);
    if (text === 'as' && lower(tokens[i + 1]) === 'well' && i + 1 === last) {
      dropped.add(i);
      dropped.add(i + 1);
    }
  }
  return dropped;
}

/**
 * The clause turned round for a question, with do-support where the verb stands alone: "did Iran expel",
 * "has Iran been conducting", "will the project cost". Undefined when the verb's tense cannot be told or the
 * clause is negated. `replaceVerb` swaps the main verb's lemma ("buy" → "spend") and participle.
 */
export function invertClause(article: AnalysedArticle, view: SentenceView, clause: Clause, replaceVerb?: { lemma: string; participle: string }): string | undefined {
  if (clause.negated) return undefined;
  const tokens = article.ingested.tokens;
  const subject = subjectOf(article, view, clause);
  const adverbs = clause.adverbs.filter((i) => !ADDITIVE_ADVERBS.has(lower(tokens[i]))).map((i) => (tokens[i] as Token).text);
  const first = tokens[clause.chain[0] as number] as Token;
  const firstText = lower(first);
  const parts: string[] = [];
  if (first.pos === 'AUX') {
    if (!AUXILIARIES.has(firstText)) return undefined;
    const rest = clause.chain.slice(1).map((i) => (tokens[i] as Token).text);
    // "Northwind has 9,400 staff": "have" as the main verb takes do-support.
    if (rest.length === 0 && ['has', 'have', 'had'].includes(firstText)) {
      const auxiliary = firstText === 'has' ? 'does' : firstText === 'have' ? 'do' : 'did';
      return [auxiliary, subject, ...adverbs, 'have'].join(' ');
    }
    if (replaceVerb && rest.length > 0) rest[rest.length - 1] = replaceVerb.participle;
    parts.push(firstText, subject, ...adverbs, ...rest);
    return parts.join(' ');
  }
  if (clause.chain.length !== 1) return undefined;
  const verb = first.text;
  const lowerVerb = verb.toLowerCase();
  if (/^\p{Lu}/u.test(verb) && clause.chain[0] === view.first) return undefined;
  const lemma = verbLemma(verb);
  let auxiliary: string;
  if (AMBIGUOUS_FORMS.has(lowerVerb)) {
    // "India beat England … on Monday": a past time settles the tense; otherwise it cannot be told.
    if (!hasPastMarker(tokens, clause)) return undefined;
    auxiliary = 'did';
  } else if (lemma === lowerVerb) {
    // "Azerbaijanis buy": a plural present; anything else unmarked is a form the lemmatiser did not know.
    if (/(ed|s)$/.test(lowerVerb)) return undefined;
    const head = tokens[clause.subject.last] as Token;
    if (clause.subjectText !== undefined || !/s$/.test(head.text) || head.pos === 'PROPN') return undefined;
    auxiliary = 'do';
  } else if (/s$/.test(lowerVerb) && (lowerVerb === `${lemma}s` || lowerVerb === `${lemma}es` || lowerVerb === `${lemma.slice(0, -1)}ies`)) auxiliary = 'does';
  else auxiliary = 'did';
  return [auxiliary, subject, ...adverbs, replaceVerb?.lemma ?? lemma].join(' ');
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'ago', 'last', 'earlier']);

function hasPastMarker(tokens: readonly Token[], clause: Clause): boolean {
  const from = clause.lead?.first ?? clause.subject.first;
  for (let i = from; i <= clause.last; i++) if (WEEKDAYS.has(lower(tokens[i]))) return true;
  return false;
}

/** The lead said at the end of a question: "… between 2016 and 2020". */
export function leadText(article: AnalysedArticle, clause: Clause): string | undefined {
  const lead = clause.lead;
  return lead && lowerOpening(article, lead.first, renderSpan(article, lead.first, lead.last, undefined, clause.rewrites));
}

/**
 * Where a question says the clause's leading phrase: last ("… between 2016 and 2020?") when nothing after the
 * verb could take it, else first ("On Thursday, who said that…?"), so it never attaches to a reported clause.
 */
export function placeLead(article: AnalysedArticle, clause: Clause): { before?: string; after?: string } {
  const text = leadText(article, clause);
  if (text === undefined) return {};
  const tokens = article.ingested.tokens;
  const main = tokens[clause.chain[clause.chain.length - 1] as number] as Token;
  let laterVerb = REPORTING_VERBS.has(lower(main));
  for (let i = clause.restFirst; i <= clause.last && !laterVerb; i++) {
    // "foreign-manufactured" is an adjective, whatever its second half is tagged.
    const compound = tokens[i - 1]?.text === '-' && tokens[i - 1]?.end === tokens[i]?.start;
    if (!clause.skip.has(i) && isVerbish(tokens[i]) && !compound) laterVerb = true;
  }
  return laterVerb ? { before: `${text.replace(/^\p{Ll}/u, (char) => char.toUpperCase())},` } : { after: text };
}

/** Token replacements for rendering a clause: the view's rewrites and any of the question's own. */
export function rewritesWith(clause: Clause, own?: ReadonlyMap<number, string>): ReadonlyMap<number, string> {
  if (!own || own.size === 0) return clause.rewrites;
  return new Map([...clause.rewrites, ...own]);
}

/** Joins the parts of a question and tidies spacing and punctuation; a leading phrase goes first or last. */
export function finishQuestion(parts: ReadonlyArray<string | undefined>, lead: { before?: string; after?: string } = {}): string {
  // Said last, but before a closing source (", according to …").
  const source = parts.findIndex((part) => part?.startsWith(', '));
  const ordered = source === -1 ? [...parts, lead.after] : [...parts.slice(0, source), lead.after, ...parts.slice(source)];
  const body = ordered.filter((part): part is string => part !== undefined && part !== '');
  // "Which organisation…" after a leading phrase: the question word is mid-sentence now.
  if (lead.before && body[0]) body[0] = body[0].replace(/^(Which|Who|How|What|According|In|On|By|For|At|Within|After)\b/, (word) => word.toLowerCase());
  const text = [lead.before, ...body].filter(Boolean).join(' ')
    .replace(/\s+([,.;:?!])/g, '$1')
    .replace(/,(\s*,)+/g, ',')
    .replace(/[,;:]\s*$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return `${text.replace(/^\p{Ll}/u, (char) => char.toUpperCase()).replace(/[.!]$/, '')}?`;
}
