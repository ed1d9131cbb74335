import type { AnalysedArticle, Corpus } from '../corpus.ts';
import { foldName } from '../entities/edit-distance.ts';
import type { Entity } from '../entities/entity-registry.ts';
import type { Mention } from '../entities/find-mentions.ts';
import type { Token } from '../nlp/analyse-body.ts';
import { BLANK, type Candidate } from './candidate.ts';
import { isDemonym, lookUpPlace } from '../entities/lexicon/places.ts';
import { REPORTING_VERBS } from '../entities/lexicon/roles.ts';
import { clausesOf, droppedWords, placeLead, renderSpan, type Clause } from './clause.ts';
import { ageQuestions, numberQuestions } from './number-questions.ts';
import { objectQuestions, organisationQuestions } from './organisation-questions.ts';
import { hasWord, anchored, keyWordsOf, mentionLabel, renderSentence, viewSentence, type SentenceView } from './sentence-view.ts';
import { whenQuestions } from './when-questions.ts';

const WH_FOR_PLACE = { country: 'Which country', city: 'Which city', region: 'Which region' } as const;

/** The mention is the entity's name ("Azerbaijan"), not an adjective or a people ("Azerbaijani", "Azerbaijanis"). */
function namesEntity(surface: string, entity: Entity): boolean {
  if (entity.kind !== 'place') return true;
  const place = lookUpPlace(surface);
  return surface === entity.name || (place !== undefined && place.aliases.includes(surface) && !isDemonym(surface) && !/s$/.test(surface) || /^(US|U\.S\.|UK|U\.K\.|UAE|USA|America|Britain|Turkiye|Türkiye|Holland|Czechia)$/.test(surface));
}

function whFor(entity: Entity): string | undefined {
  if (entity.kind === 'person') return 'Who';
  if (entity.kind === 'organisation') return 'Which organisation';
  return entity.placeType ? WH_FOR_PLACE[entity.placeType] : undefined;
}

function isFiniteVerb(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX') && !/ing$/i.test(token.text) && token.lower !== 'to';
}

/** "…, the ministry said." / "…," Lindenstrauss says.: the sentence ends by naming its source. */
function hasTrailingAttribution(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = Math.max(first + 1, last - 8); i <= last; i++) {
    if (!REPORTING_VERBS.has((tokens[i] as Token).lower)) continue;
    for (let j = i - 1; j >= Math.max(first, i - 7); j--) {
      const token = tokens[j] as Token;
      if (token.text === ',' || token.text === '"') return true;
      // "…, figures obtained by the Gazette show.": a participle inside the source's name does not end it.
      if ((token.pos === 'VERB' && !/(ed|en)$/i.test(token.text)) || token.pos === 'AUX') break;
    }
  }
  return false;
}

