import type { RoundResult } from '../../engine/round.ts';
import { FIRST_CORRECT_BONUS } from '../../engine/scoring.ts';
import { correctDisplayIndex, displayedChoices } from '../../engine/round.ts';
import type { RoundRecord, RoundStatus } from '../../storage/records/round-record.ts';

/** The opaque value the adapter stored with the round (e.g. channel and message ids); any JSON. */
export type AdapterRef = RoundRecord['adapterRef'];

export interface CitedSource {
  article: string;
  title: string;
  passage: string;
}

/** A round as members see it while it runs: never says which choice is right. */
export interface RoundView {
  id: string;
  guildId: string;
  channelId: string;
  startedBy: string | null;
  questionId: string;
  stem: string;
  /** In display order; button i answers with `choice: i`. */
  choices: string[];
  article: { id: string; title: string } | null;
  startedAt: number;
  deadline: number;
  status: RoundStatus;
  answeredCount: number;
}

/** Emitted once a round is over: what the adapter needs to edit the round's message. */
export interface RoundEnd {
  /** `revealed`: scored as usual. `expired`: found long past its deadline after a restart; nobody scored. */
  kind: 'revealed' | 'expired';
  round: RoundView;
  /** Index into `round.choices`. */
  correctChoice: number;
  correctAnswer: string;
  source: CitedSource | null;
  /** Every answer in the order given, with the points it earned. */
  results: RoundResult[];
  firstCorrect: { userId: string; bonus: number } | null;
  adapterRef: AdapterRef;
}

export function toRoundView(round: RoundRecord): RoundView {
  const source = round.question.source;
  return {
    id: round.id,
    guildId: round.guildId,
    channelId: round.channelId,
    startedBy: round.startedBy,
    questionId: round.question.id,
    stem: round.question.stem,
    choices: displayedChoices(round),
    article: source ? { id: source.article, title: source.title } : null,
    startedAt: round.startedAt,
    deadline: round.deadline,
    status: round.status,
    answeredCount: Object.keys(round.answers).length,
  };
}

export function citedSource(source: RoundRecord['question']['source']): CitedSource | null {
  return source ? { article: source.article, title: source.title, passage: source.passage } : null;
}

/** The end of a closed round (its outcome is fixed once it leaves `open`). */
export function toRoundEnd(round: RoundRecord): RoundEnd {
  const correctChoice = round.outcome?.correctChoice ?? correctDisplayIndex(round);
  const results = round.outcome?.results ?? [];
  const first = results.find((result) => result.firstCorrect);
  return {
    kind: round.status === 'expired' ? 'expired' : 'revealed',
    round: toRoundView(round),
    correctChoice,
    correctAnswer: round.question.choices[round.question.answerIndex]!,
    source: citedSource(round.question.source),
    results,
    firstCorrect: first ? { userId: first.userId, bonus: FIRST_CORRECT_BONUS } : null,
    adapterRef: round.adapterRef,
  };
}
