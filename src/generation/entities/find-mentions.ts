import type { Sentence, Token } from '../nlp/analyse-body.ts';
import { editDistance } from './edit-distance.ts';
import { lookUpPlace, type Place } from './lexicon/places.ts';
import { HONORIFICS, MONTHS, ORGANISATION_WORDS, REPORTING_VERBS, ROLE_HEADS } from './lexicon/roles.ts';

export type MentionKind = 'person' | 'place' | 'organisation' | 'name';

export interface Role {
  /** As it reads in a question: "Israeli Defense Minister", "the head of the Azerbaijani Society of Maine". */
  text: string;
  /** The job word, for telling holders of the same job apart: "minister", "head". */
  head: string;
}

/** A capitalised name in a sentence; `first`..`last` are article token indices of the name itself. */
export interface Mention {
  sentence: number;
  first: number;
  last: number;
  surface: string;
  kind: MentionKind;
  place?: Place;
  role?: Role;
  /** This mention alone shows a person: a title, honorific, job appositive or attributed speech. */
  personEvidence: boolean;
  /** The name is the one a reporting verb attributes speech to. */
  speaker: boolean;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTH_SET = new Set(MONTHS.map((month) => month.toLowerCase()));
const FUNCTION_POS = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'PART', 'INTJ', 'NUM']);
const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'de', 'del', 'la', 'du', 'von', 'van', 'al', 'el']);
const NAME_SHAPE = /^(\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}\.|\p{Lu}{2,}\p{Ll}+|l\p{Ll}{3,}|\p{Lu}\p{Ll}*-\p{Lu}\p{Ll}+)$/u;
const MEDIA_FOLLOWER = /^\s+(news agency|agency|newspaper|magazine|broadcaster|website|channel|outlet|daily|weekly|radio|tv|television)\b/i;
const ACRONYM = /^(\p{Lu}{2,6}|(\p{Lu}\.){2,4})$/u;

const roleHeadCache = new Map<string, string | undefined>();
const LONG_ROLE_HEADS = [...ROLE_HEADS].filter((head) => head.length >= 6);

export function roleHeadOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (ROLE_HEADS.has(lower)) return lower;
  if (lower.length < 6 || !/^\p{L}+$/u.test(lower)) return undefined;
  if (roleHeadCache.has(lower)) return roleHeadCache.get(lower);
  // A typo'd title ("Minster") still reads as its title.
  const found = LONG_ROLE_HEADS.find((head) => Math.abs(head.length - lower.length) <= 1 && head[0] === lower[0] && editDistance(lower, head, 1) <= 1);
  if (roleHeadCache.size < 100_000) roleHeadCache.set(lower, found);
  return found;
}

