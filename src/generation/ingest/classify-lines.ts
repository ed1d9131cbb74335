import { BIO_PROFESSION, BOILERPLATE_RULES, BOILERPLATE_TRIGGER, TRAILER_HEADING, personalPronounCount, type LineFacts } from './boilerplate-rules.ts';
import { dateOfLine } from './date-line.ts';

export type LineKind = 'body' | 'title' | 'standfirst' | 'boilerplate';

/** One non-empty line of the normalised text; offsets are into the normalised text, trimmed. */
export interface ArticleLine {
  start: number;
  end: number;
  text: string;
  kind: LineKind;
  /** Why a line is not body text, for tests and for `generate` diagnostics. */
  reason?: string;
}

export const MAX_BOILERPLATE_WORDS = 90;
const SENTENCE_END = /[.!?]["')\]]*$|[.!?]\s*["']$/;
const DATE_PREFIX = /^(?:date|published|posted|updated)?\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?\s*/i;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const MARKDOWN_IMAGE_OR_LINK_ONLY = /^!?\[[^\]]*\]\([^)]*\)\s*$/;
const HORIZONTAL_RULE = /^([-*_=]\s*){3,}$/;

export function stripQuotedSpeech(text: string): string {
  // Pairs of straight quotes (the text is normalised); an unclosed quote runs to the end of the line,
  // as a quotation continued over paragraphs does.
  return text.replace(/"[^"]*("|$)/g, ' ');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Space-separated words with a letter or digit in them; one pass, no array. */
function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      counted = false;
      continue;
    }
    if (counted) continue;
    const alphanumeric = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code > 127 && LETTER_OR_DIGIT.test(text[i] as string));
    if (alphanumeric) {
      count++;
      counted = true;
    }
  }
  return count;
}

export function factsOf(text: string): LineFacts {
  return { text, unquoted: stripQuotedSpeech(text), words: wordCount(text), endsLikeSentence: SENTENCE_END.test(text) || (/:$/.test(text) && wordCount(text) >= 8) };
}

export interface ClassifiedLines {
  lines: ArticleLine[];
  title?: string;
  date?: string;
}

function splitLines(text: string): ArticleLine[] {
  const lines: ArticleLine[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start) lines.push({ start, end, text: text.slice(start, end), kind: 'body' });
    from = to + 1;
  }
  return lines;
}

/**
 * Sorts each line into title, standfirst, body or boilerplate by line shape, known boilerplate phrasing and
 * position: a page opens with category lines and a headline and closes with bios, appeals and link lists.
 */
export function classifyLines(text: string): ClassifiedLines {
  const lines = splitLines(text);
  const result: ClassifiedLines = { lines };
  const seen = new Set<string>();
  const mark = (line: ArticleLine, kind: LineKind, reason?: string) => {
    line.kind = kind;
    if (reason !== undefined) line.reason = reason;
  };
  let bodySeen = false;

  lines.forEach((line, index) => {
    const datePrefix = index < 5 ? DATE_PREFIX.exec(line.text) : null;
    if (datePrefix && datePrefix[1]) {
      result.date ??= datePrefix[1];
      line.start += datePrefix[0].length;
      line.text = line.text.slice(datePrefix[0].length);
      if (line.text === '') return mark(line, 'boilerplate', 'date line');
    }
    // A timestamp or dateline near the top ("Published: 9 May 2025") dates the article; the rules below still classify the line.
    if (result.date === undefined && index < 12) {
      const stated = dateOfLine(line.text);
      if (stated !== undefined) result.date = stated;
    }
    if (MARKDOWN_HEADING.test(line.text)) {
      const heading = line.text.replace(MARKDOWN_HEADING, '');
      if (!bodySeen && result.title === undefined) {
        result.title = heading;
        return mark(line, 'title');
      }
      return mark(line, 'boilerplate', 'heading');
    }
    if (MARKDOWN_IMAGE_OR_LINK_ONLY.test(line.text) || HORIZONTAL_RULE.test(line.text)) return mark(line, 'boilerplate', 'markup line');
    // A markdown quotation or list marker is markup, not text to cite; a list above the article (a "Key
    // points" box, a menu) is furniture.
    const marker = /^(>\s*|[-*+•]\s+|\d{1,2}[.)]\s+)/.exec(line.text);
    if (marker) {
      if (!marker[0].startsWith('>') && !bodySeen) return mark(line, 'boilerplate', 'list above the article');
      line.start += marker[0].length;
      line.text = line.text.slice(marker[0].length);
    }

    const key = line.text.toLowerCase();
    if (seen.has(key)) return mark(line, 'boilerplate', 'repeated line');
    seen.add(key);

    const facts = factsOf(line.text);
    // "Business | Markets | Economy", "Local News / Millbrook": a breadcrumb of sections.
    if (!facts.endsLikeSentence && /\s[|/>»]\s/.test(line.text)) return mark(line, 'boilerplate', 'category or section line');
    // Banners and appeals are short; a long line is a paragraph of reporting (or a whole article on one line).
    const rule = facts.words <= MAX_BOILERPLATE_WORDS && BOILERPLATE_TRIGGER.test(line.text) ? BOILERPLATE_RULES.find((candidate) => candidate.test(facts)) : undefined;
    if (rule) return mark(line, 'boilerplate', rule.reason);

    // Headings and captions are short: a long line without a final stop is still a paragraph.
    if (!facts.endsLikeSentence && facts.words < 40) {
      // Before the first paragraph: a headline, a standfirst or a section label; settled once all are seen.
      if (!bodySeen) return mark(line, 'standfirst', 'heading');
      return mark(line, 'boilerplate', 'caption or heading (no sentence ending)');
    }
    if (facts.words < 5) return mark(line, 'boilerplate', 'fragment');
    if (facts.words <= MAX_BOILERPLATE_WORDS && personalPronounCount(facts.unquoted) >= 2 && !line.text.includes('"')) return mark(line, 'boilerplate', 'the publisher addressing readers');
    bodySeen = true;
  });

  chooseTitle(lines, result);
  markTrailer(lines);
  markAuthorBio(lines);
  return result;
}

