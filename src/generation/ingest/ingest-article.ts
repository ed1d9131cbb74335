import { analyseBody, type Sentence, type Token } from '../nlp/analyse-body.ts';
import { articleSource } from './article-source.ts';
import { BOILERPLATE_RULES, INLINE_TRIGGER } from './boilerplate-rules.ts';
import { classifyLines, factsOf, MAX_BOILERPLATE_WORDS, type ArticleLine } from './classify-lines.ts';
import { normaliseText, toOriginalRange, type NormalisedText } from './normalise-text.ts';

export type Range = readonly [start: number, end: number];

/** An article cleaned and analysed once; everything later reads from here. */
export interface IngestedArticle {
  /** The original text, exactly as read: citations are cut from it. */
  text: string;
  normalised: NormalisedText;
  title: string;
  date?: string;
  /** The outlet or author the article names for itself ("The Media Line", a byline), when it does. */
  source?: string;
  lines: ArticleLine[];
  /** Body lines (paragraphs) in order; sentences point into this list. */
  paragraphs: ArticleLine[];
  /** Original-text ranges judged boilerplate; no passage may touch them. */
  boilerplate: Range[];
  tokens: Token[];
  sentences: Sentence[];
}

const MAX_FALLBACK_TITLE = 100;

function hasVerb(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let i = sentence.first; i <= sentence.last; i++) {
    const pos = (tokens[i] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

function fallbackTitle(normalised: string, firstLine: ArticleLine | undefined): string {
  if (!firstLine) return '';
  const firstSentence = /^.*?[.!?](?=\s|$)/.exec(normalised.slice(firstLine.start, firstLine.end))?.[0] ?? firstLine.text;
  if (firstSentence.length <= MAX_FALLBACK_TITLE) return firstSentence.replace(/[.]$/, '');
  return `${firstSentence.slice(0, MAX_FALLBACK_TITLE).replace(/\s+\S*$/, '')}…`;
}

/**
 * Normalises the text (keeping the offset map), classifies its lines, runs the one NLP pass over the body and
 * drops body lines with no verb at all (names, labels, lists). Never throws on odd input: an empty or
 * boilerplate-only text gives an article with no sentences.
 */
export function ingestArticle(text: string): IngestedArticle {
  const normalised = normaliseText(text);
  const classified = classifyLines(normalised.text);
  let paragraphs = classified.lines.filter((line) => line.kind === 'body');
  const analysis = analyseBody(normalised.text, paragraphs);

  const hasVerbs = paragraphs.map(() => false);
  for (const sentence of analysis.sentences) if (!hasVerbs[sentence.paragraph] && hasVerb(analysis.tokens, sentence)) hasVerbs[sentence.paragraph] = true;
  if (hasVerbs.includes(false)) {
    // A name or label line that ends with a stop: boilerplate. Sentences never cross paragraphs, so dropping
    // its sentences (and renumbering the rest) leaves the analysis of the others as it was.
    const renumbered = new Int32Array(paragraphs.length).fill(-1);
    let kept = 0;
    paragraphs.forEach((line, index) => {
      if (hasVerbs[index]) renumbered[index] = kept++;
      else {
        line.kind = 'boilerplate';
        line.reason = 'no verb';
      }
    });
    paragraphs = paragraphs.filter((_, index) => hasVerbs[index]);
    analysis.sentences = analysis.sentences.filter((sentence) => hasVerbs[sentence.paragraph]);
    for (const sentence of analysis.sentences) sentence.paragraph = renumbered[sentence.paragraph] as number;
  }

  const boilerplate = classified.lines
    .filter((line) => line.kind === 'boilerplate')
    .map((line) => toOriginalRange(normalised, line.start, line.end));
  // Furniture glued into a paragraph ("… in 2025. Read more: How mosquitoes …", a whole page on one line):
  // the same phrasing rules, sentence by sentence.
  const sentences = analysis.sentences.filter((sentence) => {
    const text = normalised.text.slice(sentence.start, sentence.end);
    if (!INLINE_TRIGGER.test(text)) return true;
    const facts = factsOf(text);
    const junk = facts.words <= MAX_BOILERPLATE_WORDS && BOILERPLATE_RULES.some((rule) => rule.test(facts));
    if (junk) boilerplate.push(toOriginalRange(normalised, sentence.start, sentence.end));
    return !junk;
  });
  const article: IngestedArticle = {
    text,
    normalised,
    title: (classified.title ?? fallbackTitle(normalised.text, paragraphs[0])).slice(0, 256),
    lines: classified.lines,
    paragraphs,
    boilerplate,
    ...analysis,
    sentences,
  };
  if (classified.date !== undefined) article.date = classified.date;
  const source = articleSource(classified.lines, normalised.text);
  if (source !== undefined) article.source = source;
  return article;
}

/** The original text of normalised range [start, end), with its original offsets. */
export function citation(article: IngestedArticle, start: number, end: number): { passage: string; start: number; end: number } {
  const [from, to] = toOriginalRange(article.normalised, start, end);
  return { passage: article.text.slice(from, to), start: from, end: to };
}
