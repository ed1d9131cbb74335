import { wink } from './wink.ts';

/** A token with offsets into the article's normalised text. */
export interface Token {
  text: string;
  /** The text in lower case, made once: most rules compare words case-blind. */
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, AUX, NUM, PUNCT, SPACE…). */
  pos: string;
}

const lemmas = new Map<string, string>();

/**
 * The base form of a verb ("expelled" → "expel"), for turning a sentence into "did … expel". Looked up on
 * demand for the few verbs a question needs, so the main pass skips lemmatising every token.
 */
export function verbLemma(verb: string): string {
  const key = verb.toLowerCase();
  let lemma = lemmas.get(key);
  if (lemma === undefined) {
    const nlp = wink();
    // wink-nlp's typings declare its.lemma with the model add-on signature; at run time out() accepts it.
    lemma = (nlp.readDoc(`They ${key} it.`).tokens().itemAt(1).out(nlp.its.lemma as never) as string) || key;
    if (lemmas.size < 50_000) lemmas.set(key, lemma);
  }
  return lemma;
}

/** The lower-case text of the token at `at`, or '' past either end. */
export function lowerAt(tokens: readonly Token[], at: number): string {
  return tokens[at]?.lower ?? '';
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (body line) the sentence belongs to. */
  paragraph: number;
  /** Tokens `tokens[first] … tokens[last]` of the article, inclusive. */
  first: number;
  last: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface BodyAnalysis {
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * One wink-nlp pass over all body paragraphs of an article, joined by blank lines so no sentence crosses a
 * paragraph. Token offsets are rebuilt from wink's lossless token + preceding-space stream and mapped back
 * to the normalised text.
 */
export function analyseBody(normalised: string, paragraphs: readonly Paragraph[]): BodyAnalysis {
  if (paragraphs.length === 0) return { tokens: [], sentences: [] };
  const nlp = wink();
  const its = nlp.its;
  const SEPARATOR = '\n\n';
  const bodyStarts: number[] = [];
  let bodyLength = 0;
  const pieces: string[] = [];
  for (const paragraph of paragraphs) {
    bodyStarts.push(bodyLength);
    const text = normalised.slice(paragraph.start, paragraph.end);
    pieces.push(text);
    bodyLength += text.length + SEPARATOR.length;
  }
  const doc = nlp.readDoc(pieces.join(SEPARATOR));
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];

  const tokens: Token[] = new Array(values.length);
  const paragraphOfToken = new Int32Array(values.length);
  let cursor = 0;
  let paragraph = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    cursor += (spaces[i] as string).length;
    while (paragraph + 1 < bodyStarts.length && cursor >= (bodyStarts[paragraph + 1] as number)) paragraph++;
    const offset = (paragraphs[paragraph] as Paragraph).start - (bodyStarts[paragraph] as number);
    const pos = tags[i] as string;
    tokens[i] = { text: value, lower: value.toLowerCase(), start: cursor + offset, end: cursor + offset + value.length, pos };
    paragraphOfToken[i] = paragraph;
    cursor += value.length;
  }

  const sentences: Sentence[] = [];
  for (const span of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    let [first, last] = span;
    while (first <= last && (tokens[first] as Token).pos === 'SPACE') first++;
    while (last >= first && (tokens[last] as Token).pos === 'SPACE') last--;
    // A sentence never crosses a paragraph: a line with no final stop must not run into the next one.
    let from = first;
    for (let i = first; i <= last; i++) {
      if (i === last || paragraphOfToken[i + 1] !== paragraphOfToken[from]) {
        let to = i;
        while (to >= from && (tokens[to] as Token).pos === 'SPACE') to--;
        if (to >= from) {
          sentences.push({ start: (tokens[from] as Token).start, end: (tokens[to] as Token).end, paragraph: paragraphOfToken[from] as number, first: from, last: to });
        }
        from = i + 1;
        while (from <= last && (tokens[from] as Token).pos === 'SPACE') from++;
        i = from - 1;
      }
    }
  }
  return { tokens, sentences };
}
