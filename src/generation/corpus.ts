import { EntityRegistry, type MentionRef } from './entities/entity-registry.ts';
import { findMentions, type Mention } from './entities/find-mentions.ts';
import { ingestArticle, type IngestedArticle } from './ingest/ingest-article.ts';
import { findQuantities, type Quantity } from './nlp/quantities.ts';

export interface ArticleInput {
  /** The article id: the file name without its extension. */
  id: string;
  text: string;
}

export interface AnalysedArticle {
  id: string;
  index: number;
  ingested: IngestedArticle;
  /** Per sentence, in order. */
  mentions: Mention[][];
  quantities: Quantity[][];
}

export interface Corpus {
  articles: AnalysedArticle[];
  registry: EntityRegistry;
}

export function analyseArticle(input: ArticleInput, index: number): AnalysedArticle {
  const ingested = ingestArticle(input.text);
  const text = ingested.normalised.text;
  const mentions = ingested.sentences.map((sentence, sentenceIndex) => findMentions(ingested.tokens, sentence, sentenceIndex, text));
  const quantities = ingested.sentences.map((sentence) => findQuantities(ingested.tokens, sentence, text));
  return { id: input.id, index, ingested, mentions, quantities };
}

/** Each article is analysed once; the entity layer then settles names across the whole corpus. */
export function analyseCorpus(inputs: readonly ArticleInput[], onArticle?: (done: number, total: number) => void): Corpus {
  const articles = inputs.map((input, index) => {
    const analysed = analyseArticle(input, index);
    onArticle?.(index + 1, inputs.length);
    return analysed;
  });
  const refs: MentionRef[] = [];
  for (const article of articles) for (const list of article.mentions) for (const mention of list) refs.push({ article: article.index, mention });
  return { articles, registry: new EntityRegistry(refs) };
}
