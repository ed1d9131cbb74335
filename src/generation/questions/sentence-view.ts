import type { AnalysedArticle, Corpus } from '../corpus.ts';
import type { Entity } from '../entities/entity-registry.ts';
import type { Mention } from '../entities/find-mentions.ts';
import { lookUpPlace } from '../entities/lexicon/places.ts';
import { DISCOURSE_MARKERS, LEADING_PRONOUNS } from '../entities/lexicon/roles.ts';
import { lowerAt, type Sentence, type Token } from '../nlp/analyse-body.ts';

/** A sentence prepared for a stand-alone question: discourse link dropped, a leading he/she/it resolved. */
export interface SentenceView {
  sentence: Sentence;
  /** Index of the sentence in its article. */
  index: number;
  /** First token the question text starts from (after "And," / "Indeed,"). */
  first: number;
  /** Normalised-text range of the passage to cite: the sentence, widened back to the antecedent when resolved. */
  passageStart: number;
  /** A replacement for the leading pronoun, with the token it replaces. */
  resolved?: { token: number; text: string; entity: Entity };
  /** Other words a question reads differently, by token: "Until that point" → "Until 2020". */
  rewrites?: Map<number, string>;
}

/** First words of the discourse markers, so most sentences skip the marker pattern. */
const MARKER_OPENERS = new Set(['and', 'but', 'so', 'yet', 'also', 'indeed', 'however', 'furthermore', 'moreover', 'nevertheless', 'nonetheless', 'meanwhile', 'still', 'instead', 'in', 'after', 'of', 'even', 'as', 'at', 'above', 'for']);
const MIN_TOKENS = 7;
const MAX_TOKENS = 55;
const MAX_CHARS = 320;

export function tokenText(article: AnalysedArticle, first: number, last: number): string {
  const { tokens, normalised } = article.ingested;
  return normalised.text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
}

/** The nearest earlier person (he/she) or place/organisation subject (it) within this or the previous paragraph. */
export function antecedent(corpus: Corpus, article: AnalysedArticle, sentenceIndex: number, pronoun: string): { entity: Entity; sentence: number } | undefined {
  const sentences = article.ingested.sentences;
  const paragraph = (sentences[sentenceIndex] as Sentence).paragraph;
  for (let s = sentenceIndex - 1; s >= 0 && s >= sentenceIndex - 2; s--) {
    const candidate = sentences[s] as Sentence;
    if (candidate.paragraph < paragraph - 1) break;
    const mentions = (article.mentions[s] ?? []).filter((mention) => corpus.registry.entityOf(mention));
    if (pronoun === 'it') {
      const subject = mentions[0];
      const entity = subject && corpus.registry.entityOf(subject);
      if (entity && entity.kind !== 'person' && subject && subject.first <= candidate.first + 1) return { entity, sentence: s };
      return undefined;
    }
    const people = new Set(mentions.map((mention) => corpus.registry.entityOf(mention)).filter((entity) => entity?.kind === 'person'));
    if (people.size === 1) return { entity: [...people][0] as Entity, sentence: s };
    if (people.size > 1) return undefined; // two people: "he" is ambiguous, so the sentence is not used
  }
  return undefined;
}

const quotationSpans = new WeakMap<object, Array<[number, number]>>();
const LONGEST_QUOTATION = 1500;
const QUOTATION = new RegExp(`"[^"]{0,${LONGEST_QUOTATION}}"`, 'g');

/**
 * Whether the sentence is part of a quotation that runs over several sentences ("…the region. Azerbaijan is a
 * Muslim state…" inside quotes): a speaker's opinion is asked as "who said", never as a fact. Quotation marks
 * are paired within a bounded distance, so one stray mark cannot swallow the rest of a long paragraph.
 */
