import type { AnalysedArticle } from '../corpus.ts';
import { lowerAt, type Sentence, type Token } from '../nlp/analyse-body.ts';
import type { Quantity } from '../nlp/quantities.ts';

/** Whether a sentence places a year before or after the time of writing. */
export type Tense = 'past' | 'future';

const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo']);
const PLAN_WORDS = new Set(['plan', 'plans', 'planning', 'planned']);
/** Present-tense verbs of intent: "aims to open in 2027". */
const INTENT_VERBS = new Set(['aim', 'aims', 'intend', 'intends', 'hope', 'hopes', 'want', 'wants', 'expect', 'expects', 'propose', 'proposes', 'seek', 'seeks', 'vow', 'vows', 'pledge', 'pledges', 'promise', 'promises']);
/** "is expected to", "is due to", "is scheduled for", "is set to": a future unless said in the past tense. */
const SCHEDULE_WORDS = new Set(['expected', 'due', 'set', 'scheduled', 'slated', 'poised', 'going', 'likely']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'been']);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re", 'be', 'being']);
const PERFECT_AUX = new Set(['has', 'have', "'ve"]);
const MODALS = new Set(['may', 'might', 'could', 'would', 'should', 'can', 'must', "'d"]);
/** Simple past forms that do not end in -ed (participles alike are read with their auxiliary). */
const IRREGULAR_PAST = new Set([
  'won', 'took', 'made', 'began', 'came', 'went', 'saw', 'said', 'gave', 'held', 'led', 'left', 'met', 'built', 'sold', 'bought', 'paid', 'found',
  'became', 'grew', 'fell', 'rose', 'lost', 'ran', 'broke', 'struck', 'wrote', 'spoke', 'told', 'brought', 'thought', 'chose', 'drove', 'flew', 'sent',
  'spent', 'kept', 'beat', 'sank', 'shot', 'stood', 'sat', 'sought', 'taught', 'caught', 'fought', 'got', 'knew', 'drew', 'froze', 'hid', 'rode', 'rang',
  'sang', 'swam', 'threw', 'woke', 'wore', 'split', 'quit', 'shut', 'hit', 'cut', 'put', 'let', 'felt', 'dealt', 'meant', 'heard', 'laid', 'fled',
  'slid', 'swept', 'wept', 'lit', 'bore', 'tore', 'swore', 'shook', 'stole', 'forgave', 'overtook', 'undertook', 'withdrew', 'oversaw', 'upheld',
]);
/** A word between a verb and its auxiliary: "had already opened", "did not open". */
const SKIPPABLE = new Set(['not', "n't", 'also', 'already', 'still', 'now', 'first', 'then', 'just', 'later', 'finally', 'eventually', 'originally', 'initially', 'once', 'previously', 'formally', 'officially', 'only', 'since', 'never', 'ever', 'again', 'currently']);

type Reading = Tense | 'unknown';

/** The auxiliaries before a verb at `at` (skipping adverbs), nearest first, and where they stop. */
function auxiliariesBefore(tokens: readonly Token[], at: number, first: number): { words: string[]; from: number } {
  const words: string[] = [];
  let k = at - 1;
  while (k >= first) {
    const token = tokens[k] as Token;
    if (SKIPPABLE.has(token.lower) || (token.pos === 'ADV' && /ly$/.test(token.lower))) {
      k--;
      continue;
    }
    if (token.pos !== 'AUX' && !FUTURE_AUX.has(token.lower) && !PAST_AUX.has(token.lower) && !PRESENT_BE.has(token.lower) && !PERFECT_AUX.has(token.lower) && !MODALS.has(token.lower)) break;
    words.push(token.lower);
    k--;
  }
  return { words, from: k + 1 };
}

