import { EmbedBuilder } from 'discord.js';
import type { ServerArticle } from '../../../services/index.ts';
import type { HandlerContext } from '../../interactions/handler-context.ts';
import { safeText, oneLine } from '../../render/text.ts';
import { articleIdText, questionCount } from './article-messages.ts';

const DESCRIPTION_MAX = 4096;
/** Discord's limit is 6,000 characters over all embeds; keep room for titles. */
const EMBEDS_TOTAL_MAX = 5600;
const TITLE_SHOWN = 72;

function line(article: ServerArticle): string {
  return `${articleIdText(article.id)} **${safeText(oneLine(article.title), TITLE_SHOWN)}** · ${questionCount(article.questionCount, false)} · ${article.status}`;
}

/** Lines packed into as few embeds as Discord allows; what does not fit is counted in a last line. */
function pack(lines: readonly string[]): string[] {
  const shown: string[] = [];
  let total = 0;
  for (const [index, next] of lines.entries()) {
    const left = lines.length - index - 1;
    // Keep room for the "…and N more" line in case the lines after this one do not fit.
    const reserve = left > 0 ? `\n…and ${left} more`.length : 0;
    if (total + next.length + 1 + reserve > EMBEDS_TOTAL_MAX) break;
    shown.push(next);
    total += next.length + 1;
  }
  if (shown.length < lines.length) shown.push(`…and ${lines.length - shown.length} more`);
  const descriptions: string[] = [];
  let current = '';
  for (const next of shown) {
    if (current !== '' && current.length + 1 + next.length > DESCRIPTION_MAX) {
      descriptions.push(current);
      current = next;
    } else current = current === '' ? next : `${current}\n${next}`;
  }
  if (current !== '') descriptions.push(current);
  return descriptions;
}

/** The list as embeds within Discord's limits; articles that do not fit are counted in a last line. */
export function articleListEmbeds(articles: readonly ServerArticle[]): EmbedBuilder[] {
  return pack(articles.map(line)).map((description) => new EmbedBuilder().setDescription(description));
}

/** `/article list`: this server's articles with id, title, question count and whether published. */
export async function listArticles(ctx: HandlerContext, guildId: string): Promise<void> {
  const [articles, { quotas }] = await Promise.all([ctx.services.articles.list(guildId), ctx.services.serverConfig.get(guildId)]);
  if (articles.length === 0) {
    await ctx.respond.send({ content: 'This server has no articles yet: add one with `/article add`.' });
    return;
  }
  await ctx.respond.send({
    content: `This server has ${articles.length} of at most ${quotas.maxServerArticles} articles. \`/article remove id\` removes one with its questions.`,
    embeds: articleListEmbeds(articles),
  });
}