function insideQuotation(article: AnalysedArticle, sentence: Sentence): boolean {
  const paragraph = article.ingested.paragraphs[sentence.paragraph];
  if (!paragraph) return false;
  let spans = quotationSpans.get(paragraph);
  if (!spans) {
    spans = [];
    const text = article.ingested.normalised.text.slice(paragraph.start, paragraph.end);
    // Most paragraphs quote no one.
    if (text.includes('"')) {
      for (const match of text.matchAll(QUOTATION)) {
        const start = paragraph.start + (match.index ?? 0);
        spans.push([start, start + match[0].length]);
      }
      // A quotation still open at the end of its paragraph continues into the next one; that paragraph opens
      // with a new mark of its own, so nothing is lost by ending the span here.
      let marks = 0;
      for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) marks++;
      if (marks % 2 === 1) {
        const last = text.lastIndexOf('"');
        if (text.length - last <= LONGEST_QUOTATION) spans.push([paragraph.start + last, paragraph.end]);
      }
    }
    quotationSpans.set(paragraph, spans);
  }
  return spans.some(([start, end]) => start < sentence.start && sentence.start < end);
}

const BACK_REFERENCES = new Set(['it', 'they', 'them', 'this', 'these', 'those', 'he', 'she', 'him', 'her', 'that']);
const PLURAL_PRONOUNS = new Set(['they', 'them']);
/** Verbs and phrases whose meaning is in the sentence before ("Azerbaijan reciprocated", "did so", "followed suit"). */
const LEANING_WORDS = new Set(['likewise', 'thereafter']);
const RECIPROCAL_VERBS = new Set(['reciprocated', 'reciprocate', 'reciprocates', 'reciprocating', 'responded', 'retaliated', 'retaliates', 'responds']);
const LEANING_PHRASES = [['followed', 'suit'], ['follow', 'suit'], ['follows', 'suit'], ['in', 'response'], ['in', 'return'], ['at', 'the', 'time'], ['by', 'then'], ['until', 'then'], ['since', 'then'], ['at', 'that', 'time']];
const LEANING_PHRASES_BY_WORD = new Map<string, string[][]>();
for (const phrase of LEANING_PHRASES) LEANING_PHRASES_BY_WORD.set(phrase[0] as string, [...(LEANING_PHRASES_BY_WORD.get(phrase[0] as string) ?? []), phrase]);
const NO_PHRASES: string[][] = [];
/** Said at the start of a sentence, these point at a time the previous one gave ("Until that point, …"). */
const LEANING_OPENERS = [['that', 'point'], ['that', 'moment'], ['this', 'point'], ['that', 'time'], ['this', 'time']];
/** Nouns that, after "the" with nothing to say which, point back at something already told ("the move"). */
const LEANING_NOUNS = new Set(['move', 'decision', 'step', 'deal', 'measure', 'incident', 'announcement', 'agreement', 'proposal', 'statement', 'remarks', 'comments', 'development', 'situation', 'latter', 'former', 'allegations', 'claims', 'claim', 'findings']);

const POST_MODIFIERS = new Set(['to', 'of', 'by', 'that', 'which', 'who', 'on', 'in', 'for', 'with', 'between', 'from', 'at', 'about', 'over', 'against', 'among']);
const TIME_NOUNS = new Set(['year', 'week', 'month', 'season', 'morning', 'afternoon', 'evening', 'summer', 'winter', 'spring', 'autumn', 'weekend', 'century', 'decade', 'time', 'point', 'stage']);
const OPENING_CLAUSE = 12;

function hasVerbBefore(tokens: readonly Token[], first: number, at: number): boolean {
  for (let i = first; i < at; i++) if (tokens[i]?.pos === 'VERB' || (tokens[i]?.pos === 'AUX' && i < at - 1)) return true;
  return false;
}

/**
 * A sentence that leans on what came before: a pronoun ahead of anything it could stand for ("First, it
 * was…", "All of this…"), a "there"/"then" that points at a place or time only the previous sentence gave,
 * a demonstrative or bare definite noun ("these factors", "the move"), or a verb whose object is the
 * previous sentence ("reciprocated", "did so", "followed suit").
 */
