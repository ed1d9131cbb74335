import { AttachmentBuilder } from 'discord.js';
import { serialiseBank } from '../../../bank/bank-files.ts';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { plural } from '../../render/text.ts';

/** `/question export`: the server's own questions as a bank file, which `/question import` takes back unchanged. */
export async function exportQuestions(ctx: HandlerContext, guildId: string): Promise<void> {
  const bank = await ctx.services.serverQuestions.exportBank(guildId);
  const file = new AttachmentBuilder(Buffer.from(serialiseBank(bank), 'utf8'), { name: `quizbot-questions-${guildId}.json` });
  ctx.logger.info({ questions: bank.questions.length }, 'questions exported');
  await ctx.respond.send({
    content: `📤 ${plural(bank.questions.length, 'question')} of this server, in the bank format. \`/question import\` takes this file back.`,
    files: [file],
  });
}
