import { normaliseForMatch } from '../../bank/check-question.ts';
import type { Candidate } from '../questions/candidate.ts';

export const MIN_SCORE = 3.5;
const SAME_FACT = 0.5;
const RECENT = 50;
const SECOND_QUESTION = 4.9;
const NEAR_EQUAL = 0.5;

const VAGUE_KINDS = new Set(['number', 'date', 'place', 'person']);

/**
 * Penalties for what makes a question harder to read: long stems, long passages, and a question that names
 * nothing ("How much will the project cost?"): no name and no figure to say which project.
 */
export function readabilityPenalty(candidate: Candidate): number {
  let penalty = 0;
  if (candidate.form === 'question' && VAGUE_KINDS.has(candidate.kind) && !/\s\p{Lu}|\d/u.test(candidate.stem.slice(1))) penalty += 1.2;
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
  const anchored = new Set<string>();
  const quoted = new Map<string, Candidate[]>();
  const answerKey = new Map<Candidate, string>();
  const keyOf = (candidate: Candidate) => {
    let key = answerKey.get(candidate);
    if (key === undefined) {
      key = normaliseForMatch(candidate.answer);
      answerKey.set(candidate, key);
    }
    return key;
  };
  const fingerprint = (candidate: Candidate) => `${keyOf(candidate)}|${candidate.keyWords.join(' ')}`;
  const speakerOf = (candidate: Candidate) => (candidate.kind === 'quote' && candidate.request.type === 'entity' ? `${candidate.article.index}|${candidate.request.entity.id}` : undefined);
  const isDuplicate = (candidate: Candidate): boolean => {
    if (exact.has(fingerprint(candidate))) return true;
    // "The 2020 Abraham Accords…" in two articles: the same figure of the same name, however worded.
    if (candidate.anchor !== undefined && anchored.has(`${keyOf(candidate)}|${candidate.anchor}`)) return true;
    // Two quotations of one speaker in one passage: the passage is asked about once.
    const speaker = speakerOf(candidate);
    if (speaker !== undefined && (quoted.get(speaker) ?? []).some((other) => other.start < candidate.end && candidate.start < other.end)) return true;
    const same = byAnswer.get(keyOf(candidate)) ?? [];
    for (let i = Math.max(0, same.length - RECENT); i < same.length; i++) if (jaccard((same[i] as Candidate).keyWords, candidate.keyWords) >= SAME_FACT) return true;
    return false;
  };
  const keep = (candidate: Candidate) => {
    exact.add(fingerprint(candidate));
    if (candidate.anchor !== undefined) anchored.add(`${keyOf(candidate)}|${candidate.anchor}`);
    const speaker = speakerOf(candidate);
    if (speaker !== undefined) quoted.set(speaker, [...(quoted.get(speaker) ?? []), candidate]);
    const key = keyOf(candidate);
    byAnswer.set(key, [...(byAnswer.get(key) ?? []), candidate].slice(-RECENT));
    kept.push(candidate);
  };
  // Neither of a sentence's two questions may give the other away ("In which month did Morton admit…?"
  // beside "Who admitted… in January?").
  const leaks = (a: Candidate, b: Candidate) => normaliseForMatch(a.stem).includes(keyOf(b));

  // Of a sentence's near-equal questions, the one whose answer the bank has asked least so far: "In what year
  // did Aliyev opt…?" rather than a fifth question answered "Aliyev".
  // In how many sentences each answer turns up: a name the corpus keeps returning to is asked about anyway,
  // a year told once only here.
  const demand = new Map<string, number>();
  const answerOf = (candidate: Candidate) => (candidate.request.type === 'entity' ? `#${candidate.request.entity.id}` : keyOf(candidate));
  for (const list of lists) for (const answer of new Set(list.map(answerOf))) demand.set(answer, (demand.get(answer) ?? 0) + 1);
  const varied = (list: readonly Candidate[]): Candidate[] => {
    const best = (list[0] as Candidate).score;
    const close = list.filter((candidate) => candidate.score >= best - NEAR_EQUAL);
    if (close.length < 2) return list as Candidate[];
    const ordered = [...close].sort((a, b) => (demand.get(answerOf(a)) ?? 0) - (demand.get(answerOf(b)) ?? 0) || better(a, b));
    return [...ordered, ...list.filter((candidate) => candidate.score < best - NEAR_EQUAL)];
  };
  for (const sorted of lists) {
    const list = varied(sorted);
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
