import { normaliseForMatch } from '../../../bank/check-question.ts';
import type { BotServices } from '../../services/bot-services.ts';
import { UserError } from '../../interactions/user-error.ts';
import { oneLine, safeText } from '../../render/text.ts';

/**
 * The article id an `article` option names: its id (what autocomplete fills in), its exact title, or a
 * piece of one title. Anything else is refused with the closest titles, so the member can pick again.
 */
export async function resolveArticle(services: BotServices, guildId: string, wanted: string): Promise<string> {
  const articles = await services.catalogue.articles(guildId);
  const text = wanted.trim();
  const byId = articles.find((article) => article.id === text);
  if (byId) return byId.id;
  const key = normaliseForMatch(text);
  const byTitle = articles.filter((article) => normaliseForMatch(article.title) === key);
  if (byTitle.length === 1) return byTitle[0]!.id;
  const partial = articles.filter((article) => normaliseForMatch(`${article.title} ${article.id}`).includes(key));
  if (partial.length === 1) return partial[0]!.id;
  const shown = (partial.length > 0 ? partial : articles).slice(0, 5).map((article) => `• ${safeText(oneLine(article.title), 100)} (\`${article.id}\`)`);
  const lead =
    partial.length > 1
      ? `“${safeText(text, 100)}” matches ${partial.length} articles: pick one as you type, or give more of its title.`
      : `No article matches “${safeText(text, 100)}”. Pick one from the suggestions as you type${articles.length > 0 ? ', for example:' : '.'}`;
  throw new UserError([lead, ...shown].join('\n'));
}
