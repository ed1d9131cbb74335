import { normaliseForMatch } from '../../bank/check-question.ts';
import type { Candidate } from '../questions/candidate.ts';

export const MIN_SCORE = 3.5;
const SAME_FACT = 0.5;
const RECENT = 50;
const SECOND_QUESTION = 4.9;

/** Penalties for what makes a question harder to read: long stems, long passages. */
export function readabilityPenalty(candidate: Candidate): number {
  let penalty = 0;
  if (candidate.stem.length > 200) penalty += 0.5;
  if (candidate.stem.length > 260) penalty += 0.5;
  if (candidate.end - candidate.start > 500) penalty += 0.5;
  return penalty;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.max(1, left.size + right.size - shared);
}

function better(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.form === b.form ? 0 : a.form === 'question' ? -1 : 1) || a.article.index - b.article.index || a.start - b.start || a.order - b.order;
}

/**
 * Keeps the best question per sentence that `usable` accepts, never the same fact twice (in this or another
 * article: same answer and mostly the same content words). Sentences are visited best first; a candidate
 * whose fact is already asked gives way to the next one of its sentence. `usable` finds the distractors, the
 * costly part, so it only runs on candidates that would be kept. Buckets by answer keep the cost linear.
 */
export function selectCandidates(candidates: readonly Candidate[], usable: (candidate: Candidate) => boolean = () => true): Candidate[] {
  const bySentence = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    if (candidate.score < MIN_SCORE) continue;
    const key = `${candidate.article.index}|${candidate.sentence}`;
    const list = bySentence.get(key);
    if (list) list.push(candidate);
    else bySentence.set(key, [candidate]);
  }
  const lists = [...bySentence.values()].map((list) => list.sort(better)).sort((a, b) => better(a[0] as Candidate, b[0] as Candidate));

  const kept: Candidate[] = [];
  const byAnswer = new Map<string, Candidate[]>();
  const exact = new Set<string>();
  const fingerprint = (candidate: Candidate) => `${normaliseForMatch(candidate.answer)}|${candidate.keyWords.join(' ')}`;
  const isDuplicate = (candidate: Candidate): boolean => {
    if (exact.has(fingerprint(candidate))) return true;
    const same = byAnswer.get(normaliseForMatch(candidate.answer)) ?? [];
    for (let i = Math.max(0, same.length - RECENT); i < same.length; i++) if (jaccard((same[i] as Candidate).keyWords, candidate.keyWords) >= SAME_FACT) return true;
    return false;
  };
  const keep = (candidate: Candidate) => {
    exact.add(fingerprint(candidate));
    const key = normaliseForMatch(candidate.answer);
    byAnswer.set(key, [...(byAnswer.get(key) ?? []), candidate].slice(-RECENT));
    kept.push(candidate);
  };
  // Neither of a sentence's two questions may give the other away ("In which month did Morton admit…?"
  // beside "Who admitted… in January?").
  const leaks = (a: Candidate, b: Candidate) => normaliseForMatch(a.stem).includes(normaliseForMatch(b.answer));

  for (const list of lists) {
    const found = list.find((candidate) => !isDuplicate(candidate) && usable(candidate));
    if (!found) continue;
    keep(found);
    // A sentence with two facts worth a real question (who, and when) may give both.
    if (found.form !== 'question') continue;
    const second = list.find((candidate) => candidate !== found && candidate.form === 'question' && candidate.kind !== found.kind && candidate.score >= SECOND_QUESTION && !leaks(candidate, found) && !leaks(found, candidate) && !isDuplicate(candidate) && usable(candidate));
    if (second) keep(second);
  }
  return kept.sort((a, b) => a.article.index - b.article.index || a.start - b.start || (a.stem < b.stem ? -1 : 1));
}
