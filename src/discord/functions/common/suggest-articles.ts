import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { normaliseForMatch } from '../../../bank/check-question.ts';
import type { BotServices } from '../../services/bot-services.ts';
import { oneLine, plural, truncate } from '../../render/text.ts';

/** Autocomplete for an `article` option: titles containing what was typed, answering with the article id. */
export async function suggestArticles(services: BotServices, guildId: string, typed: string): Promise<ApplicationCommandOptionChoiceData<string>[]> {
  const key = normaliseForMatch(typed);
  const articles = await services.catalogue.articles(guildId);
  return articles
    .filter((article) => key === '' || normaliseForMatch(`${article.title} ${article.id}`).includes(key))
    .slice(0, 25)
    .map((article) => ({
      name: truncate(`${oneLine(article.title) || article.id} (${plural(article.questionCount, 'question')})`, 100),
      value: article.id,
    }));
}
