import { MONTHS } from '../entities/lexicon/roles.ts';
import type { Sentence, Token } from './analyse-body.ts';

export type QuantityKind = 'year' | 'month' | 'month-day' | 'full-date' | 'percent' | 'money' | 'count' | 'fraction' | 'ordinal';

/** A date, number, amount or share in a sentence, as the text writes it. */
export interface Quantity {
  kind: QuantityKind;
  /** Article token indices of the answer text. */
  first: number;
  last: number;
  /** The answer as written: "1993", "July 13", "69 percent", "$5 billion", "four", "half". */
  text: string;
  /** The number it stands for, when it has one (a year, a count, a percentage, an amount's figure). */
  value?: number;
  /** The counted or measured thing after a count ("diplomats", "years", "kilometres"), lower case. */
  unit?: string;
  /** Token index of the unit's head noun, when there is one. */
  unitAt?: number;
}

const MONTH_INDEX = new Map(MONTHS.flatMap((month, index) => [[month.toLowerCase(), index], [month.slice(0, 3).toLowerCase(), index], [`${month.slice(0, 3).toLowerCase()}.`, index]]));
const MONTH_NAMES = new Map(MONTHS.map((month, index) => [month, index]));
export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS = new Map([['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100]]);
export const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const NUMBER_WORD_VALUES = new Map<string, number>([...NUMBER_WORDS.map((word, index) => [word, index] as [string, number]), ...TENS]);
const ORDINAL_VALUES = new Map(ORDINAL_WORDS.map((word, index) => [word, index]));
const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion']);
const GLUED_SCALES = new Set(['bn', 'm', 'k', 'mn', 'tn', 'm.', 'bn.', 'k.']);
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', 'US$', 'A$', 'C$', 'NZ$', 'HK$']);
const CURRENCY_WORDS = new Set(['dollars', 'euros', 'pounds', 'yen', 'yuan', 'rupees', 'francs', 'roubles', 'rubles', 'manats', 'shekels', 'pesos', 'dollar', 'euro', 'pound']);
const FRACTION_WORDS = new Set(['half', 'third', 'quarter', 'fifth', 'tenth', 'thirds', 'quarters', 'fifths', 'tenths']);
const TIME_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries']);
/** Words before a capitalised month that show it is a date, not "May" the verb or a name. */
const DATE_CONTEXT = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'from', 'last', 'this', 'next', 'early', 'late', 'mid', 'of', 'through', 'before', 'after', 'between', 'and', 'or', 'to', 'past', 'during', 'throughout', 'that', 'each', 'every']);
/** What may come between a count and its unit ("four Azeri diplomats", "three full decades"). */
const UNIT_MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN']);
const YEAR = /^(1[5-9]|20)\d\d$/;
const IDENTIFIER_WORDS = new Set(['number', 'no', 'no.', 'nos', 'page', 'pages', 'room', 'flight', 'route', 'platform', 'gate', 'chapter', 'article', 'section', 'clause', 'level', 'grade', 'row', 'seat', 'bus', 'line', 'junction', 'exit', 'channel', 'version', 'phase', 'stage', 'model', 'type', 'category', 'covid', 'tier']);
const FIGURE = /^\d[\d,]*(\.\d+)?$/;

export function monthIndex(word: string): number | undefined {
  return MONTH_INDEX.get(word.toLowerCase());
}

export function parseNumber(text: string): number | undefined {
  const word = NUMBER_WORD_VALUES.get(text.toLowerCase());
  if (word !== undefined) return word;
  if (/^(a |one )?dozen$/i.test(text)) return 12;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) && /\d/.test(text) ? value : undefined;
}

