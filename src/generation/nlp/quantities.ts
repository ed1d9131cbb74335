import { MONTHS } from '../entities/lexicon/roles.ts';
import type { NlpEntity, Sentence, Token } from './analyse-body.ts';

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
  /** The counted thing after a count ("diplomats", "years"). */
  unit?: string;
}

const MONTH_INDEX = new Map(MONTHS.flatMap((month, index) => [[month.toLowerCase(), index], [month.slice(0, 3).toLowerCase(), index], [`${month.slice(0, 3).toLowerCase()}.`, index]]));
export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
export const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const SCALE = /^(thousand|million|billion|trillion|bn|m|k|mn|tn)$/i;
const FRACTIONS = /^(half|a third|one third|two-thirds|a quarter|one quarter|three-quarters|a fifth|one-fifth|[a-z]+-tenths)$/i;
const TIME_UNITS = /^(days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?)$/i;

export function monthIndex(word: string): number | undefined {
  return MONTH_INDEX.get(word.toLowerCase());
}

export function parseNumber(text: string): number | undefined {
  const word = NUMBER_WORDS.indexOf(text.toLowerCase());
  if (word !== -1) return word;
  if (/^(a |one )?dozen$/i.test(text)) return 12;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) && /\d/.test(text) ? value : undefined;
}

function slice(text: string, tokens: readonly Token[], first: number, last: number): string {
  return text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
}

function fromDate(entity: NlpEntity, tokens: readonly Token[], text: string): Quantity | undefined {
  const words = tokens.slice(entity.first, entity.last + 1);
  const monthAt = words.findIndex((token) => /^\p{Lu}/u.test(token.text) && monthIndex(token.text) !== undefined);
  const yearAt = words.findIndex((token) => /^(1[5-9]|20)\d\d$/.test(token.text));
  if (words.some((token) => /^\d{4}-\d\d/.test(token.text))) return undefined;
  if (monthAt !== -1) {
    const day = words[monthAt + 1];
    const hasDay = day !== undefined && /^\d{1,2}$/.test(day.text) && Number(day.text) <= 31;
    const first = entity.first + monthAt;
    if (hasDay && yearAt > monthAt) return { kind: 'full-date', first, last: entity.first + yearAt, text: slice(text, tokens, first, entity.first + yearAt) };
    if (hasDay) return { kind: 'month-day', first, last: first + 1, text: slice(text, tokens, first, first + 1) };
    if (yearAt === -1) return { kind: 'month', first, last: first, text: (words[monthAt] as Token).text };
  }
  if (yearAt !== -1) {
    const year = words[yearAt] as Token;
    // "between 2016 and 2020" is a span, not one year to ask about.
    if (words.filter((token) => /^(1[5-9]|20)\d\d$/.test(token.text)).length > 1) return undefined;
    return { kind: 'year', first: entity.first + yearAt, last: entity.first + yearAt, text: year.text, value: Number(year.text) };
  }
  return undefined;
}

/**
 * The sentence's dates and quantities: wink-nlp's DATE, PERCENT, MONEY, CARDINAL, ORDINAL and DURATION
 * entities, tidied into answerable text ("about $5 billion" → "$5 billion"), plus what the recogniser misses
 * (scale suffixes like "$1.2bn", shares like "half").
 */
