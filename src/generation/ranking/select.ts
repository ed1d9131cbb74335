import { normaliseForMatch } from '../../bank/check-question.ts';
import type { Candidate } from '../questions/candidate.ts';

export const MIN_SCORE = 3.5;
const SAME_FACT = 0.5;
const RECENT = 50;
const SECOND_QUESTION = 4.9;
const NEAR_EQUAL = 0.5;
/** More sentences than any article has: a sentence's key is article × this + sentence. */
const SENTENCES_PER_ARTICLE = 1 << 20;

const VAGUE_KINDS = new Set(['number', 'date', 'place', 'person']);

/**
 * Penalties for what makes a question harder to read: long stems, long passages, and a question that names
 * nothing ("How much will the project cost?"): no name and no figure to say which project.
 */
export function readabilityPenalty(candidate: Candidate): number {
  let penalty = 0;
  if (candidate.form === 'question' && VAGUE_KINDS.has(candidate.kind) && !/\s\p{Lu}|\d/u.test(candidate.stem.slice(1))) penalty += 1.2;
  const length = candidate.stemLength ?? candidate.stem.length;
  if (length > 200) penalty += 0.5;
  if (length > 260) penalty += 0.5;
  if (candidate.end - candidate.start > 500) penalty += 0.5;
  return penalty;
}

function jaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
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
  const bySentence = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    if (candidate.score < MIN_SCORE) continue;
    const key = candidate.article.index * SENTENCES_PER_ARTICLE + candidate.sentence;
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
  // Answers repeat across a corpus: each distinct one is folded once.
  const folded = new Map<string, string>();
  const keyOf = (candidate: Candidate) => {
    let key = folded.get(candidate.answer);
    if (key === undefined) {
      key = normaliseForMatch(candidate.answer);
      folded.set(candidate.answer, key);
    }
    return key;
  };
  const fingerprints = new Map<Candidate, string>();
  const fingerprint = (candidate: Candidate) => {
    let print = fingerprints.get(candidate);
    if (print === undefined) {
      print = `${keyOf(candidate)}|${candidate.keyWords.join(' ')}`;
      fingerprints.set(candidate, print);
    }
    return print;
  };
  // Each kept question's words as a set, made once however often it is compared.
  const wordSets = new Map<Candidate, Set<string>>();
  const wordSet = (candidate: Candidate) => {
    let set = wordSets.get(candidate);
    if (!set) {
      set = new Set(candidate.keyWords);
      wordSets.set(candidate, set);
    }
    return set;
  };
  const speakerOf = (candidate: Candidate) => (candidate.kind === 'quote' && candidate.request.type === 'entity' ? `${candidate.article.index}|${candidate.request.entity.id}` : undefined);
  const isDuplicate = (candidate: Candidate): boolean => {
    if (exact.has(fingerprint(candidate))) return true;
    // "The 2020 Abraham Accords…" in two articles: the same figure of the same name, however worded.
    if (candidate.anchor !== undefined && anchored.has(`${keyOf(candidate)}|${candidate.anchor}`)) return true;
    // Two quotations of one speaker in one passage: the passage is asked about once.
    const speaker = speakerOf(candidate);
    if (speaker !== undefined && (quoted.get(speaker) ?? []).some((other) => other.start < candidate.end && candidate.start < other.end)) return true;
    const same = byAnswer.get(keyOf(candidate));
    if (!same) return false;
    const words = new Set(candidate.keyWords);
    for (let i = Math.max(0, same.length - RECENT); i < same.length; i++) if (jaccard(wordSet(same[i] as Candidate), words) >= SAME_FACT) return true;
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
  for (const list of lists) {
    const seen = new Set<string>();
    for (const candidate of list) {
      const answer = answerOf(candidate);
      if (seen.has(answer)) continue;
      seen.add(answer);
      demand.set(answer, (demand.get(answer) ?? 0) + 1);
    }
  }
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
