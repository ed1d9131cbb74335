import { z } from 'zod';
import { defineButton, defineModal, type ModalField } from '../../components/define-component.ts';
import { UserError } from '../../interactions/user-error.ts';
import { listQuestions } from './list-questions.ts';
import { questionDrafts } from './question-drafts.ts';
import { questionFormModal, QUESTION_FORM_FIELDS, type QuestionFormField } from './question-form.ts';
import type { QuestionIds } from './question-ids.ts';
import { saveQuestionForm } from './save-question-form.ts';

// The form's fields arrive as typed; save-question-form checks them, so a refusal can keep a draft.
const asTyped = (key: QuestionFormField) => ({ label: QUESTION_FORM_FIELDS[key].name, schema: z.string() }) satisfies ModalField;

/** `question:add:v1`: the submitted "add a question" form (moderators; checked again on submit). */
export const addQuestionModal = defineModal({
  name: 'question:add',
  version: 1,
  params: {},
  access: 'moderator',
  fields: { stem: asTyped('stem'), correct: asTyped('correct'), wrong: asTyped('wrong'), passage: asTyped('passage'), title: asTyped('title') },
  handle: (interaction, { fields }, ctx) => saveQuestionForm(interaction, fields, ctx, questionIds),
});

/** `question:edit:v1`: reopens the refused form with what the moderator typed. */
export const editDraftButton = defineButton({
  name: 'question:edit',
  version: 1,
  params: {},
  access: 'moderator',
  response: 'ephemeral',
  // A modal must be the first answer: never defer.
  autoDefer: false,
  handle: async (interaction, _params, ctx) => {
    const draft = interaction.guildId ? questionDrafts.get(interaction.guildId, interaction.user.id) : undefined;
    await ctx.respond.showModal(questionFormModal(questionIds.form, draft));
  },
});

/** `question:list:v1:<page>:<slot>`: pages through `/question list`, updating it. */
export const listPageButton = defineButton({
  name: 'question:list',
  version: 1,
  params: { page: z.coerce.number().int().min(1).max(100_000), slot: z.enum(['prev', 'next']) },
  access: 'moderator',
  response: 'update',
  handle: async (interaction, params, ctx) => {
    if (!interaction.guildId) throw new UserError('Questions belong to a server.');
    await listQuestions(ctx, interaction.guildId, params.page, questionIds);
  },
});

export const questionIds: QuestionIds = {
  form: addQuestionModal.id({}),
  editDraft: editDraftButton.id({}),
  listPage: (page, slot) => listPageButton.id({ page, slot }),
};
