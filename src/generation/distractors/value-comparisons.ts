import type { Sentence, Token } from '../nlp/analyse-body.ts';
import { NUMBER_WORDS, parseNumber, type Quantity } from '../nlp/quantities.ts';

/** Where one value lies against another the sentence compares it with. */
export type Direction = 'above' | 'below';

const RISE_WORDS = new Set([
  'up', 'higher', 'more', 'greater', 'larger', 'bigger', 'above', 'increase', 'increased', 'increases', 'increasing', 'rise', 'rises', 'rose', 'risen',
  'rising', 'jump', 'jumped', 'jumps', 'climb', 'climbed', 'climbs', 'climbing', 'grew', 'grown', 'grows', 'growing', 'gain', 'gained', 'gains',
  'soar', 'soared', 'soars', 'surge', 'surged', 'surges', 'boost', 'boosted', 'raised', 'exceeding',
]);
const FALL_WORDS = new Set([
  'down', 'lower', 'less', 'fewer', 'smaller', 'below', 'drop', 'dropped', 'drops', 'dropping', 'decrease', 'decreased', 'decreases', 'decreasing',
  'fall', 'falls', 'fell', 'fallen', 'falling', 'decline', 'declined', 'declines', 'declining', 'slump', 'slumped', 'slumps', 'slip', 'slipped',
  'slips', 'shrank', 'shrunk', 'shrinks', 'cut', 'cuts', 'reduced', 'reduction', 'lost', 'plunged', 'plummeted', 'sank', 'dip', 'dipped', 'tumbled', 'eased',
]);
/** Only these compare with "than": "higher than 31 percent". */
const COMPARATIVES = new Set(['higher', 'more', 'greater', 'larger', 'bigger', 'lower', 'less', 'fewer', 'smaller']);
/** Words that may stand before a compared value: "down from about 31 percent", "up from the 24 percent". */
const HEDGES = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'just', 'approximately', 'an', 'estimated', 'the', 'a', 'only']);
/** What may open the comparing phrase after the value: ", which was down from", ", a drop from", ", sharply lower than". */
const OPENERS = new Set([',', 'which', 'that', 'is', 'was', 'are', 'were', 'a', 'an', 'the', 'well', 'far', 'much', 'slightly', 'sharply', 'significantly', 'considerably', 'still', 'also']);
const MAX_BETWEEN = 4;
/** Words a value may be followed by before the comma that opens its comparison ("in March"). */
const MAX_LEAD = 5;

const FRACTION_PERCENT: Record<string, number> = { half: 50, 'a third': 33, 'one third': 33, 'two-thirds': 67, 'a quarter': 25, 'one quarter': 25, 'three-quarters': 75, 'a fifth': 20 };
const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };

/** A share as a percentage, so "half" and "50 percent" count as the same claim. */
export function shareValue(text: string): number | undefined {
  const fraction = FRACTION_PERCENT[text.toLowerCase()];
  if (fraction !== undefined) return fraction;
  const figure = /(\d+(?:\.\d+)?)\s*(%|percent|per cent)/i.exec(text)?.[1];
  return figure === undefined ? undefined : Number(figure);
}

function direction(word: string): Direction | undefined {
  if (RISE_WORDS.has(word)) return 'above';
  return FALL_WORDS.has(word) ? 'below' : undefined;
}

const opposite = (value: Direction): Direction => (value === 'above' ? 'below' : 'above');
const reversed = (value: Direction | undefined): Direction | undefined => value && opposite(value);

/** The sort of value a quantity is, for comparing like with like: shares, amounts of one currency, counts of one unit. */
function comparableSort(quantity: Quantity): string | undefined {
  switch (quantity.kind) {
    case 'percent':
      return /point/i.test(quantity.text) ? undefined : 'share';
    case 'fraction':
      return 'share';
    case 'money': {
      const currency = quantity.text.replace(/^(about|around|roughly|nearly|almost|some|approximately)\s+/i, '').replace(/[\d.,\s]|thousand|million|billion|trillion|\b(bn|mn|tn|m|k)\b/gi, '');
      return `money:${currency.toLowerCase()}`;
    }
    case 'count':
      return quantity.unit === undefined ? undefined : `count:${quantity.unit}`;
    default:
      return undefined;
  }
}

/**
 * The size a choice stands for, comparable across the ways it is written: a share in percent, an amount or a
 * count with its scale word ("$9.1 billion" → 9.1e9, "four" → 4); undefined when it has no figure.
 */
export function magnitudeOf(text: string, kind: Quantity['kind']): number | undefined {
  if (kind === 'percent' || kind === 'fraction') return shareValue(text.replace(/^(about|around|roughly|nearly|almost|some|approximately|up to)\s+/i, ''));
  if (kind === 'year') return Number(text);
  const figure = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|tn|m|k)?\b/i.exec(text);
  if (figure) return Number((figure[1] as string).replace(/,/g, '')) * (SCALES[(figure[2] ?? '').toLowerCase()] ?? 1);
  const word = text.toLowerCase().split(/\s+/).find((part) => NUMBER_WORDS.includes(part));
  return word === undefined ? undefined : parseNumber(word);
}

