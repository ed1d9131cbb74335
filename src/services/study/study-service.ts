import { z } from 'zod';
import type { Question } from '../../bank/schema.ts';
import { isDue, scheduleAfterAnswer, TOP_BOX } from '../../engine/leitner.ts';
import { rememberRecent } from '../../engine/question-selection.ts';
import { seedFromText, seededRandom, shuffledOrder, type Random } from '../../engine/random.ts';
import { pickStudyCard } from '../../engine/study-session.ts';
import type { QuizStore } from '../../storage/quiz-store.ts';
import { recordIdSchema } from '../../storage/records/ids.ts';
import {
  ANSWERED_CARDS_KEPT,
  emptyLearner,
  PENDING_CARDS_KEPT,
  RECENT_QUESTIONS_KEPT,
  type AnsweredCard,
  type LearnerRecord,
} from '../../storage/records/learner-record.ts';
import type { QuestionCatalogue } from '../catalogue/question-catalogue.ts';
import { parseInput } from '../input-error.ts';
import { citedSource } from '../rounds/round-views.ts';
import type { Clock } from '../runtime.ts';
import type { StudyAnswerResult, StudyFeedback, StudyNext, StudyProgress } from './study-views.ts';

const memberSchema = z.object({ guildId: recordIdSchema, userId: recordIdSchema, now: z.number().optional() });
const nextInputSchema = memberSchema.extend({ article: z.string().trim().max(100).optional() });
const answerInputSchema = memberSchema.extend({ cardId: recordIdSchema, choice: z.number() });

/**
 * Personal practice with spaced repetition (Leitner boxes, see engine/leitner.ts), per member and server.
 * Study answers do not change leaderboard points: those come from channel rounds only.
 */
export class StudyService {
  constructor(
    private readonly store: QuizStore,
    private readonly catalogue: QuestionCatalogue,
    private readonly clock: Clock,
    private readonly random: Random,
    private readonly newId: () => string,
  ) {}

  /** The member's next card: an overdue one first, else a new question; optionally from one article. */
  async nextCard(input: z.input<typeof nextInputSchema>): Promise<StudyNext> {
    const { guildId, userId, article, now = this.clock.now() } = parseInput(nextInputSchema, input);
    const pool = await this.catalogue.questions(guildId, { article: article || undefined });
    const key = `${guildId}:${userId}`;
    const learner = (await this.store.learners.get(key)) ?? emptyLearner();
    const pick = pickStudyCard(pool, learner.cards, { now, recent: learner.recent, random: this.random });
    if (pick.kind === 'empty') return { status: 'no-questions' };
    if (pick.kind === 'caught-up') return { status: 'caught-up', nextDueAt: pick.nextDueAt };

    const question = pick.question;
    const cardId = this.newId();
    const order = shuffledOrder(question.choices.length, seededRandom(seedFromText(cardId)));
    await this.store.learners.update(key, (current) => {
      const base = current ?? emptyLearner();
      const pending = [{ cardId, questionId: question.id, order, shownAt: now }, ...base.pending].slice(0, PENDING_CARDS_KEPT);
      return { result: undefined, next: { ...base, pending, recent: rememberRecent(base.recent, question.id, RECENT_QUESTIONS_KEPT) } };
    });
    return {
      status: 'card',
      card: {
        cardId,
        questionId: question.id,
        stem: question.stem,
        choices: order.map((index) => question.choices[index]!),
        article: question.source ? { id: question.source.article, title: this.catalogue.articleTitle(question) } : null,
        box: pick.kind === 'due' ? pick.card.box : null,
      },
    };
  }

  /** Grades a card once; answering the same card again returns the same feedback with `repeated: true`. */
  async answerCard(input: z.input<typeof answerInputSchema>): Promise<StudyAnswerResult> {
    const { guildId, userId, cardId, choice, now = this.clock.now() } = parseInput(answerInputSchema, input);
    const key = `${guildId}:${userId}`;
    const learner = await this.store.learners.get(key);
    const shown = learner?.pending.find((card) => card.cardId === cardId) ?? learner?.answered.find((card) => card.cardId === cardId);
    if (!shown) return { status: 'unknown-card' };
    const question = await this.catalogue.find(guildId, shown.questionId);
    if (!question) return { status: 'unknown-card' };

    type Graded = { kind: 'graded' | 'repeated'; card: AnsweredCard } | { kind: 'refused'; status: 'unknown-card' | 'invalid-choice' };
    const graded = await this.store.learners.update<Graded>(key, (current) => {
      const base = current ?? emptyLearner();
      const done = base.answered.find((card) => card.cardId === cardId);
      if (done) return { result: { kind: 'repeated', card: done } };
      const pending = base.pending.find((card) => card.cardId === cardId);
      if (!pending) return { result: { kind: 'refused', status: 'unknown-card' } };
      if (!Number.isInteger(choice) || choice < 0 || choice >= pending.order.length) return { result: { kind: 'refused', status: 'invalid-choice' } };
      const correct = pending.order[choice] === question.answerIndex;
      const schedule = scheduleAfterAnswer(base.cards[question.id], correct, now);
      const card: AnsweredCard = { ...pending, choice, correct, answeredAt: now, box: schedule.box, dueAt: schedule.dueAt };
      const next: LearnerRecord = {
        ...base,
        cards: { ...base.cards, [question.id]: schedule },
        pending: base.pending.filter((other) => other.cardId !== cardId),
        answered: [card, ...base.answered].slice(0, ANSWERED_CARDS_KEPT),
      };
      return { result: { kind: 'graded', card }, next };
    });
    if (graded.kind === 'refused') return { status: graded.status };
    return feedback(question, graded.card, graded.kind === 'repeated');
  }

  /** Counts for a summary line: studied, due now, cards per box. */
  async progress(input: z.input<typeof memberSchema>): Promise<StudyProgress> {
    const { guildId, userId, now = this.clock.now() } = parseInput(memberSchema, input);
    const [pool, learner] = await Promise.all([this.catalogue.questions(guildId), this.store.learners.get(`${guildId}:${userId}`)]);
    const cards = pool.flatMap((question) => learner?.cards[question.id] ?? []);
    const boxes = Array.from({ length: TOP_BOX }, (_, box) => cards.filter((card) => card.box === box + 1).length);
    const later = cards.filter((card) => !isDue(card, now)).map((card) => card.dueAt);
    return {
      available: pool.length,
      studied: cards.length,
      dueNow: cards.filter((card) => isDue(card, now)).length,
      boxes,
      nextDueAt: later.length > 0 ? Math.min(...later) : null,
    };
  }
}

function feedback(question: Question, card: AnsweredCard, repeated: boolean): StudyFeedback {
  return {
    status: 'answered',
    repeated,
    correct: card.correct,
    choice: card.choice,
    correctChoice: card.order.indexOf(question.answerIndex),
    correctAnswer: question.choices[question.answerIndex]!,
    stem: question.stem,
    choices: card.order.map((index) => question.choices[index]!),
    source: citedSource(question.source),
    box: card.box,
    nextDueAt: card.dueAt,
  };
}
