import { ActionRowBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import { MAX_CHOICE_LENGTH, MAX_PASSAGE_LENGTH, MAX_STEM_LENGTH, MAX_TITLE_LENGTH } from '../../../bank/schema.ts';

/** What a moderator typed, field by field, as submitted (kept as a draft when something is wrong). */
export interface QuestionFormValues {
  stem: string;
  correct: string;
  wrong: string;
  passage: string;
  title: string;
}

export type QuestionFormField = keyof QuestionFormValues;

interface FieldSpec {
  /** How messages name the field. */
  name: string;
  /** The label in the form (at most 45 characters). */
  label: string;
  style: TextInputStyle;
  maxLength: number;
  required: boolean;
  placeholder: string;
}

/**
 * Discord modals hold at most five text inputs, so the 2–4 wrong answers share one, a line each; the
 * source passage and its title are optional.
 */
export const QUESTION_FORM_FIELDS: Record<QuestionFormField, FieldSpec> = {
  stem: { name: 'Question', label: 'Question', style: TextInputStyle.Paragraph, maxLength: MAX_STEM_LENGTH, required: true, placeholder: 'Who cut the ribbon when the harbour bridge reopened?' },
  correct: { name: 'Correct answer', label: 'Correct answer', style: TextInputStyle.Short, maxLength: MAX_CHOICE_LENGTH, required: true, placeholder: 'Clara Mendes' },
  wrong: {
    name: 'Wrong answers',
    label: 'Wrong answers: 2 to 4, one per line',
    style: TextInputStyle.Paragraph,
    maxLength: 4 * (MAX_CHOICE_LENGTH + 1) + 20,
    required: true,
    placeholder: 'One wrong answer per line, each up to 80 characters',
  },
  passage: {
    name: 'Source passage',
    label: 'Source passage (optional)',
    style: TextInputStyle.Paragraph,
    maxLength: MAX_PASSAGE_LENGTH,
    required: false,
    placeholder: 'The sentence of the article that proves the answer',
  },
  title: { name: 'Source title', label: 'Source title (optional)', style: TextInputStyle.Short, maxLength: MAX_TITLE_LENGTH, required: false, placeholder: 'The article the passage comes from' },
};

/** The "add a question" form, filled with an earlier draft when there is one. */
export function questionFormModal(customId: string, draft?: Partial<QuestionFormValues>): ModalBuilder {
  const rows = (Object.entries(QUESTION_FORM_FIELDS) as Array<[QuestionFormField, FieldSpec]>).map(([key, spec]) => {
    const input = new TextInputBuilder()
      .setCustomId(key)
      .setLabel(spec.label)
      .setStyle(spec.style)
      .setRequired(spec.required)
      .setMaxLength(spec.maxLength)
      .setPlaceholder(spec.placeholder);
    const value = draft?.[key]?.slice(0, spec.maxLength);
    if (value) input.setValue(value);
    return new ActionRowBuilder<TextInputBuilder>().addComponents(input);
  });
  return new ModalBuilder().setCustomId(customId).setTitle(draft ? 'Fix your question' : 'Add a question').addComponents(...rows);
}