/** "plans to", "is expected to", "aims to", "is to": the word before an infinitive's "to" that makes it a future. */
function futureGovernor(tokens: readonly Token[], at: number, first: number): Reading {
  let k = at;
  while (k >= first && SKIPPABLE.has(lowerAt(tokens, k))) k--;
  const word = lowerAt(tokens, k);
  if (PLAN_WORDS.has(word) || INTENT_VERBS.has(word)) return PAST_AUX.has(lowerAt(tokens, k - 1)) ? 'unknown' : 'future';
  if (SCHEDULE_WORDS.has(word)) return PAST_AUX.has(lowerAt(tokens, k - 1)) || PAST_AUX.has(lowerAt(tokens, k - 2)) ? 'unknown' : 'future';
  if (word === 'is' || word === 'are') return 'future'; // "is to open in 2027"
  return 'unknown';
}

/**
 * "plans to hire", "Researchers now plan a third phase": a plan still to come; not "the plan from 2019" nor
 * "a plan agreed in 2019", where it is a noun.
 */
function isPlanVerb(tokens: readonly Token[], at: number, first: number): boolean {
  if (!PLAN_WORDS.has(lowerAt(tokens, at))) return false;
  if (lowerAt(tokens, at + 1) === 'to') return true;
  const previous = at > first ? (tokens[at - 1] as Token) : undefined;
  return previous === undefined || !['DET', 'PRON', 'ADJ', 'PART', 'ADP', 'NUM'].includes(previous.pos);
}

/** A word tagged as a verb that is really a noun or an adjective: "of testing", "three transits", "an estimated 608,000". */
function verbUsedAsNoun(tokens: readonly Token[], at: number, first: number): boolean {
  if (at <= first) return false;
  const previous = tokens[at - 1] as Token;
  return previous.pos === 'DET' || previous.pos === 'NUM' || previous.pos === 'ADP' || previous.pos === 'ADJ';
}

function isPastForm(token: Token): boolean {
  return IRREGULAR_PAST.has(token.lower) || (token.lower.length >= 5 && token.lower.endsWith('ed') && token.pos === 'VERB');
}

/**
 * The tense of the verb group whose main word is at `at`: "will open", "was founded", "opened", "had held",
 * "plans", "is expected to"; 'unknown' for a present tense, a modal, or a past intention ("was due to").
 */
function verbGroupTense(tokens: readonly Token[], at: number, first: number, yearAt: number): Reading {
  const token = tokens[at] as Token;
  const word = token.lower;
  if (FUTURE_AUX.has(word)) return 'future';
  if (isPlanVerb(tokens, at, first)) return PAST_AUX.has(lowerAt(tokens, at - 1)) ? 'unknown' : 'future';
  const next = lowerAt(tokens, at + 1);
  if ((SCHEDULE_WORDS.has(word) || INTENT_VERBS.has(word)) && (next === 'to' || next === 'for')) return futureGovernor(tokens, at, first);
  const { words: auxiliaries, from } = auxiliariesBefore(tokens, at, first);
  if (auxiliaries.some((aux) => FUTURE_AUX.has(aux))) return 'future';
  if (auxiliaries.some((aux) => MODALS.has(aux))) return 'unknown';
  // An infinitive takes its time from what governs it: "plans to hire … by 2026".
  if (from > first && lowerAt(tokens, from - 1) === 'to' && auxiliaries.length === 0) return futureGovernor(tokens, from - 2, first);
  if (token.pos === 'AUX' || PAST_AUX.has(word) || PRESENT_BE.has(word) || PERFECT_AUX.has(word)) {
    if (word === 'was' || word === 'were' || word === 'had' || word === 'did') return 'past';
    return 'unknown';
  }
  if (word.endsWith('ing')) return 'unknown';
  if (isPastForm(token)) {
    if (auxiliaries.some((aux) => PRESENT_BE.has(aux))) return 'unknown'; // "is located", "are held"
    // "has been delayed until 2027": a present perfect can reach forward.
    const reachesForward = /^(until|till|by)$/.test(lowerAt(tokens, yearAt - 1));
    if (reachesForward && auxiliaries.some((aux) => PERFECT_AUX.has(aux))) return 'unknown';
    return 'past';
  }
  if (auxiliaries.some((aux) => aux === 'did' || aux === 'was' || aux === 'were' || aux === 'had')) return 'past';
  return 'unknown';
}

