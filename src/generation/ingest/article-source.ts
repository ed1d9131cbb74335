import type { ArticleLine } from './classify-lines.ts';

const NAME = String.raw`\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|the|and|&)?\s*\p{Lu}[\p{L}'’&-]*){0,4}`;
const REPUBLISHED = new RegExp(String.raw`^(?:translated from|originally (?:published|appeared) (?:by|in|on)|this (?:article|story) (?:was|first) (?:originally )?(?:published|appeared) (?:by|in|on))\s+(?:the\s+)?([\w-]+\.[a-z]{2,}\b|${NAME})`, 'iu');
const COPYRIGHT = new RegExp(String.raw`©\s*(?:\d{4}\s+)?((?:The\s+)?${NAME})`, 'u');
const TOLD = new RegExp(String.raw`\b(?:tells|told|said to|in an interview with)\s+((?:The\s+)?${NAME})`, 'gu');
const BYLINE = new RegExp(String.raw`^(?:by|words by|written by|story by)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`, 'iu');
const BIO = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:is|was|has been)\b`, 'u');
const MEDIA_WORDS = /\b(news|media|times|post|journal|press|tribune|gazette|herald|guardian|telegraph|daily|weekly|radio|tv|television|wire|agency|line|today|magazine|review|observer|chronicle|standard|express|mail|independent)\b/i;
const DATELINE = /^\p{Lu}[\p{Lu} .,'-]{2,40}\(([\p{L} ]{2,30})\)\s*[-–—]/u;
const WIRES = /^(reuters|afp|ap|bloomberg|bbc|cnn|al jazeera|associated press|agence france-presse)$/i;
const NOT_A_NAME = /\b(staff|reporter|correspondent|editor|team|desk|agencies|newsroom|our|writer)\b/i;

function tidy(name: string): string {
  return name.trim().replace(/[.,;:]+$/, '');
}

/**
 * The outlet or author an article names for itself: a republication note ("Translated from Haqqin.az"), a
 * copyright line, the outlet people are said to talk to ("…, tells The Media Line"), a byline, or an author
 * bio. Used to say whose account a disputed fact is ("According to The Media Line, …").
 */
export function articleSource(lines: readonly ArticleLine[], text: string): string | undefined {
  for (const line of lines) {
    if (line.kind !== 'boilerplate') continue;
    const republished = REPUBLISHED.exec(line.text)?.[1];
    if (republished) return tidy(republished);
  }
  for (const line of lines) {
    const copyright = line.kind === 'boilerplate' ? COPYRIGHT.exec(line.text)?.[1] : undefined;
    if (copyright && !NOT_A_NAME.test(copyright)) return tidy(copyright.replace(/\s+all rights reserved.*$/i, ''));
  }
  const firstBody = lines.find((line) => line.kind === 'body');
  const wire = firstBody && DATELINE.exec(firstBody.text)?.[1];
  if (wire) return tidy(wire);
  const told = new Map<string, number>();
  for (const line of lines) {
    if (line.kind !== 'body') continue;
    for (const match of line.text.matchAll(TOLD)) {
      const name = tidy(match[1] as string);
      told.set(name, (told.get(name) ?? 0) + 1);
    }
  }
  for (const [name, count] of told) {
    const mentions = text.split(name).length - 1;
    if (MEDIA_WORDS.test(name) || WIRES.test(name) || (count >= 2 && mentions >= 3)) return name;
  }
  for (const line of lines) {
    if (line.kind !== 'boilerplate') continue;
    const byline = BYLINE.exec(line.text)?.[1];
    if (byline && !NOT_A_NAME.test(byline)) return tidy(byline);
  }
  for (const line of lines) {
    const bio = line.reason === 'author bio' ? BIO.exec(line.text)?.[1] : undefined;
    if (bio && !NOT_A_NAME.test(bio)) return tidy(bio);
  }
  return undefined;
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'as', 'at', 'by', 'with', 'from', 'its', 'is', 'are', 'was']);
const MAX_TITLE_WORDS = 8;

/** A title short enough to cite in a stem: its first clause, at most eight words ("It is in the interests of both Azerbaijan…"). */
export function shortTitle(title: string): string {
  let clause = title.split(/\s*(?::|\s[-–—|]\s)\s*/)[0] ?? title;
  if (clause.split(/\s+/).length < 3) clause = title;
  const beforeComma = clause.split(',')[0] ?? clause;
  if (beforeComma.split(/\s+/).length >= 4) clause = beforeComma;
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length <= MAX_TITLE_WORDS) return words.join(' ');
  const kept = words.slice(0, MAX_TITLE_WORDS);
  while (kept.length > 3 && FUNCTION_WORDS.has((kept[kept.length - 1] as string).toLowerCase())) kept.pop();
  return `${kept.join(' ').replace(/[,;]$/, '')}…`;
}