function isDigitStart(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** The token as a plain number: a figure ("4,800", "8.6") or a number word ("four"); undefined otherwise. */
function numberOf(token: Token): number | undefined {
  const text = token.text;
  if (isDigitStart(text)) return FIGURE.test(text) ? Number(text.replace(/,/g, '')) : undefined;
  const code = text.charCodeAt(0);
  if (code < 97 || code > 122) {
    // A capitalised number word opens a sentence ("Four people…").
    if (code >= 65 && code <= 90) return NUMBER_WORD_VALUES.get(token.lower);
    return undefined;
  }
  return NUMBER_WORD_VALUES.get(text);
}

function glued(tokens: readonly Token[], left: number): boolean {
  const a = tokens[left];
  const b = tokens[left + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

function slice(text: string, tokens: readonly Token[], first: number, last: number): string {
  return text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
}

/** A scale word after a figure: "million" (spaced) or "bn"/"m" (glued); the index of its token, or -1. */
function scaleAfter(tokens: readonly Token[], at: number, last: number): number {
  const next = tokens[at + 1];
  if (!next || at + 1 > last) return -1;
  const word = next.lower;
  if (SCALE_WORDS.has(word)) return at + 1;
  if (GLUED_SCALES.has(word) && glued(tokens, at)) return at + 1;
  return -1;
}

/** "12 March 2024", "March 29", "March 29, 2023", "last January", "December 2021" (a year). */
function dateAt(tokens: readonly Token[], i: number, sentence: Sentence, text: string): Quantity | undefined {
  const token = tokens[i] as Token;
  const month = MONTH_NAMES.get(token.text);
  if (month === undefined) return undefined;
  const next = tokens[i + 1];
  const day = next && i + 1 <= sentence.last && /^\d{1,2}$/.test(next.text) && Number(next.text) >= 1 && Number(next.text) <= 31 ? i + 1 : -1;
  if (day !== -1) {
    let yearAt = day + 1;
    if (tokens[yearAt]?.text === ',') yearAt++;
    if (yearAt <= sentence.last && YEAR.test(tokens[yearAt]?.text ?? '')) return { kind: 'full-date', first: i, last: yearAt, text: slice(text, tokens, i, yearAt) };
    return { kind: 'month-day', first: i, last: day, text: slice(text, tokens, i, day) };
  }
  const previous = tokens[i - 1];
  const before = i > sentence.first && previous ? previous.lower : '';
  // "12 March 2024": a day before the month.
  if (previous && i > sentence.first && /^\d{1,2}$/.test(previous.text) && Number(previous.text) <= 31) return undefined; // read from the day
  if (next && i + 1 <= sentence.last && YEAR.test(next.text)) return undefined; // "December 2021": the year is the answer
  // One end of a span: "between March and June", "from May to July".
  if (before === 'between' || (before === 'from' && /^(to|until|till|-|–)$/i.test(next?.text ?? ''))) return undefined;
  if (/^(and|to|until|till|-|–)$/.test(before) && MONTH_NAMES.has(tokens[i - 2]?.text ?? '')) return undefined;
  if (!DATE_CONTEXT.has(before) && !(token.pos === 'PROPN' && i > sentence.first && month !== 4)) return undefined;
  return { kind: 'month', first: i, last: i, text: token.text };
}

/** A year that stands alone: not one end of a span ("between 2016 and 2020", "2016-2020"). */
function isLoneYear(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const before = tokens[i - 1]?.lower;
  const after = tokens[i + 1]?.lower;
  if (before === 'between' || (before === 'from' && (after === 'to' || after === '-' || after === '–'))) return false;
  if ((after === '-' || after === '–' || after === 'to') && YEAR.test(tokens[i + 2]?.text ?? '')) return false;
  if ((before === '-' || before === '–' || before === 'to') && YEAR.test(tokens[i - 2]?.text ?? '')) return false;
  if (before === 'and' && YEAR.test(tokens[i - 2]?.text ?? '') && tokens[i - 3]?.lower === 'between') return false;
  // "12 March 2024" is read from the day; "the 2023-24 season" is a span.
  if (i > sentence.first && MONTH_NAMES.has(tokens[i - 1]?.text ?? '') && /^\d{1,2}$/.test(tokens[i - 2]?.text ?? '')) return false;
  return !(after === '-' && glued(tokens, i));
}

/** The counted noun after a number, skipping modifiers: "four Azeri diplomats" → diplomats. */
function unitAfter(tokens: readonly Token[], at: number, last: number): number {
  for (let k = at + 1; k <= last && k <= at + 3; k++) {
    const token = tokens[k] as Token;
    if (token.pos === 'NOUN') {
      // "12 kilometres of protected cycle lanes": the measure is the unit.
      const next = tokens[k + 1];
      if (next && next.pos === 'NOUN' && k + 1 <= last && !glued(tokens, k)) continue;
      return k;
    }
    if (!UNIT_MODIFIER_POS.has(token.pos) || !/^\p{L}/u.test(token.text)) return -1;
  }
  return -1;
}

function fractionAt(tokens: readonly Token[], i: number, sentence: Sentence, text: string): Quantity | undefined {
  const token = tokens[i] as Token;
  const word = token.lower;
  const previous = tokens[i - 1]?.lower ?? '';
  if (word === 'half') {
    if (/^(first|second|last|the|final|latter|former|other|a)$/.test(previous)) return undefined;
    return tokens[i + 1]?.text === 'of' ? { kind: 'fraction', first: i, last: i, text: token.text } : undefined;
  }
  // "a third of", "two-thirds of", "nine-tenths of"
  if (!FRACTION_WORDS.has(word) || tokens[i + 1]?.text !== 'of') return undefined;
  if (/^(a|one)$/.test(previous) && i - 1 >= sentence.first) return { kind: 'fraction', first: i - 1, last: i, text: slice(text, tokens, i - 1, i) };
  if (previous === '-' && glued(tokens, i - 1) && glued(tokens, i - 2) && numberOf(tokens[i - 2] as Token) !== undefined && i - 2 >= sentence.first) {
    return { kind: 'fraction', first: i - 2, last: i, text: slice(text, tokens, i - 2, i) };
  }
  return undefined;
}

/**
 * The sentence's dates and quantities, read from the tokens and their parts of speech: dates ("July 13",
 * "12 March 2024", a lone year), shares ("69 percent", "half of"), amounts ("$5 billion", "£4.5m"), counts
 * with what they count ("four Azeri diplomats", "12 kilometres", "two years") and ordinals ("fourth").
 */
export function findQuantities(tokens: readonly Token[], sentence: Sentence, text: string): Quantity[] {
  const found: Quantity[] = [];
  let i = sentence.first;
  while (i <= sentence.last) {
    const token = tokens[i] as Token;
    const head = token.text.charCodeAt(0);
    // Most tokens are lower-case words that are not numbers: settle them with one look-up.
    if (head >= 97 && head <= 122 && !NUMBER_WORD_VALUES.has(token.text) && !ORDINAL_VALUES.has(token.text) && !FRACTION_WORDS.has(token.text)) {
      i++;
      continue;
    }
    const quantity = quantityAt(tokens, i, sentence, text);
    if (quantity) {
      found.push(quantity);
      i = quantity.last + 1;
    } else i++;
  }
  return found;
}

function quantityAt(tokens: readonly Token[], i: number, sentence: Sentence, text: string): Quantity | undefined {
  const token = tokens[i] as Token;
  const last = sentence.last;
  if (CURRENCY_SYMBOLS.has(token.text)) {
    const figure = tokens[i + 1];
    if (!figure || i + 1 > last || !glued(tokens, i) || !isDigitStart(figure.text) || !FIGURE.test(figure.text)) return undefined;
    const scale = scaleAfter(tokens, i + 1, last);
    const end = scale === -1 ? i + 1 : scale;
    let answer = slice(text, tokens, i, end);
    if (answer.endsWith('.')) answer = answer.slice(0, -1); // "£4.5m." at the end of a sentence
    return { kind: 'money', first: i, last: end, text: answer, value: Number(figure.text.replace(/,/g, '')) };
  }
  const date = dateAt(tokens, i, sentence, text);
  if (date) return date;
  const fraction = fractionAt(tokens, i, sentence, text);
  if (fraction) return fraction;
  const lower = token.lower;
  const ordinal = ORDINAL_VALUES.get(lower);
  if (ordinal !== undefined) {
    // "the fourth senior official"; not "First," opening a sentence nor "second half".
    if (ordinal > 1 && /^\p{Ll}/u.test(token.text) && tokens[i + 1]?.text !== '-') return { kind: 'ordinal', first: i, last: i, text: token.text, value: ordinal };
    return undefined;
  }
  if (/^\d+(st|nd|rd|th)$/.test(token.text)) {
    const value = Number.parseInt(token.text, 10);
    return value > 1 ? { kind: 'ordinal', first: i, last: i, text: token.text, value } : undefined;
  }
  const value = numberOf(token);
  if (value === undefined) return undefined;
  const next = tokens[i + 1];
  const nextLower = i + 1 <= last ? (next?.lower ?? '') : '';
  // A hyphenated modifier ("44-day war", "two-day visit", "10,000-seat") is part of a word, not a count.
  if (next?.text === '-' && glued(tokens, i)) return undefined;
  if (nextLower === 'percent' || nextLower === '%' || (nextLower === 'per' && tokens[i + 2]?.lower === 'cent')) {
    const end = nextLower === 'per' ? i + 2 : i + 1;
    return { kind: 'percent', first: i, last: end, text: slice(text, tokens, i, end), value };
  }
  if (nextLower === 'percentage' && tokens[i + 2]?.lower === 'points') return { kind: 'percent', first: i, last: i + 2, text: slice(text, tokens, i, i + 2), value };
  if (isDigitStart(token.text) && YEAR.test(token.text)) {
    // A year, unless it counts something ("2024 people") or is one end of a span.
    const unit = unitAfter(tokens, i, last);
    if (unit === i + 1 && /s$/.test((tokens[unit] as Token).text) && !TIME_UNITS.has((tokens[unit] as Token).lower)) return undefined;
    return isLoneYear(tokens, i, sentence) ? { kind: 'year', first: i, last: i, text: token.text, value } : undefined;
  }
  // "12 March 2024", "3 June": a day before its month.
  if (next && i + 1 <= last && MONTH_NAMES.has(next.text) && /^\d{1,2}$/.test(token.text) && value >= 1 && value <= 31) {
    const yearAt = i + 2;
    if (yearAt <= last && YEAR.test(tokens[yearAt]?.text ?? '')) return { kind: 'full-date', first: i, last: yearAt, text: slice(text, tokens, i, yearAt) };
    return { kind: 'month-day', first: i, last: i + 1, text: slice(text, tokens, i, i + 1) };
  }
  const previous = tokens[i - 1];
  // "the number 11 shirt", "Flight 370", "page 4": a label, not an amount.
  if (previous && i > sentence.first && IDENTIFIER_WORDS.has(previous.lower)) return undefined;
  // "1,370 °C", "-5°F": a temperature.
  if (next?.text === '°' && /^[CF]$/.test(tokens[i + 2]?.text ?? '') && i + 2 <= last) {
    return { kind: 'count', first: i, last: i + 2, text: slice(text, tokens, i, i + 2), value, unit: `°${(tokens[i + 2] as Token).text}` };
  }
  // A number that is part of a name ("Ariane 5", "Boeing 737") is not a count.
  if (previous && i > sentence.first && previous.pos === 'PROPN' && /^\p{Lu}/u.test(previous.text) && isDigitStart(token.text) && previous.end + 1 === token.start && !MONTH_NAMES.has(previous.text)) return undefined;
  const scale = scaleAfter(tokens, i, last);
  if (scale !== -1) {
    const after = tokens[scale + 1];
    if (after && scale + 1 <= last && CURRENCY_WORDS.has(after.lower)) {
      return { kind: 'money', first: i, last: scale + 1, text: slice(text, tokens, i, scale + 1), value };
    }
    const unit = unitAfter(tokens, scale, last);
    if (unit === -1) return undefined;
    return { kind: 'count', first: i, last: scale, text: slice(text, tokens, i, scale), value, unit: (tokens[unit] as Token).lower, unitAt: unit };
  }
  if (next && i + 1 <= last && CURRENCY_WORDS.has(nextLower)) return { kind: 'money', first: i, last: i + 1, text: slice(text, tokens, i, i + 1), value };
  if (value === 1 && !isDigitStart(token.text)) return undefined; // "one of the first", "one day"
  const unit = unitAfter(tokens, i, last);
  if (unit === -1) return undefined;
  const unitWord = (tokens[unit] as Token).lower;
  // "two years", "23 minutes": a duration is answered with its unit.
  if (TIME_UNITS.has(unitWord) && unit === i + 1) return { kind: 'count', first: i, last: unit, text: slice(text, tokens, i, unit), value, unit: unitWord, unitAt: unit };
  if (TIME_UNITS.has(unitWord) && unit === i + 2 && (tokens[i + 1] as Token).pos === 'ADJ') return { kind: 'count', first: i, last: unit, text: slice(text, tokens, i, unit), value, unit: unitWord, unitAt: unit };
  return { kind: 'count', first: i, last: i, text: token.text, value, unit: unitWord, unitAt: unit };
}