function isVerbLike(tokens: readonly Token[], at: number, first: number): boolean {
  const token = tokens[at] as Token;
  if (FUTURE_AUX.has(token.lower) || isPlanVerb(tokens, at, first)) return true;
  if (PLAN_WORDS.has(token.lower)) return false;
  if (SCHEDULE_WORDS.has(token.lower) && /^(to|for)$/.test(lowerAt(tokens, at + 1))) return true;
  if (token.pos === 'AUX') return true;
  if (token.pos !== 'VERB' && !IRREGULAR_PAST.has(token.lower)) return false;
  return !verbUsedAsNoun(tokens, at, first);
}

/**
 * Whether the sentence places the year at `quantity` in the past or the future, from the verb that governs it:
 * the nearest verb before it ("was founded in 2009", "plans … in 2025", "will open in 2027"), or for a year in
 * a leading phrase ("In 2009, the company was founded") the first verb after it. Undefined when unsure.
 */
export function yearTense(tokens: readonly Token[], sentence: Sentence, quantity: Pick<Quantity, 'first' | 'last'>): Tense | undefined {
  // A year after "since" is behind us whatever the verb.
  if (lowerAt(tokens, quantity.first - 1) === 'since' && quantity.first - 1 >= sentence.first) return 'past';
  for (let k = quantity.first - 1; k >= sentence.first; k--) {
    const word = lowerAt(tokens, k);
    if (word === ';' || word === ':') break;
    if (!isVerbLike(tokens, k, sentence.first)) continue;
    const reading = verbGroupTense(tokens, k, sentence.first, quantity.first);
    return reading === 'unknown' ? undefined : reading;
  }
  // No verb before it in its clause: a leading phrase, read from the main clause's first verb.
  for (let k = quantity.last + 1; k <= sentence.last; k++) {
    const word = lowerAt(tokens, k);
    if (word === ';' || word === ':') return undefined;
    if (!isVerbLike(tokens, k, sentence.first)) continue;
    // The first word of the verb group decides: "was founded", "will open", "plans to".
    const reading = verbGroupTense(tokens, k, sentence.first, quantity.first);
    if (reading !== 'unknown') return reading;
    const after = k + 1 <= sentence.last && isVerbLike(tokens, k + 1, sentence.first) ? verbGroupTense(tokens, k + 1, sentence.first, quantity.first) : 'unknown';
    return after === 'unknown' ? undefined : after;
  }
  return undefined;
}

/** The year a date quantity names: a lone year, or the year closing a full date. */
export function yearOf(quantity: Quantity): number | undefined {
  if (quantity.kind === 'year') return Number(quantity.text);
  if (quantity.kind !== 'full-date') return undefined;
  const year = /(\d{4})$/.exec(quantity.text)?.[1];
  return year === undefined ? undefined : Number(year);
}

const latestPastCache = new WeakMap<AnalysedArticle, number | null>();

/** The latest year the article places in the past, the best guess at when it was written when it gives no date. */
export function latestPastYear(article: AnalysedArticle): number | undefined {
  const cached = latestPastCache.get(article);
  if (cached !== undefined) return cached ?? undefined;
  let latest: number | undefined;
  const { tokens, sentences } = article.ingested;
  article.quantities.forEach((quantities, index) => {
    const sentence = sentences[index];
    if (!sentence) return;
    for (const quantity of quantities) {
      const year = yearOf(quantity);
      if (year === undefined || (latest !== undefined && year <= latest)) continue;
      if (yearTense(tokens, sentence, quantity) === 'past') latest = year;
    }
  });
  latestPastCache.set(article, latest ?? null);
  return latest;
}

/** The year the article was written, when its dateline or timestamp says. */
export function articleYear(article: AnalysedArticle): number | undefined {
  const year = article.ingested.date === undefined ? undefined : Number(article.ingested.date.slice(0, 4));
  return year !== undefined && Number.isFinite(year) ? year : undefined;
}
