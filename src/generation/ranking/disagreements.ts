import { normaliseForMatch } from '../../bank/check-question.ts';
import type { Corpus } from '../corpus.ts';
import type { Entity } from '../entities/entity-registry.ts';
import type { QuantityKind } from '../nlp/quantities.ts';
import type { Candidate } from '../questions/candidate.ts';

const MEASURE_WORDS = new Set(['percent', 'per', 'cent', 'half', 'third', 'quarter', 'share', 'quantity', 'number', 'year', 'time', 'up', 'upward', 'date']);
const TIME_UNITS = new Set(['year', 'years', 'decade', 'decades', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'century', 'centuries']);
const CLASS_OF: Partial<Record<QuantityKind, string>> = { percent: 'share', fraction: 'share', money: 'money', count: 'count' };

/**
 * Finds facts that two articles state with different values (one says "up to 40 percent" of Israel's oil,
 * another "upwards of half"): same class of quantity, a shared common noun, and at least two shared
 * names. Returns, per disputed candidate, the other articles' values, which may never be offered as wrong
 * choices. Candidates are bucketed by noun so the cost stays linear.
 */
export function findDisagreements(candidates: readonly Candidate[], corpus: Corpus): Map<Candidate, string[]> {
  const buckets = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    if (candidate.request.type !== 'quantity') continue;
    const kind = CLASS_OF[candidate.request.quantity.kind];
    // Lengths of time ("more than 30 years", "25 years later") measure different periods, rarely one fact.
    if (!kind || TIME_UNITS.has(candidate.request.quantity.unit ?? '')) continue;
    for (const word of nounsOf(candidate)) {
      const key = `${kind}|${word}`;
      const bucket = buckets.get(key) ?? [];
      bucket.push(candidate);
      buckets.set(key, bucket);
    }
  }
  const disputed = new Map<Candidate, string[]>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > 50) continue; // a noun that common says nothing about one fact
    for (const a of bucket) for (const b of bucket) {
      if (a.article === b.article || normaliseForMatch(a.answer) === normaliseForMatch(b.answer) || sameAmount(a, b)) continue;
      const shared = a.keyWords.filter((word) => b.keyWords.includes(word) && /^\p{L}/u.test(word));
      if (shared.length < 3) continue;
      // About the same things: "Israel" and "Azerbaijan" in both, not just "goals" and "season".
      const names = namesOf(corpus, b);
      let sharedNames = 0;
      for (const name of namesOf(corpus, a)) if (names.has(name)) sharedNames++;
      if (sharedNames < 2) continue;
      const list = disputed.get(a) ?? [];
      if (!list.includes(normaliseForMatch(b.answer))) list.push(normaliseForMatch(b.answer));
      disputed.set(a, list);
    }
  }
  return disputed;
}

const sentenceNames = new WeakMap<Candidate, Set<Entity>>();

/** The people, places and organisations the candidate's sentence names. */
function namesOf(corpus: Corpus, candidate: Candidate): Set<Entity> {
  let names = sentenceNames.get(candidate);
  if (!names) {
    names = new Set();
    for (const mention of candidate.article.mentions[candidate.sentence] ?? []) {
      const entity = corpus.registry.entityOf(mention);
      if (entity) names.add(entity);
    }
    sentenceNames.set(candidate, names);
  }
  return names;
}

function nounsOf(candidate: Candidate): string[] {
  const tokens = candidate.article.ingested.tokens;
  const sentence = candidate.article.ingested.sentences[candidate.sentence];
  if (!sentence) return [];
  const nouns: string[] = [];
  for (let i = sentence.first; i <= sentence.last; i++) {
    const token = tokens[i];
    if (token?.pos === 'NOUN' && !MEASURE_WORDS.has(token.lower.replace(/s$/, ''))) nouns.push(token.lower.replace(/s$/, ''));
  }
  return nouns;
}

const YEARS_IN: Record<string, number> = { year: 1, years: 1, decade: 10, decades: 10, century: 100, centuries: 100 };

/** "30 years" and "three decades" are one length of time, not two accounts of it. */
function sameAmount(a: Candidate, b: Candidate): boolean {
  if (a.request.type !== 'quantity' || b.request.type !== 'quantity') return false;
  const years = (candidate: Candidate) => {
    const quantity = (candidate.request as Extract<Candidate['request'], { type: 'quantity' }>).quantity;
    const scale = quantity.unit === undefined ? undefined : YEARS_IN[quantity.unit];
    return scale === undefined || quantity.value === undefined ? undefined : quantity.value * scale;
  };
  const left = years(a);
  return left !== undefined && left === years(b);
}