function leansOnContext(corpus: Corpus, article: AnalysedArticle, first: number, sentence: Sentence, sentenceIndex: number, resolved: ReadonlySet<number> = new Set()): boolean {
  const tokens = article.ingested.tokens;
  const firstName = (article.mentions[sentenceIndex] ?? []).find((mention) => corpus.registry.entityOf(mention))?.first ?? sentence.last + 1;
  let nouns = 0;
  let pluralNouns = 0;
  for (let i = first + 1; i <= sentence.last; i++) {
    const token = tokens[i] as Token;
    const word = token.lower;
    if (token.pos === 'PRON' && BACK_REFERENCES.has(word) && i < firstName) {
      // "…608,000 people in 2022, most of them children": a pronoun after what it stands for is fine.
      const standsFor = PLURAL_PRONOUNS.has(word) ? pluralNouns > 0 : word === 'it' ? nouns > 0 : false;
      if (!standsFor) return true;
    }
    if (token.pos === 'NOUN' || token.pos === 'PROPN') {
      nouns++;
      if (/[^s]s$/.test(word) || word === 'people' || word === 'children') pluralNouns++;
    }
    if ((word === 'there' || word === 'then') && !resolved.has(i) && !/^(is|are|was|were|has|have|had|will|remains?)$/i.test(tokens[i + 1]?.text ?? '')) return true;
    if (LEANING_WORDS.has(word)) return true;
    // "Azerbaijan reciprocated only this past March": the sentence's own verb, with its object left to the one before.
    if (RECIPROCAL_VERBS.has(word) && !hasVerbBefore(tokens, first, i) && ['PUNCT', 'ADV', 'ADP'].includes(tokens[i + 1]?.pos ?? 'PUNCT')) return true;
    for (const phrase of LEANING_PHRASES_BY_WORD.get(word) ?? NO_PHRASES) if (phrase.every((part, offset) => lowerAt(tokens, i + offset) === part)) return true;
    // "…and Cyprus did so": but "a decision to open an embassy … to do so" says in the sentence what it does.
    if (/^(do|does|did|done|doing)$/.test(word) && lowerAt(tokens, i + 1) === 'so' && !hasVerbBefore(tokens, first, i)) return true;
    if (i - first <= 3 && (word === 'that' || word === 'this')) for (const phrase of LEANING_OPENERS) if (phrase[0] === word && phrase.every((part, offset) => lowerAt(tokens, i + offset) === part)) return true;
    // "did the same", "said the same" (but "the same perception of…")
    if (word === 'the' && lowerAt(tokens, i + 1) === 'same' && !['NOUN', 'ADJ'].includes(tokens[i + 2]?.pos ?? '')) return true;
    // "these factors", "that line of defense" in the sentence's opening clause (but "this year"); further on,
    // "that process" mostly points at something the sentence itself has just named.
    if ((word === 'these' || word === 'those' || word === 'this' || word === 'that') && token.pos === 'DET' && i - first <= OPENING_CLAUSE && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'ADJ') && !TIME_NOUNS.has(lowerAt(tokens, i + 1))) return true;
    if (word === 'the' && LEANING_NOUNS.has(lowerAt(tokens, i + 1)) && !POST_MODIFIERS.has(lowerAt(tokens, i + 2)) && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[i + 2]?.pos ?? '')) return true;
  }
  // The opening word too: "The move…", "These factors…"
  const opener = lowerAt(tokens, first);
  if (opener === 'the' && LEANING_NOUNS.has(lowerAt(tokens, first + 1)) && !POST_MODIFIERS.has(lowerAt(tokens, first + 2))) return true;
  if (LEANING_WORDS.has(opener)) return true;
  return false;
}

const TIME_POINTERS = new Set(['point', 'time', 'moment', 'stage', 'date']);
const DATE_QUANTITIES = new Set(['year', 'full-date', 'month-day']);

/**
 * "Until that point, Azerbaijan had bought…" after a sentence that gives one date ("…war with Armenia in
 * 2020…"): the pointer becomes the date ("Until 2020") and the passage reaches back to the sentence giving it.
 * Undefined when the sentence opens with no such pointer; null when it does but the date cannot be told.
 */