function words(tokens: readonly Token[], from: number, to: number): string[] {
  const list: string[] = [];
  for (let k = from; k <= to; k++) list.push((tokens[k] as Token).lower);
  return list;
}

function withoutTrailingHedges(list: string[]): string[] {
  let end = list.length;
  while (end > 0 && HEDGES.has(list[end - 1] as string)) end--;
  return list.slice(0, end);
}

/** The word before a value, past any hedge ("rose to about 12 percent"), and its index. */
function wordBefore(tokens: readonly Token[], at: number, first: number): number {
  let k = at - 1;
  while (k >= first && HEDGES.has((tokens[k] as Token).lower)) k--;
  return k;
}

/** A rising or falling word among the few before `at`: "rose to", "was cut sharply to", "went up from". */
function directionBefore(tokens: readonly Token[], at: number, first: number): Direction | undefined {
  for (let k = at - 1; k >= first && k >= at - MAX_BETWEEN; k--) {
    const found = direction((tokens[k] as Token).lower);
    if (found) return found;
  }
  return undefined;
}

/**
 * Where `a` lies against `b` (a before b in the sentence) when the words between compare them: "24.6 percent,
 * down from 31 percent", "revenue rose to $11.8 billion from $9.1 billion", "rose from 12 percent to 18 percent",
 * "more than 300 votes, higher than the 240 votes". Undefined when they are not compared.
 */
function compare(tokens: readonly Token[], sentence: Sentence, a: Quantity, b: Quantity): Direction | undefined {
  const gap = withoutTrailingHedges(words(tokens, a.last + 1, b.first - 1));
  const connector = gap.at(-1);
  if (connector === 'from' && gap.length === 1) {
    // "rose to 18 percent from 12 percent"
    const to = wordBefore(tokens, a.first, sentence.first);
    return to >= sentence.first && tokens[to]?.lower === 'to' ? directionBefore(tokens, to, sentence.first) : undefined;
  }
  if (connector === 'to' && gap.length === 1) {
    // "rose from 12 percent to 18 percent": the second value lies where the verb went.
    const from = wordBefore(tokens, a.first, sentence.first);
    if (from < sentence.first || tokens[from]?.lower !== 'from') return undefined;
    return reversed(directionBefore(tokens, from, sentence.first));
  }
  if (connector !== 'from' && connector !== 'than') return undefined;
  // "24.6 percent, down from 31 percent", "6.8 percent in March, up from 5.1 percent", "…, an increase of 3
  // points from …", "…, lower than …": a short verbless phrase may sit between the value and its comma.
  let at = 0;
  const comma = gap.indexOf(',');
  if (comma > 0) {
    if (comma > MAX_LEAD) return undefined;
    for (let k = a.last + 1; k < a.last + 1 + comma; k++) if ((tokens[k] as Token).pos === 'VERB' || (tokens[k] as Token).pos === 'AUX') return undefined;
    at = comma;
  }
  while (at < gap.length - 1 && OPENERS.has(gap[at] as string) && direction(gap[at] as string) === undefined) at++;
  const head = gap[at] as string;
  const found = direction(head);
  if (!found || gap.length - at - 2 > MAX_BETWEEN || gap.slice(at, -1).includes(',')) return undefined;
  if (connector === 'than' && !(COMPARATIVES.has(head) && at === gap.length - 2)) return undefined;
  return found;
}

/** Strict bounds on a value: every wrong choice must lie inside them, as the answer does. */
export interface ValueBounds {
  /** Exclusive lower and upper limits. */
  above?: number;
  below?: number;
}

/**
 * The bounds the sentence puts on `target` by comparing it with another value of the same sort: "down from
 * 31 percent" means below 31 percent, "rose to _____ from 12 percent" means above 12 percent.
 */
export function comparisonBounds(tokens: readonly Token[], sentence: Sentence, quantities: readonly Quantity[], target: Quantity): ValueBounds {
  const bounds: ValueBounds = {};
  const sort = comparableSort(target);
  if (sort === undefined) return bounds;
  for (const other of quantities) {
    if (other === target || other.first === target.first || comparableSort(other) !== sort) continue;
    // A value compares with its nearest neighbour of the same sort, not across another one.
    const [low, high] = other.first > target.last ? [target, other] : [other, target];
    if (quantities.some((third) => third.first > low.last && third.last < high.first && comparableSort(third) === sort)) continue;
    const relation = other.first > target.last ? compare(tokens, sentence, target, other) : reversed(compare(tokens, sentence, other, target));
    const value = magnitudeOf(other.text, other.kind);
    if (relation === undefined || value === undefined) continue;
    if (relation === 'above') bounds.above = Math.max(bounds.above ?? -Infinity, value);
    else bounds.below = Math.min(bounds.below ?? Infinity, value);
  }
  return bounds;
}