export function findQuantities(tokens: readonly Token[], sentence: Sentence, entities: readonly NlpEntity[], text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const entity of entities) {
    if (entity.first < sentence.first || entity.last > sentence.last) continue;
    const words = tokens.slice(entity.first, entity.last + 1);
    const numberAt = words.findIndex((token) => /\d/.test(token.text) || NUMBER_WORDS.includes(token.text.toLowerCase()));
    switch (entity.type) {
      case 'DATE': {
        const quantity = fromDate(entity, tokens, text);
        if (quantity) found.push(quantity);
        break;
      }
      case 'PERCENT': {
        if (numberAt === -1) break;
        const first = entity.first + numberAt;
        const value = parseNumber((tokens[first] as Token).text);
        found.push({ kind: 'percent', first, last: entity.last, text: slice(text, tokens, first, entity.last), ...(value === undefined ? {} : { value }) });
        break;
      }
      case 'MONEY': {
        let first = entity.first;
        while (first < entity.last && !/^[$€£¥]$|\d/.test((tokens[first] as Token).text)) first++;
        let last = entity.last;
        if (tokens[last + 1] && SCALE.test((tokens[last + 1] as Token).text) && (tokens[last + 1] as Token).start - (tokens[last] as Token).end <= 1) last++;
        const figure = words.find((token) => /\d/.test(token.text));
        const value = figure ? parseNumber(figure.text) : undefined;
        found.push({ kind: 'money', first, last, text: slice(text, tokens, first, last), ...(value === undefined ? {} : { value }) });
        break;
      }
      case 'ORDINAL': {
        const word = (words[0] as Token).text.toLowerCase();
        const value = ORDINAL_WORDS.indexOf(word);
        if (value > 1 && words.length === 1 && /^\p{Ll}/u.test((words[0] as Token).text)) found.push({ kind: 'ordinal', first: entity.first, last: entity.first, text: (words[0] as Token).text, value });
        break;
      }
      case 'CARDINAL':
      case 'DURATION': {
        if (numberAt === -1) break;
        const first = entity.first + numberAt;
        const numberToken = tokens[first] as Token;
        const previous = tokens[first - 1];
        if (previous && /^[$€£¥]$/.test(previous.text)) {
          let last = first;
          if (tokens[last + 1] && SCALE.test((tokens[last + 1] as Token).text)) last++;
          found.push({ kind: 'money', first: first - 1, last, text: slice(text, tokens, first - 1, last), ...(parseNumber(numberToken.text) === undefined ? {} : { value: parseNumber(numberToken.text) as number }) });
          break;
        }
        const value = parseNumber(numberToken.text);
        if (value === undefined || value === 1 || /^(1[5-9]|20)\d\d$/.test(numberToken.text)) break;
        // A number that is part of a name ("Ariane 5", "Boeing 737") is not a count.
        if (previous && previous.pos === 'PROPN' && /^\p{Lu}/u.test(previous.text) && first > sentence.first && /\d/.test(numberToken.text)) break;
        // A hyphenated modifier ("44-day war", "two-day visit") is part of a word, not a count to blank.
        const next = tokens[first + 1];
        if (next?.text === '-' && next.start === numberToken.end) break;
        if (entity.type === 'DURATION') {
          const unit = words.slice(numberAt + 1).find((token) => TIME_UNITS.test(token.text));
          if (!unit) break;
          const last = tokens.indexOf(unit, first);
          found.push({ kind: 'count', first, last, text: slice(text, tokens, first, last), value, unit: unit.text.toLowerCase() });
        } else if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') && entity.last === first) {
          found.push({ kind: 'count', first, last: first, text: numberToken.text, value, unit: next.text.toLowerCase() });
        }
        break;
      }
      default:
        break;
    }
  }
  // Shares the recogniser does not see: "upwards of half of its oil" (but not "the first half of the year").
  for (let i = sentence.first; i <= sentence.last; i++) {
    const token = tokens[i] as Token;
    if (/^(first|second|last|the|final|latter|former|other)$/i.test(tokens[i - 1]?.text ?? '')) continue;
    const pair = i < sentence.last ? `${token.text} ${(tokens[i + 1] as Token).text}` : '';
    if (FRACTIONS.test(pair) && tokens[i + 2]?.text === 'of') found.push({ kind: 'fraction', first: i, last: i + 1, text: pair });
    else if (FRACTIONS.test(token.text) && tokens[i + 1]?.text === 'of' && !FRACTIONS.test(`${tokens[i - 1]?.text ?? ''} ${token.text}`)) {
      found.push({ kind: 'fraction', first: i, last: i, text: token.text });
    }
  }
  return found.sort((a, b) => a.first - b.first);
}