function resolvePointedTime(article: AnalysedArticle, view: SentenceView): true | undefined | null {
  const tokens = article.ingested.tokens;
  const at = view.first;
  const preposition = lowerAt(tokens, at);
  if (!/^(until|till|by|at|since|before)$/.test(preposition)) return undefined;
  let pointerLast: number;
  if (lowerAt(tokens, at + 1) === 'then') pointerLast = at + 1;
  else if (/^(that|this)$/.test(lowerAt(tokens, at + 1)) && TIME_POINTERS.has(lowerAt(tokens, at + 2))) pointerLast = at + 2;
  else return undefined;
  if (tokens[pointerLast + 1]?.text !== ',') return null;
  const previous = view.index - 1;
  const before = article.ingested.sentences[previous];
  if (!before || before.paragraph !== view.sentence.paragraph) return null;
  const dates = (article.quantities[previous] ?? []).filter((quantity) => DATE_QUANTITIES.has(quantity.kind));
  if (dates.length !== 1) return null;
  const date = dates[0] as { kind: string; text: string };
  const opening = preposition === 'at' ? (date.kind === 'year' ? 'in' : 'on') : preposition;
  const capitalised = /^\p{Lu}/u.test((tokens[at] as Token).text);
  view.rewrites = new Map([[at, `${capitalised ? opening.replace(/^\p{Ll}/u, (char) => char.toUpperCase()) : opening} ${date.text}`]]);
  for (let i = at + 1; i <= pointerLast; i++) view.rewrites.set(i, '');
  view.passageStart = before.start;
  return true;
}

const MOTION_VERBS = new Set(['went', 'travelled', 'traveled', 'flew', 'came', 'returned']);

/** The one place a sentence names (not an adjective like "Israeli"), or the one its own "there" stood for. */
function placeInFocus(corpus: Corpus, article: AnalysedArticle, sentenceIndex: number, depth: number): Entity | undefined {
  const places = new Set<Entity>();
  for (const mention of article.mentions[sentenceIndex] ?? []) {
    const entity = corpus.registry.entityOf(mention);
    if (entity?.kind === 'place' && (mention.surface === entity.name || /^[\p{Lu}\s]+$/u.test(mention.surface) === false && !isDemonymSurface(mention.surface))) places.add(entity);
  }
  if (places.size === 1) return [...places][0];
  if (places.size > 1 || depth === 0 || sentenceIndex === 0) return undefined;
  const sentence = article.ingested.sentences[sentenceIndex] as Sentence;
  const before = article.ingested.sentences[sentenceIndex - 1];
  if (!before || before.paragraph !== sentence.paragraph) return undefined;
  // "Foreign Minister Eli Cohen was there in April. President Isaac Herzog went in May.": the same place.
  const tokens = article.ingested.tokens;
  let pointer = false;
  for (let i = sentence.first; i <= sentence.last; i++) if ((tokens[i] as Token).lower === 'there' || MOTION_VERBS.has((tokens[i] as Token).lower)) pointer = true;
  return pointer ? placeInFocus(corpus, article, sentenceIndex - 1, depth - 1) : undefined;
}

function isDemonymSurface(surface: string): boolean {
  return /(ian|ean|ese|ish|i|an|ic)s?$/.test(surface) && lookUpPlace(surface)?.name !== surface;
}

/**
 * "Foreign Minister Eli Cohen was there in April." after a sentence about one place: "there" becomes "in
 * Azerbaijan"; "President Isaac Herzog went in May." becomes "went to Azerbaijan". The passage then reaches
 * back to the sentence naming the place. Returns the tokens it rewrote.
 */
function resolvePlacePointer(corpus: Corpus, article: AnalysedArticle, view: SentenceView): Set<number> {
  const tokens = article.ingested.tokens;
  const resolved = new Set<number>();
  const sentence = view.sentence;
  let there = -1;
  let motion = -1;
  for (let i = view.first; i <= sentence.last; i++) {
    const word = (tokens[i] as Token).lower;
    if (word === 'there' && i > view.first && !/^(is|are|was|were|has|have|had|will|remains?)$/i.test(tokens[i + 1]?.text ?? '')) there = i;
    // "went in May", "went last week": a journey with its destination left to the sentence before.
    if (MOTION_VERBS.has(word) && (tokens[i] as Token).pos === 'VERB' && /^(in|on|last|this|earlier|\.)$/i.test(tokens[i + 1]?.text ?? '')) motion = i;
  }
  if (there === -1 && motion === -1) return resolved;
  const before = article.ingested.sentences[view.index - 1];
  if (!before || before.paragraph !== sentence.paragraph) return resolved;
  const place = placeInFocus(corpus, article, view.index - 1, 1);
  if (!place) return resolved;
  view.rewrites ??= new Map();
  if (there !== -1) {
    view.rewrites.set(there, `in ${place.name}`);
    resolved.add(there);
  }
  if (motion !== -1) view.rewrites.set(motion, `${(tokens[motion] as Token).text} to ${place.name}`);
  view.passageStart = Math.min(view.passageStart, before.start);
  return resolved;
}