function toQuestion(text: string): string {
  return text.replace(/\s*[.!]("?)$/, '$1?');
}

function lowerFirstUnlessName(text: string, token: Token): string {
  // Only a function word loses its capital: "The council" → "the council", "President Herzog" stays.
  return ['DET', 'PRON', 'ADP', 'VERB', 'AUX', 'ADV'].includes(token.pos) ? text.replace(/^\p{Lu}/u, (char) => char.toLowerCase()) : text;
}

/** "Gallant arrived in Baku…" → "Who arrived in Baku…?"; "Azerbaijan accuses Iran…" → "Which country accuses Iran…?" */
function subjectQuestion(corpus: Corpus, article: AnalysedArticle, index: number, view: SentenceView, main: Clause | undefined): Candidate | undefined {
  const tokens = article.ingested.tokens;
  let entity: Entity | undefined;
  let subjectLast: number;
  let label: { label: string; short: boolean } | undefined;
  const passage = article.ingested.normalised.text.slice(view.passageStart, view.sentence.end);
  if (view.resolved) {
    entity = view.resolved.entity;
    subjectLast = view.first;
    label = entity.kind === 'person' ? { label: passage.includes(entity.name) ? entity.name : entity.shortName, short: !passage.includes(entity.name) } : { label: entity.name, short: false };
    if (!passage.toLowerCase().includes(label.label.toLowerCase())) return undefined;
  } else {
    // "According to Israel Today, Saudi Arabia used to…", "During the war, Iran sided…": the subject follows a
    // leading phrase, which the question says last.
    const start = main && (main.lead || (main.attribution && main.attribution.source.last < main.subject.first)) ? main.subject.first : view.first;
    const mention = (article.mentions[index] ?? []).find((candidate) => candidate.first >= start);
    if (!mention) return undefined;
    // Only a title ("Israeli Foreign Minister Eli Cohen called…") or an article ("The Harbour Port Authority") may sit before the name.
    const leadingArticle = mention.first === start + 1 && /^the$/i.test((tokens[start] as Token).text) && mention.kind !== 'person';
    for (let i = start; i < mention.first; i++) if (!/^\p{Lu}/u.test((tokens[i] as Token).text)) return undefined;
    if (mention.first > start && !mention.role && !leadingArticle) return undefined;
    entity = corpus.registry.entityOf(mention);
    if (!entity || !namesEntity(mention.surface, entity)) return undefined;
    subjectLast = mention.last;
    label = mentionLabel(article, mention, entity, passage);
  }
  const wh = whFor(entity);
  if (!wh || !isFiniteVerb(tokens[subjectLast + 1])) return undefined;
  if (entity.kind === 'person' && label.label !== entity.name && label.label !== entity.shortName) return undefined; // a misspelt name as the answer
  // "he concurs, security is…": attribution, not the fact, would become the question.
  if (tokens[subjectLast + 2]?.text === ',') return undefined;
  // The clause the name is the subject of, without its asides and what trails after it ("…, leading to…"); a
  // leading phrase and a source are said last.
  let rest: string;
  let lead: { before?: string; after?: string } = {};
  if (main && main.subject.last === subjectLast && main.chain[0] === subjectLast + 1) {
    const skip = new Set([...main.skip, ...droppedWords(tokens, main.restFirst, main.last)]);
    lead = placeLead(article, main);
    const tail = [lead.after, main.attribution ? `, ${main.attribution.text}` : undefined].filter(Boolean).join(' ');
    rest = `${renderSpan(article, subjectLast + 1, main.last, skip, main.rewrites)}${tail ? ` ${tail}` : ''}.`.replace(/\s+,/g, ',');
  } else {
    // "…, Lindenstrauss says.": attribution, not the fact, would become the question.
    if (hasTrailingAttribution(tokens, view.sentence.first, view.sentence.last)) return undefined;
    // "Which country has also been conducting…", "…in 2020 as well": the additive words point at earlier text.
    const dropped = [...droppedWords(tokens, subjectLast + 1, view.sentence.last - 1)].map((at) => ({ first: at, last: at, text: '' }));
    rest = renderSentence(article, view, subjectLast + 1, dropped).replace(/\s{2,}/g, ' ').replace(/\s+([,.;?!])/g, '$1');
  }
  // "Who went in May?" says too little to be a fair question.
  if (rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 5) return undefined;
  const stem = `${lead.before ? `${lead.before} ${wh.toLowerCase()}` : wh} ${lowerFirstUnlessName(rest, tokens[subjectLast + 1] as Token)}`;
  return {
    article,
    sentence: index,
    kind: entity.kind === 'person' ? 'person' : entity.kind,
    form: 'question',
    stem: toQuestion(stem),
    answer: label.label,
    start: view.passageStart,
    end: view.sentence.end,
    request: { type: 'entity', entity, short: label.short },
    score: 5,
    order: 0,
    keyWords: [foldName(entity.name), ...keyWordsOf(article, view.sentence, subjectLast)],
  };
}

const MAX_BLANKS = 3;
const CLOZE_KIND = { year: 'date', month: 'date', 'month-day': 'date', 'full-date': 'date', percent: 'number', money: 'number', count: 'number', fraction: 'number', ordinal: 'number' } as const;

/** Whether tokens first..last sit inside a quotation of the sentence ("…the best wingers in Europe"). */
function quoted(article: AnalysedArticle, view: SentenceView, first: number): boolean {
  let marks = 0;
  for (let i = view.sentence.first; i < first; i++) if ((article.ingested.tokens[i] as Token).text === '"') marks++;
  return marks % 2 === 1;
}

/** Words with a letter in them between two offsets of the text, counted without cutting it up. */
function wordsWithLetters(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  let lettered = false;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 32;
    if (code === 32 || code === 10) {
      if (inWord && lettered) count++;
      inWord = false;
      lettered = false;
    } else {
      inWord = true;
      if (!lettered) lettered = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && /\p{L}/u.test(text[i] as string));
    }
  }
  return count;
}

/** A blank whose sentence is written out with the blank only when the stem is first read. */
class Cloze implements Candidate {
  article!: Candidate['article'];
  sentence!: number;
  kind!: Candidate['kind'];
  form!: Candidate['form'];
  stemLength?: number;
  answer!: string;
  start!: number;
  end!: number;
  request!: Candidate['request'];
  score!: number;
  keyWords!: string[];
  anchor?: string;
  disputed?: boolean;
  order!: number;
  #stem: string | undefined;
  readonly #render: () => string;

  constructor(render: () => string, fields: Candidate) {
    Object.assign(this, fields);
    this.#render = render;
    this.#stem = undefined;
  }

  get stem(): string {
    this.#stem ??= this.#render();
    return this.#stem;
  }

  set stem(value: string) {
    this.#stem = value === '' ? undefined : value;
  }
}

