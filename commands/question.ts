import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { UserError } from '../src/discord/interactions/user-error.ts';
import { exportQuestions } from '../src/discord/functions/questions/export-questions.ts';
import { importQuestions } from '../src/discord/functions/questions/import-questions.ts';
import { listQuestions } from '../src/discord/functions/questions/list-questions.ts';
import { addQuestionModal, editDraftButton, listPageButton, questionIds } from '../src/discord/functions/questions/question-components.ts';
import { questionFormModal } from '../src/discord/functions/questions/question-form.ts';
import { removeQuestion } from '../src/discord/functions/questions/remove-question.ts';

const { Subcommand, String: Text, Integer, Attachment } = ApplicationCommandOptionType;

export const definition = {
  name: 'question',
  description: "Manage this server's questions (moderators)",
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  // Hidden from members without Manage Server; the bot re-checks (the moderator role also counts) on every call.
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  options: [
    { type: Subcommand, name: 'add', description: 'Write a question in a form' },
    {
      type: Subcommand,
      name: 'list',
      description: "List this server's questions",
      options: [{ type: Integer, name: 'page', description: 'Page (default 1)', min_value: 1, max_value: 10_000 }],
    },
    {
      type: Subcommand,
      name: 'remove',
      description: 'Remove a question by its id',
      options: [{ type: Text, name: 'id', description: 'The question id, as /question list shows it', required: true, min_length: 1, max_length: 64 }],
    },
    {
      type: Subcommand,
      name: 'import',
      description: 'Add questions from a JSON file in the bank format',
      options: [{ type: Attachment, name: 'file', description: 'A .json file: {"questions": [...]}', required: true }],
    },
    { type: Subcommand, name: 'export', description: "Download this server's questions as JSON" },
  ],
} as const satisfies CommandDefinition;

export default defineCommand({
  definition,
  access: 'moderator',
  response: 'ephemeral',
  buttons: [editDraftButton, listPageButton],
  modals: [addQuestionModal],
  execute: async (interaction, args, ctx) => {
    const guildId = interaction.guildId;
    if (!guildId) throw new UserError('Questions belong to a server.');
    switch (args.subcommand) {
      case 'add':
        // First thing: a modal cannot follow a deferral.
        return ctx.respond.showModal(questionFormModal(questionIds.form));
      case 'list':
        return listQuestions(ctx, guildId, args.page ?? 1, questionIds);
      case 'remove':
        return removeQuestion(ctx, guildId, args.id);
      case 'import':
        return importQuestions(ctx, guildId, args.file);
      case 'export':
        return exportQuestions(ctx, guildId);
    }
  },
});