function isCapitalised(token: Token, index: number, tokens: readonly Token[], sentence: Sentence): boolean {
  const text = token.text;
  const initial = text[0] ?? '';
  // Most tokens are lower-case words or punctuation: settle them without a Unicode regular expression.
  if (initial >= 'a' && initial <= 'z' && initial !== 'l') return false;
  if (initial < 'A' && initial !== '') return false;
  if (!/^\p{Lu}/u.test(text)) {
    // "llham Aliyev": a scanned capital I read as small l, right before another name.
    const next = tokens[index + 1];
    const taggedName = token.pos === 'PROPN' && /^l[l\p{Ll}]{3,}$/u.test(text);
    const beforeName = /^l{2}\p{Ll}{2,}$/u.test(text) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text);
    return taggedName || beforeName;
  }
  if (text === 'I') return false;
  if (WEEKDAYS.has(token.lower) || MONTH_SET.has(token.lower)) return false;
  const previous = tokens[index - 1];
  const opensClause = index === sentence.first || (previous !== undefined && /^["(:\[—–-]$/.test(previous.text));
  if (opensClause && (FUNCTION_POS.has(token.pos) || token.pos === 'VERB')) return false;
  return true;
}

function joinTokens(tokens: readonly Token[], first: number, last: number, text: string): string {
  return text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
}

function classify(surface: string): { kind: MentionKind; place?: Place } {
  const place = lookUpPlace(surface);
  if (place) return { kind: 'place', place };
  const words = surface.toLowerCase().split(/[\s-]+/);
  if (words.some((word) => ORGANISATION_WORDS.has(word))) return { kind: 'organisation' };
  if (ACRONYM.test(surface)) return { kind: 'organisation' };
  return { kind: 'name' };
}

function isReportingVerb(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX') && REPORTING_VERBS.has(token.lower);
}

/** ", the head of X," after a name (or before it: "The then defence minister, Benny Gantz,"): a role phrase. */
function appositiveAfter(tokens: readonly Token[], last: number, sentence: Sentence, text: string): { role: Role; end: number } | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  let end = last + 2;
  while (end <= sentence.last && end - last <= 20 && !/^[,;:"()]$/.test((tokens[end] as Token).text)) end++;
  const closing = tokens[end]?.text;
  if (end > sentence.last || (closing !== ',' && closing !== ':' && closing !== '"')) return undefined;
  const phrase = tokens.slice(last + 2, end);
  if (phrase.length < 2 || phrase.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return undefined;
  const head = phrase.map((token) => roleHeadOf(token.text)).find((found) => found !== undefined);
  if (!head) return undefined;
  return { role: { text: joinTokens(tokens, last + 2, end - 1, text), head }, end };
}

type Span = [first: number, last: number];

/** Runs of capitalised tokens ("Israeli Defence Minister Yoav Gallant", "Nagorno-Karabakh"). */
function capitalisedRuns(tokens: readonly Token[], sentence: Sentence): Span[] {
  const runs: Span[] = [];
  let i = sentence.first;
  while (i <= sentence.last) {
    if (!isCapitalised(tokens[i] as Token, i, tokens, sentence)) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      const next = tokens[end + 1];
      const afterNext = tokens[end + 2];
      if (next && end + 1 <= sentence.last && isCapitalised(next, end + 1, tokens, sentence) && next.start - (tokens[end] as Token).end <= 1) {
        end++;
      } else if (next?.text === '-' && next.start === (tokens[end] as Token).end && afterNext && afterNext.start === next.end && /^\p{Lu}/u.test(afterNext.text)) {
        end += 2; // Nagorno-Karabakh
      } else break;
    }
    // "RTS,S": a run glued to punctuation and more letters is part of a code, not a name.
    const after = tokens[end + 1];
    const glued = after && after.start === (tokens[end] as Token).end && /^[,/]$/.test(after.text) && tokens[end + 2]?.start === after.end;
    if (!glued) runs.push([i, end]);
    i = end + 1;
  }
  return runs;
}

/** Words that close the field of an organisation's name ("Ministry of Foreign Affairs", "Institute for … Studies"). */
const DOMAIN_WORDS = new Set(
  `affairs defense defence health justice interior finance education science sciences studies technology energy commerce trade
  security development agriculture environment culture transport transportation labour labor industry economy research medicine`.split(/\s+/),
);

/** The last field word of a run, if the words after it could be a name of their own (no field, organisation or place word). */
function lastDomainWord(tokens: readonly Token[], run: Span): number {
  for (let k = run[1] - 1; k >= run[0]; k--) {
    if (!DOMAIN_WORDS.has((tokens[k] as Token).lower)) continue;
    const tail = tokens.slice(k + 1, run[1] + 1);
    const plain = tail.every((token) => token.pos === 'PROPN' && !ORGANISATION_WORDS.has(token.lower) && !DOMAIN_WORDS.has(token.lower) && lookUpPlace(token.text) === undefined);
    return plain ? k : -1;
  }
  return -1;
}

/**
 * "Institute for National Security Studies", "Embassy of Azerbaijan": joins runs through a connector when the
 * left part is already an organisation name ("Tom Aldridge of the University of Cambridge" stays two).
 */
function mergeOrganisationRuns(tokens: readonly Token[], runs: readonly Span[], text: string): Span[] {
  const merged: Span[] = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous) {
      const gap = tokens.slice(previous[1] + 1, run[0]);
      const connective = gap.length >= 1 && gap.length <= 2 && gap.every((token) => CONNECTORS.has(token.lower));
      const left = joinTokens(tokens, previous[0], previous[1], text).toLowerCase().split(/\s+/);
      if (connective && gap[0]?.text !== 'and' && left.some((word) => ORGANISATION_WORDS.has(word))) {
        const domainEnd = lastDomainWord(tokens, run);
        // "the Ministry of Foreign Affairs Naseer Kanaani's proposal": a name right after the field ends it.
        if (domainEnd !== -1 && run[1] - domainEnd >= 2) {
          previous[1] = domainEnd;
          merged.push([domainEnd + 1, run[1]]);
        } else previous[1] = run[1];
        continue;
      }
    }
    merged.push([run[0], run[1]]);
  }
  return merged;
}

