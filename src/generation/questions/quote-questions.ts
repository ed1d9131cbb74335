import type { AnalysedArticle, Corpus } from '../corpus.ts';
import { foldName } from '../entities/edit-distance.ts';
import type { Entity } from '../entities/entity-registry.ts';
import { REPORTING_VERBS } from '../entities/lexicon/roles.ts';
import type { Sentence, Token } from '../nlp/analyse-body.ts';
import type { Candidate } from './candidate.ts';
import { antecedent, keyWordsOf, mentionLabel } from './sentence-view.ts';

const MIN_QUOTE_WORDS = 6;
const MAX_EXCERPT = 170;
const MAX_PASSAGE = 700;

/** Index of the last item starting at or before `offset` (-1 if none); items are sorted by start. */
function lastAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((items[middle] as { start: number }).start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function excerptOf(quote: string): string | undefined {
  let text = quote.trim().replace(/[,;:]$/, '');
  if (text.length > MAX_EXCERPT) {
    const firstSentence = /^(.+?[.!?])\s/.exec(text)?.[1];
    if (firstSentence && firstSentence.length <= MAX_EXCERPT && firstSentence.split(/\s+/).length >= MIN_QUOTE_WORDS) text = firstSentence;
    else text = `${text.slice(0, MAX_EXCERPT - 10).replace(/\s+\S*$/, '')}…`;
  }
  text = text.replace(/\.$/, '');
  return text.split(/\s+/).length >= MIN_QUOTE_WORDS ? text : undefined;
}

function mentionsVariant(text: string, entity: Entity): boolean {
  const words = text.split(/[^\p{L}]+/u).filter(Boolean).map(foldName);
  return words.some((word) => entity.variants.has(word)) || entity.variants.has(foldName(text));
}

/**
 * "Who said …?" for each quotation whose speaker the paragraph names (or refers to with he/she right after
 * naming one person). A quotation with two possible speakers, or none, is left alone.
 */
export function quoteQuestions(corpus: Corpus, article: AnalysedArticle): Candidate[] {
  const { normalised, sentences, tokens, paragraphs } = article.ingested;
  const text = normalised.text;
  const candidates: Candidate[] = [];
  const byParagraph = paragraphs.map(() => [] as Array<{ sentence: Sentence; index: number }>);
  sentences.forEach((sentence, index) => byParagraph[sentence.paragraph]?.push({ sentence, index }));
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const own = byParagraph[paragraphIndex] ?? [];
    const ownSentences = own.map(({ sentence }) => sentence);
    const body = text.slice(paragraph.start, paragraph.end);
    if (!body.includes('"')) return;
    const quotes = [...body.matchAll(/"([^"]+)"/g)].map((match) => ({ start: paragraph.start + (match.index ?? 0), end: paragraph.start + (match.index ?? 0) + match[0].length, inner: match[1] as string }));
    // Quotes and sentences are in text order: binary searches keep a long paragraph from costing quotes × tokens.
    const inQuote = (token: Token) => {
      const quote = quotes[lastAtOrBefore(quotes, token.start)];
      return quote !== undefined && token.start >= quote.start && token.end <= quote.end;
    };
    const asked = new Set<Entity>();
    for (const quote of quotes) {
      if (!/^\p{Lu}/u.test(quote.inner)) continue; // a partial quotation woven into a sentence
      const excerpt = excerptOf(quote.inner);
      if (!excerpt) continue;
      const from = Math.max(0, lastAtOrBefore(ownSentences, quote.start - 80));
      const touching: typeof own = [];
      for (let k = from; k < own.length && (own[k] as (typeof own)[number]).sentence.start < quote.end + 80; k++) {
        if ((own[k] as (typeof own)[number]).sentence.end > quote.start - 80) touching.push(own[k] as (typeof own)[number]);
      }
      // Each possible speaker, with the sentence naming them and where the passage must start to include it.
      const speakers = new Map<Entity, { sentence: number; from: number }>();
      let ambiguous = false;
      for (const { sentence, index } of touching) {
        for (const mention of article.mentions[index] ?? []) {
          const entity = corpus.registry.entityOf(mention);
          if (!mention.speaker || !entity || entity.kind !== 'person' || inQuote(tokens[mention.first] as Token)) continue;
          speakers.set(entity, { sentence: index, from: sentence.start });
        }
        // "…," he says. / She added: "…" — a pronoun speaker, resolved to the one person just named.
        for (let i = sentence.first; i <= sentence.last; i++) {
          const token = tokens[i] as Token;
          if ((token.lower !== 'he' && token.lower !== 'she') || inQuote(token)) continue;
          const verb = tokens[i + 1];
          const before = tokens[i - 1];
          if (!(verb && REPORTING_VERBS.has(verb.lower)) && !(before && REPORTING_VERBS.has(before.lower))) continue;
          const found = antecedent(corpus, article, index, token.lower);
          // The antecedent may be named earlier in this very sentence ("Oren says, … he says").
          const sameSentence = (article.mentions[index] ?? []).map((mention) => corpus.registry.entityOf(mention)).filter((entity) => entity?.kind === 'person');
          if (sameSentence.length > 0 && new Set(sameSentence).size === 1) speakers.set(sameSentence[0] as Entity, { sentence: index, from: sentence.start });
          else if (found && found.entity.kind === 'person' && sameSentence.length === 0) speakers.set(found.entity, { sentence: index, from: (sentences[found.sentence] as Sentence).start });
          else ambiguous = true;
        }
      }
      if (ambiguous || speakers.size !== 1) continue;
      const [entity, found] = [...speakers.entries()][0] as [Entity, { sentence: number; from: number }];
      if (asked.has(entity)) continue; // one quotation per speaker and paragraph
      asked.add(entity);
      if (mentionsVariant(excerpt, entity)) continue;
      const quoteSentence = own.find(({ sentence }) => sentence.start <= quote.start && sentence.end >= quote.start) ?? own.find(({ sentence }) => sentence.end > quote.start);
      if (!quoteSentence) continue;
      const start = Math.min(found.from, quoteSentence.sentence.start);
      const endSentence = own.filter(({ sentence }) => sentence.start < Math.max(quote.end, (sentences[found.sentence] as Sentence).end)).at(-1);
      const end = Math.max(endSentence?.sentence.end ?? quote.end, (sentences[found.sentence] as Sentence).end);
      if (end - start > MAX_PASSAGE) continue;
      const passage = text.slice(start, end);
      const mention = (article.mentions[found.sentence] ?? []).find((candidate) => corpus.registry.entityOf(candidate) === entity);
      const label = mention ? mentionLabel(article, mention, entity, passage) : { label: passage.includes(entity.name) ? entity.name : entity.shortName, short: !passage.includes(entity.name) };
      if (!passage.toLowerCase().includes(label.label.toLowerCase())) continue;
      if (label.label !== entity.name && label.label !== entity.shortName) continue; // a misspelt name as the answer
      candidates.push({
        article,
        sentence: quoteSentence.index,
        kind: 'quote',
        form: 'question',
        stem: `Who said: "${excerpt}"?`,
        answer: label.label,
        start,
        end,
        request: { type: 'entity', entity, short: label.short, prefer: 'speaker' },
        score: 5 - (excerpt.endsWith('…') ? 0.5 : 0),
        order: 0,
        keyWords: ['quote', foldName(entity.name), ...keyWordsOf(article, quoteSentence.sentence).slice(0, 12)],
      });
    }
  });
  return candidates;
}
