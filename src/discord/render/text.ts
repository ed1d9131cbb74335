import { escapeMarkdown, time, TimestampStyles } from 'discord.js';

const LETTERS = 'ABCDEFGHIJ';

/** "A", "B", … for the choice at `index`. */
export function choiceLetter(index: number): string {
  return LETTERS[index] ?? String(index + 1);
}

/** Cuts text to `max` characters with an ellipsis, never splitting a surrogate pair or leaving a dangling escape. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** One line of text: runs of whitespace (newlines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Bidirectional controls (marks, embeddings, overrides, isolates): invisible, yet they can show text reversed. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Article and member text shown in markdown: every formatting character is escaped (headings, lists and
 * masked links too), so a stray `*` or `# ` in a passage shows as itself, and bidirectional controls are
 * dropped, so an override cannot display a passage or a name reversed. Mentions are left as written:
 * allowed_mentions, not escaping, is what keeps them from pinging.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text.replace(BIDI_CONTROLS, ''), { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** Escaped and cut to `max`: cut first so the ellipsis is not escaped, then again in case escaping grew it. */
export function safeText(text: string, max: number): string {
  return truncate(escapeText(truncate(text, max)), max);
}

/** A passage as a markdown block quote within `max` characters. */
export function quoteBlock(text: string, max: number): string {
  const lines = (value: string) =>
    escapeText(value)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => `> ${line}`)
      .join('\n');
  let budget = max;
  let quoted = lines(text);
  // Escapes and "> " prefixes make the quote longer than the text: shrink the text until it fits.
  while (quoted.length > max && budget > 1) {
    budget = Math.max(1, budget - Math.max(8, quoted.length - max));
    quoted = lines(truncate(text, budget));
  }
  return quoted === '' ? '> …' : quoted;
}

/** `<t:…:R>`: "in 20 seconds", "2 days ago", in each reader's own language and time zone. */
export function relativeTime(epochMs: number): string {
  return time(new Date(epochMs), TimestampStyles.RelativeTime);
}

/** "1 answer", "3 answers". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** 0.8571 → "86%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
