import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import type { Question } from '../../../bank/schema.ts';
import type { ServerArticle } from '../../../services/index.ts';
import type { ResponsePayload } from '../../interactions/responder.ts';
import { questionPreview } from '../../render/question-messages.ts';
import { discardArticleButton, publishArticleButton } from './article-buttons.ts';
import { articleName, questionCount } from './article-messages.ts';

const SAMPLES = 2;

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
    embeds: drafts.slice(0, SAMPLES).map((question, index) => questionPreview(question, `Draft question ${index + 1} of ${drafts.length.toLocaleString('en-US')}`)),
    components: [buttons],
  };
}
