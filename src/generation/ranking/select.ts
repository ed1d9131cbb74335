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
 * Keeps the best question per sentence that `usable` accepts (it finds the distractors, the costly part, so
 * it runs best-first and stops at the first success), then drops the same fact asked again (in this or
 * another article): same answer and mostly the same content words. Buckets keep it linear in practice.
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
  const best: Candidate[] = [];
  for (const list of bySentence.values()) {
    const found = list.sort(better).find(usable);
    if (!found) continue;
    best.push(found);
    // A sentence with two facts worth a real question (who, and when) may give both.
    // Neither may give the other away ("In which month did Morton admit…?" and "Who admitted… in January?").
    const leaks = (a: Candidate, b: Candidate) => normaliseForMatch(a.stem).includes(normaliseForMatch(b.answer));
    const second = list.find((candidate) => candidate !== found && candidate.form === 'question' && found.form === 'question' && candidate.kind !== found.kind && candidate.score >= SECOND_QUESTION && !leaks(candidate, found) && !leaks(found, candidate) && usable(candidate));
    if (second) best.push(second);
  }
  const kept: Candidate[] = [];
  const byAnswer = new Map<string, Candidate[]>();
  const exact = new Set<string>();
  for (const candidate of best.sort(better)) {
    const key = normaliseForMatch(candidate.answer);
    // The same fact word for word (a syndicated paragraph) is caught by one look-up; near copies are compared
    // with the latest kept questions of the same answer only, so the cost stays linear.
    const fingerprint = `${key}|${candidate.keyWords.join(' ')}`;
    if (exact.has(fingerprint)) continue;
    const same = byAnswer.get(key) ?? [];
    let duplicate = false;
    for (let i = Math.max(0, same.length - RECENT); i < same.length && !duplicate; i++) duplicate = jaccard((same[i] as Candidate).keyWords, candidate.keyWords) >= SAME_FACT;
    if (duplicate) continue;
    exact.add(fingerprint);
    same.push(candidate);
    byAnswer.set(key, same);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.article.index - b.article.index || a.start - b.start || (a.stem < b.stem ? -1 : 1));
}
