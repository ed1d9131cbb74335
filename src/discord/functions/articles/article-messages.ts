import type { ArticleRefusal, ServerArticle } from '../../../services/index.ts';
import { oneLine, safeText } from '../../render/text.ts';

const count = (value: number) => value.toLocaleString('en-US');
const plural = (value: number, one: string, many = `${one}s`) => `${count(value)} ${value === 1 ? one : many}`;

/** An id as code; user-typed ids may carry anything, so backticks go. */
export const articleIdText = (id: string) => `\`${id.replace(/`/g, "'").slice(0, 100)}\``;

/** “Title” (`art-…`), safe to put in a message. */
export function articleName(article: Pick<ServerArticle, 'id' | 'title'>): string {
  return `“${safeText(oneLine(article.title), 200)}” (${articleIdText(article.id)})`;
}

export function questionCount(value: number, draft: boolean): string {
  return plural(value, draft ? 'draft question' : 'question');
}

/** What a moderator is told when the articles service refuses: what happened and what to do. Nothing changed. */
export function refusalMessage(refusal: ArticleRefusal): string {
  switch (refusal.reason) {
    case 'article-quota':
      return `This server has ${plural(refusal.count, 'article')}, the most allowed; remove one with \`/article remove\` first.`;
    case 'question-quota':
      return refusal.adding === 0
        ? `This server has ${plural(refusal.count, 'question')}, the most allowed; remove some with \`/article remove\` or \`/question remove\` first.`
        : `Publishing ${plural(refusal.adding, 'question')} would give this server ${count(refusal.count + refusal.adding)}, more than the ${count(refusal.limit)} allowed; ` +
            'remove some with `/article remove` or `/question remove` first. Nothing was published.';
    case 'duplicate':
      return `This text is already on this server as ${articleName(refusal.article)}.`;
    case 'no-questions':
      return `${refusal.message} Nothing was saved.`;
    case 'generation-failed':
      return `${refusal.message} Nothing was saved; please try again.`;
    case 'unknown-article':
      return `There is no article ${articleIdText(refusal.articleId)} on this server: \`/article list\` shows their ids.`;
    case 'already-published':
      return `${articleName(refusal.article)} is already published; \`/article remove\` removes it with its questions.`;
  }
}