function clozeOf(article: AnalysedArticle, index: number, view: SentenceView, first: number, last: number, answer: string, request: Candidate['request'], base: number): Candidate | undefined {
  if (first < view.first || (view.resolved && first <= view.resolved.token)) return undefined;
  // A blank inside someone's words asks what they said, not a fact.
  if (quoted(article, view, first)) return undefined;
  const { tokens, normalised } = article.ingested;
  const opening = (tokens[view.first] as Token).start;
  const blankStart = (tokens[first] as Token).start;
  const blankEnd = (tokens[last] as Token).end;
  // "President Isaac Herzog went in _____." gives too little to go on.
  if (wordsWithLetters(normalised.text, opening, blankStart) + wordsWithLetters(normalised.text, blankEnd, view.sentence.end) < 7) return undefined;
  const anchor = request.type === 'quantity' ? anchored(article, index, first, last) : {};
  // Most blanks are never asked: the stem is written out the first time it is read.
  const candidate = new Cloze(() => renderSentence(article, view, view.first, [{ first, last, text: BLANK }]), {
    article,
    sentence: index,
    kind: 'cloze',
    form: 'cloze',
    stem: '',
    stemLength: view.sentence.end - opening - (blankEnd - blankStart) + BLANK.length,
    answer,
    start: view.passageStart,
    end: view.sentence.end,
    request,
    score: base,
    order: 0,
    keyWords: [request.type, ...keyWordsOf(article, view.sentence, first, last)],
  });
  if (anchor.anchor !== undefined) candidate.anchor = anchor.anchor;
  return candidate;
}

/** Every question a plain sentence offers: who/which from its subject, when from its date, and cloze blanks. */
export function sentenceQuestions(corpus: Corpus, article: AnalysedArticle): Candidate[] {
  const candidates: Candidate[] = [];
  article.ingested.sentences.forEach((_, index) => {
    const view = viewSentence(corpus, article, index);
    if (!view) return;
    const clauses = clausesOf(corpus, article, view);
    const subject = subjectQuestion(corpus, article, index, view, clauses.find((clause) => clause.kind === 'main'));
    if (subject) candidates.push(subject);
    candidates.push(...whenQuestions(article, view, clauses), ...numberQuestions(article, view, clauses), ...ageQuestions(corpus, article, view, clauses), ...organisationQuestions(corpus, article, view, clauses), ...objectQuestions(corpus, article, view, clauses));
    const quantities = article.quantities[index] ?? [];
    // Blanks are only written out for the few best-weighted words of a sentence: one question per sentence is kept.
    const blanks: Array<{ first: number; last: number; answer: string; request: Candidate['request']; weight: number; key: string }> = [];
    for (const quantity of quantities) {
      const trivial = quantity.kind === 'count' && (quantity.value ?? 0) <= 3 && !quantity.unit?.match(/year|decade|month/);
      // Amounts, shares and years make better questions than small counts.
      const weight = trivial ? 2.5 : quantity.kind === 'money' || quantity.kind === 'percent' ? 4.3 : quantity.kind === 'year' ? 4.2 : 4;
      blanks.push({ first: quantity.first, last: quantity.last, answer: quantity.text, request: { type: 'quantity', quantity }, weight, key: CLOZE_KIND[quantity.kind] });
    }
    const seen = new Set<Entity>();
    const passage = article.ingested.normalised.text.slice(view.passageStart, view.sentence.end);
    const placesHere = new Set((article.mentions[index] ?? []).map((mention) => corpus.registry.entityOf(mention)).filter((entity) => entity?.kind === 'place'));
    for (const mention of article.mentions[index] ?? ([] as Mention[])) {
      const entity = corpus.registry.entityOf(mention);
      if (!entity || seen.has(entity)) continue;
      seen.add(entity);
      // The blank stands for the words it replaces, so the answer is those words.
      const surface = article.ingested.normalised.text.slice((article.ingested.tokens[mention.first] as Token).start, (article.ingested.tokens[mention.last] as Token).end);
      if (!namesEntity(surface, entity)) continue; // "the Iranian government": an adjective, not a place to name
      const label = surface === entity.name || !hasWord(passage, entity.name) ? surface : entity.name;
      const short = entity.kind === 'person' && mention.first === mention.last;
      if (entity.kind === 'person' && label !== entity.name && label !== entity.shortName) continue; // a misspelt name as the answer
      // A name the corpus rarely mentions makes a more telling blank than the subject of every article. A place
      // blanked in a sentence relating it to other places ("alliance with _____", "a border with _____") invites
      // wrong choices that are also true of those places, so it is not used.
      const relational = entity.kind === 'place' && placesHere.size >= 2;
      const weight = 3.5 + (entity.mentions <= 2 ? 0.3 : entity.mentions <= 6 ? 0.15 : 0) - (relational ? 1 : 0);
      blanks.push({ first: mention.first, last: mention.last, answer: label, request: { type: 'entity', entity, short }, weight, key: 'entity' });
    }
    // Equal weights: the first figure (the main one), but the last name (the object, rather than the topic).
    blanks.sort((a, b) => b.weight - a.weight || (a.key === 'entity' && b.key === 'entity' ? b.first - a.first : a.first - b.first));
    for (const blank of blanks.slice(0, MAX_BLANKS)) {
      const cloze = clozeOf(article, index, view, blank.first, blank.last, blank.answer, blank.request, blank.weight);
      if (!cloze) continue;
      cloze.keyWords[0] = blank.key;
      candidates.push(cloze);
    }
  });
  return candidates;
}