/** A title inside a run: the last job word before a person's name ("Israeli Defence Minister | Yoav Gallant"). */
function titleInRun(tokens: readonly Token[], first: number, last: number): { nameFirst: number; role: Role } | undefined {
  for (let k = last - 1; k >= first; k--) {
    const head = roleHeadOf((tokens[k] as Token).text);
    if (!head) continue;
    const nameTokens = tokens.slice(k + 1, last + 1);
    const isName = nameTokens.length >= 1 && nameTokens.length <= 4 && nameTokens.every((token) => NAME_SHAPE.test(token.text)) && classify(nameTokens.map((token) => token.text).join(' ')).kind === 'name';
    if (!isName) return undefined;
    let roleFirst = first;
    // "Azerbaijan's President X": the possessive country belongs to the title.
    if (tokens[first - 1]?.text === "'s" && tokens[first - 2] && lookUpPlace((tokens[first - 2] as Token).text)) roleFirst = first - 2;
    const words = tokens.slice(roleFirst, k + 1).map((token, index) => {
      const fixed = roleHeadOf(token.text);
      // Write a typo'd title word as the title it is.
      return fixed && fixed !== token.lower && index + roleFirst === k ? fixed.replace(/^\p{L}/u, (c) => c.toUpperCase()) : token.text;
    });
    return { nameFirst: k + 1, role: { text: words.join(' ').replace(/ 's\b/g, "'s"), head } };
  }
  return undefined;
}

/** "journalist Anastasia Lavrina", "Israeli political and defense analyst Amir Oren": a job noun before the name. */
function jobNounBefore(tokens: readonly Token[], nameFirst: number, sentence: Sentence, text: string): Role | undefined {
  const before = tokens[nameFirst - 1];
  if (!before || before.pos === 'PROPN' || !/^\p{Ll}/u.test(before.text)) return undefined;
  const head = roleHeadOf(before.text);
  if (!head) return undefined;
  let from = nameFirst - 1;
  while (from - 1 >= sentence.first && nameFirst - from < 6) {
    const candidate = tokens[from - 1] as Token;
    if (!['ADJ', 'NOUN', 'PROPN', 'CCONJ'].includes(candidate.pos) || /^[,;:"]$/.test(candidate.text)) break;
    from--;
  }
  while (from < nameFirst - 1 && (tokens[from] as Token).pos === 'CCONJ') from++;
  return { text: joinTokens(tokens, from, nameFirst - 1, text), head };
}

/** "The then defence minister, Benny Gantz, paid…": a role phrase before the name, set off by commas. */
function rolePhraseBefore(tokens: readonly Token[], nameFirst: number, last: number, sentence: Sentence, text: string): Role | undefined {
  if (tokens[nameFirst - 1]?.text !== ',' || tokens[last + 1]?.text !== ',') return undefined;
  let from = nameFirst - 2;
  while (from >= sentence.first && nameFirst - from < 8 && !/^[,;:"]$/.test((tokens[from] as Token).text)) from--;
  const phrase = tokens.slice(from + 1, nameFirst - 1);
  const head = phrase.map((token) => roleHeadOf(token.text)).find((found) => found !== undefined);
  if (!head || phrase.length < 2 || phrase.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return undefined;
  return { text: joinTokens(tokens, from + 1, nameFirst - 2, text).replace(/^(the|a|an)\s+/i, ''), head };
}

/**
 * Finds the capitalised names of one sentence, splits titles off names ("Defense Minister" | "Yoav Gallant"),
 * reads job appositives and speech attribution, and sorts each name into person, place, organisation or
 * not-yet-known ("name", settled across the corpus).
 */
export function findMentions(tokens: readonly Token[], sentence: Sentence, sentenceIndex: number, text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [runFirst, last] of mergeOrganisationRuns(tokens, capitalisedRuns(tokens, sentence), text)) {
    let first = runFirst;
    let honorific = false;
    while (first < last && HONORIFICS.has((tokens[first] as Token).lower)) {
      first++;
      honorific = true;
    }
    const title = titleInRun(tokens, first, last);
    const nameFirst = title?.nameFirst ?? first;
    let role = title?.role;
    let evidence = title !== undefined;
    const surface = joinTokens(tokens, nameFirst, last, text);
    const { kind: baseKind, place } = role ? { kind: 'person' as MentionKind, place: undefined } : classify(surface);
    let kind = baseKind;
    const before = tokens[nameFirst - 1];
    if (honorific || (before && HONORIFICS.has(before.lower))) evidence = true;
    if (!role && kind === 'name') {
      role = jobNounBefore(tokens, nameFirst, sentence, text);
      if (role) evidence = true;
    }
    let speaker = false;
    const appositive = kind === 'name' || kind === 'person' ? appositiveAfter(tokens, last, sentence, text) : undefined;
    if (appositive && !role) {
      role = appositive.role;
      evidence = true;
    }
    const afterName = appositive ? appositive.end + 1 : last + 1;
    // "X said", "X, the head of Y, proclaimed", "said X", "said Dr. X".
    if (isReportingVerb(tokens[afterName])) speaker = evidence = true;
    if ((isReportingVerb(before) || isReportingVerb(tokens[runFirst - 1])) && (kind === 'name' || kind === 'person')) speaker = evidence = true;
    if (!role) {
      role = rolePhraseBefore(tokens, nameFirst, last, sentence, text);
      if (role) evidence = true;
    }
    // A name built on a place ("Israel Today") is an outlet or an institution, never a person.
    const mediaAfter = MEDIA_FOLLOWER.test(text.slice((tokens[last] as Token).end, (tokens[last] as Token).end + 24));
    if (kind === 'name' && surface.split(/\s+/).some((word) => lookUpPlace(word) !== undefined)) kind = evidence || mediaAfter ? 'organisation' : 'name';
    if (kind === 'name' && mediaAfter) kind = 'organisation';
    if (evidence && kind === 'name') kind = 'person';
    // "Deputy Chairman of the Public Council": a job, not the name of an organisation.
    if (kind === 'organisation' && roleHeadOf((tokens[first] as Token).text)) continue;
    const mention: Mention = { sentence: sentenceIndex, first: nameFirst, last, surface, kind, personEvidence: evidence && kind === 'person', speaker: speaker && kind === 'person' };
    if (place) mention.place = place;
    if (role && kind === 'person') mention.role = role;
    mentions.push(mention);
  }
  return mentions;
}
