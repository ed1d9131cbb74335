import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, escapeMarkdown } from 'discord.js';
import type { Question } from '../../../bank/schema.ts';
import type { ServerArticle } from '../../../services/index.ts';
import type { ResponsePayload } from '../../interactions/responder.ts';
import { discardArticleButton, publishArticleButton } from './article-buttons.ts';
import { articleName, questionCount } from './article-messages.ts';

const LETTERS = ['A', 'B', 'C', 'D', 'E'];
const SAMPLES = 2;
const FIELD_VALUE_MAX = 1024;

function quoted(passage: string): string {
  const text = `> ${escapeMarkdown(passage).replace(/\n+/g, '\n> ')}`;
  return text.length <= FIELD_VALUE_MAX ? text : `${text.slice(0, FIELD_VALUE_MAX - 1)}…`;
}

/** One sample question as the moderator reviews it: stem, choices with the answer marked, cited passage. */
export function questionEmbed(question: Question, position: number, total: number): EmbedBuilder {
  const choices = question.choices.map((choice, index) => `**${LETTERS[index]}.** ${escapeMarkdown(choice)}${index === question.answerIndex ? '  ✅' : ''}`);
  const embed = new EmbedBuilder()
    .setTitle(`Question ${position} of ${total}`)
    .setDescription(`${escapeMarkdown(question.stem)}\n\n${choices.join('\n')}`);
  if (question.source) embed.addFields({ name: 'Source passage', value: quoted(question.source.passage) });
  return embed;
}

/** The reply to `/article add`: how many drafts, two of them, and buttons to publish or discard them. */
export function draftView(input: { article: ServerArticle; drafts: Question[]; overQuota: number }): ResponsePayload {
  const { article, drafts, overQuota } = input;
  const lines = [
    `Made ${questionCount(drafts.length, true)} from ${articleName(article)}.`,
    'Members see none of them until you publish them; then `/quiz` and `/study` can ask them.',
  ];
  if (overQuota > 0) lines.push(`${questionCount(overQuota, false)} more were left out: this server's question quota has no room for them.`);
  if (drafts.length > SAMPLES) lines.push(`Here are ${SAMPLES} of them:`);
  const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(publishArticleButton.id({ articleId: article.id }))
      .setStyle(ButtonStyle.Success)
      .setLabel(`Publish ${drafts.length === 1 ? 'the question' : `${drafts.length.toLocaleString('en-US')} questions`}`),
    new ButtonBuilder().setCustomId(discardArticleButton.id({ articleId: article.id })).setStyle(ButtonStyle.Danger).setLabel('Discard the article'),
  );
  return {
    content: lines.join('\n'),
    embeds: drafts.slice(0, SAMPLES).map((question, index) => questionEmbed(question, index + 1, drafts.length)),
    components: [buttons],
  };
}