/**
 * Whether a sentence can stand alone as a question source, and how. Sentences that open with a pronoun are
 * resolved to the obvious antecedent (he/she: the one person just named; it: the place or organisation the
 * previous sentence opened with) or rejected.
 */
export function viewSentence(corpus: Corpus, article: AnalysedArticle, sentenceIndex: number): SentenceView | undefined {
  const sentence = article.ingested.sentences[sentenceIndex];
  if (!sentence) return undefined;
  const tokens = article.ingested.tokens;
  const count = sentence.last - sentence.first + 1;
  const text = article.ingested.normalised.text.slice(sentence.start, sentence.end);
  if (count < MIN_TOKENS || count > MAX_TOKENS || text.length > MAX_CHARS) return undefined;
  if (!/[.!]"?$/.test(text) || text.startsWith('"') || /[[\]]/.test(text)) return undefined;
  let marks = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) marks++;
  if (marks % 2 !== 0) return undefined;
  let verb = false;
  for (let i = sentence.first; i <= sentence.last && !verb; i++) verb = (tokens[i] as Token).pos === 'VERB' || (tokens[i] as Token).pos === 'AUX';
  if (!verb) return undefined;

  let first = sentence.first;
  // A wire dateline ("GENEVA (Reuters) - ") is not part of the sentence a question reads.
  const dateline = /^\p{Lu}[\p{Lu} .,'-]{2,40}(\([^)]{1,40}\))?\s*[-–—]\s+/u.exec(text);
  if (dateline) {
    const skipTo = sentence.start + dateline[0].length;
    while (first < sentence.last && (tokens[first] as Token).start < skipTo) first++;
  }
  const marker = MARKER_OPENERS.has((tokens[first] as Token).lower) ? DISCOURSE_MARKERS.exec(article.ingested.normalised.text.slice((tokens[first] as Token).start, sentence.end)) : null;
  if (marker) {
    const skipTo = (tokens[first] as Token).start + marker[0].length;
    while (first < sentence.last && (tokens[first] as Token).start < skipTo) first++;
  }
  const view: SentenceView = { sentence, index: sentenceIndex, first, passageStart: sentence.start };
  const pointedTime = resolvePointedTime(article, view);
  if (pointedTime === null) return undefined;
  const opener = (tokens[first] as Token).lower;
  const from = view.rewrites ? Math.max(...view.rewrites.keys()) : first;
  const placed = resolvePlacePointer(corpus, article, view);
  if (leansOnContext(corpus, article, from, sentence, sentenceIndex, placed) || insideQuotation(article, sentence)) return undefined;
  if (LEADING_PRONOUNS.has(opener)) {
    if (!['he', 'she', 'it'].includes(opener)) return undefined;
    const found = antecedent(corpus, article, sentenceIndex, opener);
    if (!found) return undefined;
    const entity = found.entity;
    view.resolved = { token: first, text: entity.kind === 'person' ? entity.shortName : entity.name, entity };
    view.passageStart = (article.ingested.sentences[found.sentence] as Sentence).start;
  }
  return view;
}

/**
 * The question text of a sentence from `from` to its end, with a leading pronoun resolved and token ranges
 * replaced (a blank for a cloze). Replacements must not overlap.
 */
export function renderSentence(article: AnalysedArticle, view: SentenceView, from: number, replacements: Array<{ first: number; last: number; text: string }>): string {
  const tokens = article.ingested.tokens;
  const all = [...replacements];
  if (view.resolved && view.resolved.token >= from) all.push({ first: view.resolved.token, last: view.resolved.token, text: view.resolved.text });
  for (const [token, text] of view.rewrites ?? []) {
    if (token >= from && !replacements.some((replacement) => replacement.first <= token && token <= replacement.last)) all.push({ first: token, last: token, text });
  }
  all.sort((a, b) => b.first - a.first);
  const base = (tokens[from] as Token).start;
  let text = article.ingested.normalised.text.slice(base, view.sentence.end);
  for (const replacement of all) {
    const start = (tokens[replacement.first] as Token).start - base;
    const end = (tokens[replacement.last] as Token).end - base;
    text = text.slice(0, start) + replacement.text + text.slice(end);
  }
  return text.replace(/ {2,}/g, ' ').replace(/ ([,.;:])/g, '$1').replace(/^\p{Ll}/u, (char) => char.toUpperCase());
}

/** Entities named in a normalised range (for keeping them out of the distractors). */
export function entitiesBetween(corpus: Corpus, article: AnalysedArticle, start: number, end: number): Set<Entity> {
  const found = new Set<Entity>();
  article.ingested.sentences.forEach((sentence, index) => {
    if (sentence.end <= start || sentence.start >= end) return;
    for (const mention of article.mentions[index] ?? []) {
      const entity = corpus.registry.entityOf(mention);
      if (entity) found.add(entity);
    }
  });
  return found;
}

interface SentenceWords {
  /** Content words in token order, with their token index. */
  entries: Array<{ index: number; word: string }>;
  /** The distinct words, sorted. */
  sorted: string[];
}

const sentenceWords = new WeakMap<Sentence, SentenceWords>();

/** Content words (nouns, names and verbs, lower case) of a sentence: the fact's fingerprint. */
export function keyWordsOf(article: AnalysedArticle, sentence: Sentence, skipFirst = -1, skipLast = skipFirst): string[] {
  let words = sentenceWords.get(sentence);
  if (!words) {
    const entries: SentenceWords['entries'] = [];
    for (let i = sentence.first; i <= sentence.last; i++) {
      const token = article.ingested.tokens[i] as Token;
      if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'VERB') entries.push({ index: i, word: token.lower.endsWith('s') ? token.lower.slice(0, -1) : token.lower });
    }
    words = { entries, sorted: [...new Set(entries.map((entry) => entry.word))].sort() };
    sentenceWords.set(sentence, words);
  }
  if (skipFirst === -1) return words.sorted;
  // Leave out a skipped token's word unless another token of the sentence says it too.
  const skipped = (index: number) => index === skipFirst || index === skipLast;
  let dropped: Set<string> | undefined;
  for (const entry of words.entries) if (skipped(entry.index)) (dropped ??= new Set()).add(entry.word);
  if (!dropped) return words.sorted;
  for (const entry of words.entries) if (!skipped(entry.index)) dropped.delete(entry.word);
  return dropped.size === 0 ? words.sorted : words.sorted.filter((word) => !(dropped as Set<string>).has(word));
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Whether `word` occurs in `text` as a whole word (case-insensitive): "Iran" is not in "Iranian". */
let lastText = '';
let lastLower = '';

/** The text in lower case; the same passage is asked about many times in a row, so the last one is kept. */
function lowered(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

export function hasWord(text: string, word: string, caseSensitive = false): boolean {
  if (word === '') return false;
  const haystack = caseSensitive ? text : lowered(text);
  const needle = caseSensitive ? word : word.toLowerCase();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) return true;
  }
  return false;
}

