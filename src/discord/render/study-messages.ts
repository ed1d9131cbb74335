import { ButtonStyle, type APIEmbed } from 'discord.js';
import { TOP_BOX } from '../../engine/leitner.ts';
import type { StudyCard, StudyFeedback, StudyProgress } from '../../services/index.ts';
import { citedSourceField } from './cited-source.ts';
import { button, buttonRow, choiceButtons, type RenderedMessage } from './components.ts';
import { fitEmbed } from './fit-embed.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { PALETTE } from './palette.ts';
import { choiceLines, questionBlock } from './question-text.ts';
import { choiceLetter, oneLine, plural, relativeTime, safeText, truncate } from './text.ts';

export interface StudyButtonIds {
  answer: (index: number) => string;
  next: string;
}

function footer(parts: Array<string | null>): { text: string } {
  return { text: truncate(parts.filter((part) => part !== null).join(' · '), DISCORD_LIMITS.footer) };
}

/** A study card: only its member sees it; the buttons answer it. */
export function renderStudyCard(card: StudyCard, ids: Pick<StudyButtonIds, 'answer'>): RenderedMessage {
  const embed: APIEmbed = {
    color: PALETTE.question,
    author: { name: '📚 Study' },
    description: questionBlock(card.stem, choiceLines(card.choices)),
    footer: footer([card.box === null ? 'New card' : `Box ${card.box} of ${TOP_BOX}`, card.article ? `From: ${oneLine(card.article.title)}` : null, `Question ${card.questionId}`]),
  };
  return { embeds: [embed], components: [choiceButtons(card.choices, ids.answer)] };
}

/** Right or wrong at once, the correct answer, the passage that proves it, and when the card comes back. */
export function renderStudyFeedback(feedback: StudyFeedback, ids: StudyButtonIds): RenderedMessage {
  const answer = `**${choiceLetter(feedback.correctChoice)} · ${safeText(oneLine(feedback.correctAnswer), 100)}**`;
  const lines = feedback.correct
    ? [`Answer: ${answer}`]
    : [`Answer: ${answer}`, `You chose: ${choiceLetter(feedback.choice)} · ${safeText(oneLine(feedback.choices[feedback.choice] ?? ''), 100)}`];
  const schedule = feedback.correct
    ? `Up to box ${feedback.box} of ${TOP_BOX}: it comes back ${relativeTime(feedback.nextDueAt)}.`
    : `Back to box 1: it comes back soon, ${relativeTime(feedback.nextDueAt)}.`;
  const embed: APIEmbed = {
    color: feedback.correct ? PALETTE.right : PALETTE.wrong,
    author: { name: feedback.correct ? '✅ Right!' : '❌ Not quite' },
    description: `${questionBlock(feedback.stem, lines.join('\n'))}${feedback.repeated ? '\n\n*You had already answered this card: it counts once.*' : ''}`,
    fields: [citedSourceField(feedback.source), { name: '🗓️ Next review', value: schedule }],
    ...(feedback.source?.title ? { footer: footer([`From: ${oneLine(feedback.source.title)}`]) } : {}),
  };
  return {
    embeds: [fitEmbed(embed)],
    components: [
      choiceButtons(feedback.choices, ids.answer, { correct: feedback.correctChoice, chosen: feedback.choice }),
      buttonRow(button(ids.next, 'Next question', { style: ButtonStyle.Primary, emoji: '▶️' })),
    ],
  };
}

/** Nothing is due: when the next card is, and how far the member has come. */
export function renderCaughtUp(nextDueAt: number, progress: StudyProgress | null, againId: string): RenderedMessage {
  const lines = [`You have answered every card that is due. The next one is due ${relativeTime(nextDueAt)}.`];
  if (progress) {
    lines.push('', `Studied ${progress.studied} of ${plural(progress.available, 'question')}.`);
    const boxes = progress.boxes.map((count, index) => `box ${index + 1}: ${count}`).join(' · ');
    if (progress.studied > 0) lines.push(boxes);
  }
  return {
    embeds: [{ color: PALETTE.right, author: { name: '🎉 All caught up' }, description: lines.join('\n') }],
    components: [buttonRow(button(againId, 'Check again', { emoji: '🔄' }))],
  };
}

export function renderNoStudyQuestions(articleFilter: string | undefined): RenderedMessage {
  const text = articleFilter
    ? `There are no questions from ${safeText(articleFilter, 100)} to study.`
    : 'There are no questions to study in this server yet. A moderator can add some with `/question add` or `/question import`.';
  return { embeds: [{ color: PALETTE.muted, author: { name: '📚 Study' }, description: text }], components: [] };
}
