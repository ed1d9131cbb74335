import type { Bank, Question } from '../../bank/schema.ts';
import { matchesFilter, type QuestionFilter } from '../../engine/question-selection.ts';
import type { ServerConfigService } from '../server/server-config-service.ts';
import type { ServerQuestionService } from '../server/server-question-service.ts';

export type { QuestionFilter };

export interface ArticleSummary {
  id: string;
  title: string;
  questionCount: number;
}

/**
 * The questions a server plays: the shipped bank, the server's own, or both (its `questionSource` setting),
 * narrowed by topic or article. On an id clash, the server's own question wins.
 */
export class QuestionCatalogue {
  private readonly shippedTitles: Map<string, string>;

  constructor(
    private readonly shipped: Bank,
    private readonly serverQuestions: ServerQuestionService,
    private readonly configs: ServerConfigService,
  ) {
    this.shippedTitles = new Map(shipped.articles.map((article) => [article.id, article.title]));
  }

  get shippedQuestionCount(): number {
    return this.shipped.questions.length;
  }

  async questions(guildId: string, filter: QuestionFilter = {}): Promise<Question[]> {
    const pool = await this.pool(guildId);
    return filter.topic === undefined && filter.article === undefined ? pool : pool.filter((question) => matchesFilter(question, filter));
  }

  /** A question by id among those the server currently plays. */
  async find(guildId: string, questionId: string): Promise<Question | undefined> {
    return (await this.pool(guildId)).find((question) => question.id === questionId);
  }

  /** The articles the server's questions come from, for choosing one (e.g. autocomplete). */
  async articles(guildId: string): Promise<ArticleSummary[]> {
    const byId = new Map<string, ArticleSummary>();
    for (const question of await this.pool(guildId)) {
      const source = question.source;
      if (!source) continue;
      const summary = byId.get(source.article) ?? { id: source.article, title: this.articleTitle(question), questionCount: 0 };
      summary.questionCount += 1;
      byId.set(source.article, summary);
    }
    return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
  }

  articleTitle(question: Question): string {
    const source = question.source;
    if (!source) return '';
    return source.title || this.shippedTitles.get(source.article) || source.article;
  }

  private async pool(guildId: string): Promise<Question[]> {
    const { questionSource } = await this.configs.get(guildId);
    const own = questionSource === 'shipped' ? [] : await this.serverQuestions.all(guildId);
    if (questionSource === 'server') return own;
    if (own.length === 0) return this.shipped.questions;
    const ownIds = new Set(own.map((question) => question.id));
    return [...this.shipped.questions.filter((question) => !ownIds.has(question.id)), ...own];
  }
}
