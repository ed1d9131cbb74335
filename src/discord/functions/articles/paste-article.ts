import { ActionRowBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import { defineModal } from '../../components/define-component.ts';
import { textField } from '../../components/modal-fields.ts';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { assertRoomForArticle, createArticle } from './create-article.ts';

const TITLE_MAX = 200;
/** Discord's limit on one text input. */
const PART_MAX = 4000;

const fields = {
  title: textField('Title', { max: TITLE_MAX }),
  text: textField('Article text', { max: PART_MAX }),
  more: textField('More text', { max: PART_MAX, optional: true }),
  evenMore: textField('Even more text', { max: PART_MAX, optional: true }),
};

/** The pasted form: its parts become one article, its title the first line (as in an uploaded file). */
export const pasteArticleModal = defineModal({
  name: 'article:paste',
  version: 1,
  params: {},
  fields,
  access: 'moderator',
  response: 'ephemeral',
  handle: async (interaction, { fields: submitted }, ctx) => {
    await ctx.respond.defer();
    // textField validated each value: the title and text are non-empty strings, the optional parts strings or absent.
    const title = String(submitted.title);
    const parts = [submitted.text, submitted.more, submitted.evenMore].filter((part): part is string => typeof part === 'string');
    await createArticle(ctx, { guildId: interaction.guildId!, userId: interaction.user.id, title, text: [title, ...parts].join('\n\n') });
  },
});

/** `/article add` with no file: a form to paste the article into (up to 12,000 characters in three parts). */
export async function showPasteArticleForm(ctx: HandlerContext, guildId: string): Promise<void> {
  await assertRoomForArticle(ctx, guildId);
  const input = (id: keyof typeof fields, label: string, style: TextInputStyle, required: boolean, placeholder?: string) => {
    const builder = new TextInputBuilder().setCustomId(id).setLabel(label).setStyle(style).setRequired(required).setMaxLength(id === 'title' ? TITLE_MAX : PART_MAX);
    if (placeholder) builder.setPlaceholder(placeholder);
    return new ActionRowBuilder<TextInputBuilder>().addComponents(builder);
  };
  const modal = new ModalBuilder()
    .setCustomId(pasteArticleModal.id({}))
    .setTitle('Add an article')
    .addComponents(
      input('title', 'Title', TextInputStyle.Short, true),
      input('text', 'Article text', TextInputStyle.Paragraph, true, 'Paste the article here (up to 4,000 characters per box)'),
      input('more', 'More text (optional)', TextInputStyle.Paragraph, false, 'If the article is longer, continue here'),
      input('evenMore', 'Even more text (optional)', TextInputStyle.Paragraph, false),
    );
  await ctx.respond.showModal(modal);
}
