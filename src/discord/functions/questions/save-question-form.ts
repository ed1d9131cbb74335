import { ButtonStyle, type ModalSubmitInteraction } from 'discord.js';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { UserError } from '../../interactions/user-error.ts';
import { button, buttonRow } from '../../render/components.ts';
import { DISCORD_LIMITS } from '../../render/limits.ts';
import { renderQuestionAdded } from '../../render/question-messages.ts';
import { truncate } from '../../render/text.ts';
import { questionDrafts } from './question-drafts.ts';
import type { QuestionFormValues } from './question-form.ts';
import type { QuestionIds } from './question-ids.ts';
import { describeServiceProblem, readQuestionForm } from './read-question-form.ts';
import { questionSourceNote } from './question-source-note.ts';

/**
 * The submitted "add a question" form: checked field by field, then by the services (the bank's structural
 * checks). Anything wrong saves nothing and says which field, with a button to reopen the form as typed.
 */
export async function saveQuestionForm(interaction: ModalSubmitInteraction, values: QuestionFormValues, ctx: HandlerContext, ids: QuestionIds): Promise<void> {
  const guildId = interaction.guildId;
  if (!guildId) throw new UserError('Questions belong to a server.');
  const userId = interaction.user.id;
  const form = readQuestionForm(values);
  const result = form.ok ? await ctx.services.serverQuestions.add({ guildId, question: form.input }) : form;
  if (!result.ok) {
    questionDrafts.save(guildId, userId, values);
    const problems = form.ok ? result.problems.map(describeServiceProblem) : result.problems;
    ctx.logger.info({ problems }, 'question form refused');
    const heading = `Nothing was saved. Please fix ${problems.length === 1 ? 'this field' : 'these fields'} and submit again:`;
    const footer = 'What you typed is kept: press **Edit and resubmit**.';
    await ctx.respond.send({
      content: truncate(`${heading}\n${problems.map((problem) => `• ${problem}`).join('\n')}\n\n${footer}`, DISCORD_LIMITS.content),
      components: [buttonRow(button(ids.editDraft, 'Edit and resubmit', { style: ButtonStyle.Primary, emoji: '✏️' }))],
    });
    return;
  }
  questionDrafts.clear(guildId, userId);
  ctx.logger.info({ question: result.question.id }, 'question added');
  const added = renderQuestionAdded(result.question);
  const note = await questionSourceNote(ctx.services, guildId);
  await ctx.respond.send({ ...added, content: truncate([added.content, note].filter(Boolean).join('\n'), DISCORD_LIMITS.content) });
}