export function mentionLabel(article: AnalysedArticle, mention: Mention, entity: Entity, passage: string): { label: string; short: boolean } {
  if (hasWord(passage, entity.name)) return { label: entity.name, short: false };
  if (entity.kind === 'person' && hasWord(passage, entity.shortName)) return { label: entity.shortName, short: true };
  return { label: tokenText(article, mention.first, mention.last), short: entity.kind === 'person' };
}

/**
 * The name a figure belongs to: one right after it ("the 2020 Abraham Accords") or just before it with a
 * preposition between ("the Oslo Accords of 1993"). Folded, for comparing across articles.
 */
export function anchorOf(article: AnalysedArticle, sentenceIndex: number, first: number, last: number): string | undefined {
  const tokens = article.ingested.tokens;
  for (const mention of article.mentions[sentenceIndex] ?? []) {
    const joined = mention.first === last + 1 || (mention.last === first - 2 && tokens[first - 1]?.pos === 'ADP');
    if (joined && mention.last > mention.first) return mention.surface.toLowerCase();
  }
  return undefined;
}

/** `{ anchor }` for a candidate's figure, or nothing when it belongs to no name. */
export function anchored(article: AnalysedArticle, sentenceIndex: number, first: number, last: number): { anchor?: string } {
  const anchor = anchorOf(article, sentenceIndex, first, last);
  return anchor === undefined ? {} : { anchor };
}