/**
 * Among the headings above the first paragraph, the headline is the first of 4 to 20 words (section labels
 * are shorter, a standfirst longer), else the last of 2 words or more; labels above it are section lines.
 */
function chooseTitle(lines: ArticleLine[], result: ClassifiedLines): void {
  const headings = lines.filter((line) => line.kind === 'standfirst' && line.reason === 'heading');
  const words = (line: ArticleLine) => wordCount(line.text);
  const title = result.title === undefined ? (headings.find((line) => words(line) >= 4 && words(line) <= 20) ?? headings.filter((line) => words(line) >= 2 && words(line) <= 20).at(-1)) : undefined;
  if (title) {
    result.title = title.text;
    title.kind = 'title';
    delete title.reason;
  }
  for (const line of headings) {
    if (line === title) continue;
    const afterTitle = title !== undefined && line.start > title.start;
    if (afterTitle && words(line) >= 8) {
      delete line.reason;
    } else {
      line.kind = 'boilerplate';
      line.reason = 'category or section line';
    }
  }
}

/** After a closing heading ("Related articles", "Give the gift…") in the last part of a page, nothing is reporting. */
function markTrailer(lines: ArticleLine[]): void {
  const from = Math.floor(lines.length * 0.6);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as ArticleLine;
    if (!TRAILER_HEADING.test(line.text.replace(/[:.!]+$/, ''))) continue;
    for (let k = i; k < lines.length; k++) {
      const rest = lines[k] as ArticleLine;
      if (rest.kind === 'body' || rest.kind === 'standfirst') {
        rest.kind = 'boilerplate';
        rest.reason = 'after the end of the article';
      }
    }
    return;
  }
}

const BIO_OPENING = /^(\p{Lu}[\p{L}'.-]+\s+){1,3}(is|was|has been)\s+(a|an|the)\b/u;

/** An author bio closes the article: "<Name> is a journalist…", and any lines about them that follow. */
function markAuthorBio(lines: ArticleLine[]): void {
  const body = lines.filter((line) => line.kind === 'body');
  for (const line of body.slice(-2)) {
    if (wordCount(line.text) > MAX_BOILERPLATE_WORDS) continue; // a bio is short; a long line is reporting
    if (!(BIO_OPENING.test(line.text) && BIO_PROFESSION.test(line.text)) && !/\b(is the author of|writes (about|for|on))\b/i.test(line.text)) continue;
    const index = lines.indexOf(line);
    for (let k = index; k < lines.length; k++) {
      const rest = lines[k] as ArticleLine;
      if (rest.kind === 'body') {
        rest.kind = 'boilerplate';
        rest.reason = 'author bio';
      }
    }
    return;
  }
}
