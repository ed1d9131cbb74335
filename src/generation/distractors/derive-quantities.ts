import { MONTHS } from '../entities/lexicon/roles.ts';
import { monthIndex, NUMBER_WORDS, ORDINAL_WORDS, parseNumber, type Quantity } from '../nlp/quantities.ts';

const FRACTION_CHOICES = ['half', 'a third', 'a quarter', 'two-thirds', 'three-quarters', 'a fifth'];
const CURRENT_YEAR_LIMIT = new Date().getUTCFullYear() + 1;

function formatLike(template: string, value: number): string {
  const decimals = /\.(\d+)/.exec(template)?.[1]?.length ?? 0;
  const text = value.toFixed(decimals).replace(/\.0+$/, '');
  // Thousands separators when the answer has them, or for any figure of five digits or more ("£12,400").
  const grouped = /\d,\d{3}/.test(template) || Math.abs(Number(text)) >= 1_000;
  return grouped ? Number(text).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : text;
}

/** Replaces the (first) figure in `template` with `value`, keeping symbol, unit and number format. */
function withFigure(template: string, value: number): string {
  return template.replace(/\d[\d,]*(\.\d+)?/, (figure) => formatLike(figure, value));
}

/** 21 → "21st", 12 → "12th". */
function ordinalFigure(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

function capitaliseLike(template: string, word: string): string {
  return /^\p{Lu}/u.test(template) ? word.replace(/^\p{L}/u, (char) => char.toUpperCase()) : word;
}

/**
 * Sensible wrong values of the same kind and format, nearest first: nearby years, neighbouring months and
 * days, other shares, scaled amounts, neighbouring counts.
 */
export function deriveQuantities(quantity: Quantity, options: { future?: boolean } = {}): string[] {
  const text = quantity.text;
  switch (quantity.kind) {
    case 'year': {
      const year = Number(text);
      // A year still to come may lie beyond next year; any other may not.
      const limit = options.future ? Infinity : CURRENT_YEAR_LIMIT;
      return [1, -1, 2, -2, 3, -3, 5, -5].map((delta) => year + delta).filter((value) => value <= limit).map(String);
    }
    case 'month': {
      const index = monthIndex(text) ?? 0;
      return [1, -1, 2, -2, 3, -3, 6].map((delta) => MONTHS[(index + delta + 12) % 12] as string);
    }
    case 'month-day':
    case 'full-date': {
      // "16 August", "12 March 2024": the day first, then the month.
      const dayFirst = /^(\d{1,2})\s+(\p{L}+)(.*)$/u.exec(text);
      if (dayFirst) {
        const day = Number(dayFirst[1]);
        const monthWord = dayFirst[2] as string;
        const month = monthIndex(monthWord) ?? 0;
        const rest = dayFirst[3] as string;
        const days = [day + 7, day - 7, day + 10, day - 10, day + 3, day - 3].filter((value) => value >= 1 && value <= 28);
        return [...days.map((value) => `${value} ${monthWord}${rest}`), ...[1, -1, 2].map((delta) => `${day} ${MONTHS[(month + delta + 12) % 12]}${rest}`)];
      }
      const [monthWord, dayWord] = text.split(/\s+/);
      const day = Number(dayWord?.replace(/\D/g, ''));
      const month = monthIndex(monthWord ?? '') ?? 0;
      const rest = text.slice((monthWord?.length ?? 0) + 1 + (dayWord?.length ?? 0));
      const days = [day + 7, day - 7, day + 10, day - 10, day + 3, day - 3].filter((value) => value >= 1 && value <= 28);
      const sameDay = [1, -1, 2].map((delta) => `${MONTHS[(month + delta + 12) % 12]} ${day}${rest}`);
      return [...days.map((value) => `${monthWord} ${value}${dayWord?.endsWith(',') ? ',' : ''}${rest}`), ...sameDay];
    }
    case 'percent': {
      const value = quantity.value ?? parseNumber(/\d[\d,.]*/.exec(text)?.[0] ?? '') ?? 0;
      const steps = value >= 20 ? [10, -10, 20, -20, 15, -15, 30] : [value / 2, -value / 2, value, 2 * value, 3, -3];
      return steps.map((delta) => value + delta).filter((candidate) => candidate > 0 && candidate < 100).map((candidate) => withFigure(text, Math.round(candidate * 10) / 10));
    }
    case 'money': {
      const value = quantity.value ?? 0;
      // Stay within the written scale ("$800 million" gives "$400 million", never "$1600 million") and the
      // written number of digits ("£460" gives "£230" and "£920", not "£1380").
      const scaled = /\b(thousand|million|billion|trillion|bn|m|k)\b/i.test(text);
      const digits = String(Math.floor(value)).length;
      return [2, 0.5, 3, 1.5, 4, 0.25, 0.75]
        .map((factor) => factor * value)
        .filter((candidate) => candidate > 0 && (scaled ? candidate < 1000 : String(Math.floor(candidate)).length === digits))
        .map((candidate) => withFigure(text, Number.isInteger(value) ? Math.round(candidate) : candidate));
    }
    case 'count': {
      const value = quantity.value ?? 0;
      // The number word may follow an approximation ("about four"): replace that word, keep the rest.
      const words = text.split(/\s+/);
      const at = words.findIndex((part) => NUMBER_WORDS.includes(part.toLowerCase()));
      const word = at === -1 ? -1 : NUMBER_WORDS.indexOf((words[at] as string).toLowerCase());
      if (word !== -1) {
        return [1, 2, -1, 3, 4, -2, 6].map((delta) => word + delta).filter((candidate) => candidate >= 2 && candidate < NUMBER_WORDS.length)
          .map((candidate) => capitaliseLike(text, words.map((part, index) => (index === at ? (NUMBER_WORDS[candidate] as string) : part)).join(' ')));
      }
      // An age: a few years either side.
      if (quantity.unit === 'age') return [2, -2, 4, -3, 5, -5, 7].map((delta) => value + delta).filter((candidate) => candidate > 0).map(String);
      const steps = value >= 10 ? [0.5, 1.5, 2, 0.75, 3] : [];
      // Rounded as the answer is written: "11.4" gives "5.7" and "17.1", not "6" and "17".
      const decimals = /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
      const round = (candidate: number) => Number(candidate.toFixed(decimals));
      const near = value < 10 ? [value + 1, value + 2, value - 1, value + 3].filter((candidate) => candidate >= 2) : steps.map((factor) => round(value * factor));
      return near.map((candidate) => withFigure(text, candidate));
    }
    case 'fraction':
      return FRACTION_CHOICES.map((choice) => capitaliseLike(text, choice));
    case 'ordinal': {
      const value = quantity.value ?? 2;
      if (/^\d/.test(text)) return [1, -1, 2, -2, 5, -5].map((delta) => value + delta).filter((candidate) => candidate >= 2).map(ordinalFigure);
      return [1, -1, 2, -2, 3].map((delta) => value + delta).filter((candidate) => candidate >= 1 && candidate < ORDINAL_WORDS.length).map((candidate) => capitaliseLike(text, ORDINAL_WORDS[candidate] as string));
    }
  }
}

const BETWEEN_SHARES = [0.5, 0.25, 0.75];
const BEYOND_SHARES = [0.5, 1, 1.5, 2, 3];

/**
 * Wrong values for a figure the sentence compares with another (`bound`, a magnitude as `magnitude` is the
 * answer's): first one halfway between the two, so the answer is not the extreme choice, then others at
 * steps of the gap between them, all on the answer's side of the bound. Written as the answer is ("27.8
 * percent" for "24.6 percent" below "31 percent"); none for a figure written in words.
 */
export function deriveAlongBound(quantity: Quantity, magnitude: number, bound: number): { between: string[]; beyond: string[] } {
  const figureText = /\d[\d,]*(\.\d+)?/.exec(quantity.text)?.[0];
  if (figureText === undefined || magnitude <= 0 || bound <= 0 || bound === magnitude) return { between: [], beyond: [] };
  const figure = Number(figureText.replace(/,/g, ''));
  const boundFigure = (figure * bound) / magnitude;
  const decimals = /\.(\d+)/.exec(figureText)?.[1]?.length ?? 0;
  const scaled = /\b(thousand|million|billion|trillion|bn|m|k)\b/i.test(quantity.text);
  const written = (values: number[]) => [...new Set(values.map((value) => Number(value.toFixed(decimals))))]
    .filter((value) => value > 0 && value !== figure && value !== Number(boundFigure.toFixed(decimals)) && (quantity.kind !== 'percent' || value < 100) && (!scaled || value < 1000))
    .map((value) => withFigure(quantity.text, value));
  const gap = figure - boundFigure;
  return {
    between: written(BETWEEN_SHARES.map((share) => boundFigure + gap * share)),
    beyond: written(BEYOND_SHARES.map((share) => figure + gap * share)),
  };
}
