import { inlineCode, type Attachment } from 'discord.js';
import { fetchAttachmentText, JSON_FILE } from '../../attachments/index.ts';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { renderProblems } from '../../render/question-messages.ts';
import { plural } from '../../render/text.ts';
import { questionSourceNote } from './question-source-note.ts';

/**
 * `/question import file`: a JSON file in the bank format (or `{"questions": [...]}`), downloaded within a
 * size and time limit, validated whole: every problem is listed with its path and nothing is imported
 * unless all of it is valid. Questions are added; one with an id the server already has replaces it.
 */
export async function importQuestions(ctx: HandlerContext, guildId: string, file: Attachment): Promise<void> {
  await ctx.respond.defer();
  const name = inlineCode(file.name.replace(/`/g, "'").slice(0, 100));
  const text = await fetchAttachmentText(file, JSON_FILE);
  const result = await ctx.services.serverQuestions.mergeText({ guildId, text });
  if (!result.ok) {
    ctx.logger.info({ problems: result.problems.length }, 'question import refused');
    await ctx.respond.send(
      renderProblems(
        `${name} was not imported, so nothing changed. ${result.problems.length === 1 ? 'The problem' : 'The problems'}, each with where it is:`,
        result.problems,
        'Fix the file and run `/question import` again. `questions[3]` is the fourth question of the file.',
      ),
    );
    return;
  }
  ctx.logger.info({ added: result.added, updated: result.updated }, 'questions imported');
  const note = await questionSourceNote(ctx.services, guildId);
  const lines = [
    `📥 Imported ${plural(result.added + result.updated, 'question')} from ${name}: ${result.added} new, ${result.updated} updated.`,
    `This server now has ${plural(result.total, 'question')} of its own (\`/question list\`).`,
    ...(note ? [note] : []),
  ];
  await ctx.respond.send({ content: lines.join('\n') });
}
