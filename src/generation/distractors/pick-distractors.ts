import { normaliseForMatch } from '../../bank/check-question.ts';
import { MAX_CHOICE_LENGTH } from '../../bank/schema.ts';
import type { Corpus } from '../corpus.ts';
import { foldName } from '../entities/edit-distance.ts';
import type { Entity } from '../entities/entity-registry.ts';
import type { Role } from '../entities/find-mentions.ts';
import { lookUpPlace, PLACES } from '../entities/lexicon/places.ts';
import type { Quantity, QuantityKind } from '../nlp/quantities.ts';
import type { Candidate } from '../questions/candidate.ts';
import { entitiesBetween, hasWord } from '../questions/sentence-view.ts';
import { deriveAlongBound, deriveQuantities } from './derive-quantities.ts';
import { seededOrder, seededPick } from './seeded.ts';
import { admitsChoice, choiceBounds, type ChoiceBounds } from './value-bounds.ts';
import { magnitudeOf, shareValue } from './value-comparisons.ts';

export const DISTRACTOR_COUNT = 3;

const passageCache = new WeakMap<object, Map<string, string>>();

/** A passage folded for matching, once per passage however many candidates cite it. */
function normalisedPassage(candidate: Candidate): string {
  let perArticle = passageCache.get(candidate.article);
  if (!perArticle) {
    perArticle = new Map();
    passageCache.set(candidate.article, perArticle);
  }
  const key = `${candidate.start}|${candidate.end}`;
  let passage = perArticle.get(key);
  if (passage === undefined) {
    passage = normaliseForMatch(candidate.article.ingested.normalised.text.slice(candidate.start, candidate.end));
    perArticle.set(key, passage);
  }
  return passage;
}

/** Corpus-wide look-ups built once: quantities by kind, entities by kind. */
export interface DistractorPools {
  quantities: Map<QuantityKind, Quantity[]>;
  people: Entity[];
  organisations: Entity[];
  places: Entity[];
}

export function buildPools(corpus: Corpus): DistractorPools {
  const quantities = new Map<QuantityKind, Quantity[]>();
  const seen = new Set<string>();
  for (const article of corpus.articles) for (const list of article.quantities) for (const quantity of list) {
    const key = `${quantity.kind}|${quantity.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const bucket = quantities.get(quantity.kind) ?? [];
    bucket.push(quantity);
    quantities.set(quantity.kind, bucket);
  }
  return {
    quantities,
    people: corpus.registry.ofKind('person'),
    organisations: corpus.registry.ofKind('organisation'),
    places: corpus.registry.ofKind('place'),
  };
}

const roleWordCache = new WeakMap<Role, Set<string>>();

const foldedWords = new WeakMap<Entity, string[]>();

function foldedWordsOf(entity: Entity): string[] {
  let words = foldedWords.get(entity);
  if (!words) {
    words = entity.name.split(/\s+/).map(foldName);
    foldedWords.set(entity, words);
  }
  return words;
}

function roleWords(role: Role): Set<string> {
  const cached = roleWordCache.get(role);
  if (cached) return cached;
  const words = new Set(role.text.toLowerCase().replace(/defence/g, 'defense').split(/[\s-]+/).filter((word) => !/^(the|a|an|former|then|of|'s)$/.test(word)));
  roleWordCache.set(role, words);
  return words;
}

/** Whether `other` could also be said to hold `role`: one role's words contain the other's. */
function sharesRole(other: Entity, role: Role): boolean {
  const target = roleWords(role);
  return other.roles.some((candidate) => {
    const words = roleWords(candidate);
    const inside = (a: Set<string>, b: Set<string>) => [...a].every((word) => b.has(word));
    return inside(words, target) || inside(target, words);
  });
}

function formatOf(text: string): string {
  return text.replace(/\d[\d,]*(\.\d+)?/g, '#').toLowerCase();
}

interface EntityChoice {
  answer: Entity;
  answerWords: Set<string>;
  request: Extract<Candidate['request'], { type: 'entity' }>;
  inPassage: Set<Entity>;
  article: number;
  /** The answer's part of the world, for a place. */
  region?: string;
  /** For an organisation: the articles on the same subject (its own, and those sharing two names with it). */
  related?: Set<number>;
  /** For an organisation: its sort (a party, a university, a ministry…), when its name tells. */
  category?: string;
}

const CATEGORY_WORDS: ReadonlyArray<[string, RegExp]> = [
  ['party', /\b(party|parties|coalition|movement|democrats|republicans|conservatives|labour|greens)\b/i],
  ['media', /\b(times|news|post|journal|media|press|tribune|gazette|herald|guardian|telegraph|daily|weekly|radio|tv|television|broadcasting|echo|chronicle|wire|magazine)\b/i],
  ['club', /\b(fc|club|united|rovers|city|athletic|wanderers|albion|league|federation)\b/i],
  ['military', /\b(army|navy|air force|forces|corps|brigade|regiment|guards?|command|militia)\b/i],
  ['education', /\b(university|college|school|academy|institute|laboratory|laboratories|observatory)\b/i],
  ['health', /\b(hospital|clinic|health|medical)\b/i],
  ['government', /\b(ministry|department|council|government|parliament|assembly|senate|congress|cabinet|administration|authority|agency|office|bureau|commission|committee|embassy|consulate|police|service)\b/i],
  ['business', /\b(company|corporation|inc|ltd|plc|llc|group|bank|airlines?|airways|motors|industries|holdings|capital|partners)\b/i],
  ['society', /\b(foundation|trust|society|association|union|alliance|fund)\b/i],
];
const STRICT_CATEGORIES = new Set(['party', 'media', 'club', 'military']);

/** The sort of organisation a name says it is, from its telling word. */
function organisationCategory(name: string): string | undefined {
  return CATEGORY_WORDS.find(([, words]) => words.test(name))?.[0];
}

const relatedCache = new WeakMap<Corpus, Map<number, Set<number>>>();

/** The articles that name at least two of the same people, places or organisations as `article`. */
function relatedArticles(corpus: Corpus, article: number): Set<number> {
  let perCorpus = relatedCache.get(corpus);
  if (!perCorpus) {
    perCorpus = new Map();
    relatedCache.set(corpus, perCorpus);
  }
  let related = perCorpus.get(article);
  if (!related) {
    const shared = new Map<number, number>();
    for (const entity of corpus.registry.entitiesOf(article)) for (const other of entity.articles) shared.set(other, (shared.get(other) ?? 0) + 1);
    related = new Set([article, ...[...shared].filter(([, count]) => count >= 2).map(([other]) => other)]);
    perCorpus.set(article, related);
  }
  return related;
}

/** How near an organisation is to the answer: from the same subject (0), of the same sort (1), any (2), unfit (3). */
function organisationNearness(entity: Entity, { related, category }: EntityChoice): number {
  if (related && [...entity.articles].some((article) => related.has(article))) return 0;
  const own = organisationCategory(entity.name);
  if (category !== undefined && own === category) return 1;
  // A party, an outlet, a club or an army is only ever weighed against its own sort: "NASA" cannot win a by-election.
  return category !== undefined && STRICT_CATEGORIES.has(category) ? 3 : 2;
}

function usableEntity(entity: Entity, context: EntityChoice): boolean {
  const { answer, answerWords, request, inPassage, related } = context;
  if (entity === answer || inPassage.has(entity)) return false;
  if (related && organisationNearness(entity, context) === 3) return false;
  // Never a variant of the answer, nor a namesake ("Emil Hasanov" for "Zakir Hasanov"); organisations may
  // share a word ("World Health Organization", "Ghana Health Service").
  for (const variant of entity.variants) if (answer.variants.has(variant)) return false;
  if (answer.kind === 'person' && foldedWordsOf(entity).some((word) => answerWords.has(word))) return false;
  return !(request.excludeRole && sharesRole(entity, request.excludeRole));
}

/**
 * Same article first (on topic), then the same sort of name (another speaker, another office holder). Not
 * for places: the countries an article names beside its answer are the ones most likely also true
 * ("military exercises along the border of Azerbaijan": Iran, but Armenia too).
 */
function entityRank(entity: Entity, context: EntityChoice): number {
  const { answer, request, article, region } = context;
  if (answer.kind === 'organisation') return organisationNearness(entity, context);
  const sameArticle = answer.kind !== 'place' && entity.articles.has(article);
  // A place from the answer's own part of the world: India for Sri Lanka rather than for Ghana.
  const alike = request.prefer === 'speaker' ? entity.speaker : request.prefer === 'role' ? entity.roles.length > 0 : answer.kind === 'place' ? region === undefined || lookUpPlace(entity.name)?.region === region : true;
  return (sameArticle ? 0 : 2) + (alike ? 0 : 1);
}

function entityChoices(corpus: Corpus, candidate: Candidate, request: Extract<Candidate['request'], { type: 'entity' }>, pools: DistractorPools, inPassage: Set<Entity>, seed: string): string[] {
  const answer = request.entity;
  const context: EntityChoice = { answer, answerWords: new Set([...answer.variants, ...foldedWordsOf(answer)]), request, inPassage, article: candidate.article.index };
  const region = answer.kind === 'place' ? lookUpPlace(answer.name)?.region : undefined;
  if (region !== undefined) context.region = region;
  if (answer.kind === 'organisation') {
    context.related = relatedArticles(corpus, candidate.article.index);
    const category = organisationCategory(answer.name);
    if (category !== undefined) context.category = category;
  }
  const pool = answer.kind === 'person' ? pools.people : answer.kind === 'organisation' ? pools.organisations : pools.places.filter((place) => place.placeType === answer.placeType);
  const ordered = seededPick(pool, seed, DISTRACTOR_COUNT + 3, (entity) => usableEntity(entity, context), (entity) => entityRank(entity, context), 300);
  const choices = ordered.map((entity) => (request.short ? entity.shortName : entity.name));
  if (answer.kind !== 'place') return choices;
  // Places of the answer's part of the world first, from the corpus, then well-known ones of the same type;
  // then the corpus's other places and the rest of the gazetteer.
  const nearCorpus = ordered.filter((entity) => region === undefined || lookUpPlace(entity.name)?.region === region).map((entity) => entity.name);
  if (nearCorpus.length >= DISTRACTOR_COUNT) return nearCorpus;
  const known = new Set(pool.map((entity) => entity.name));
  const extra = PLACES.filter((place) => place.type === answer.placeType && !known.has(place.name) && !context.answerWords.has(foldName(place.name)));
  const near = extra.filter((place) => region !== undefined && place.region === region);
  const far = extra.filter((place) => !near.includes(place));
  const named = (places: typeof extra) => seededOrder(places, seed, (place) => place.name).map((place) => place.name);
  return [...nearCorpus, ...named(near), ...choices.filter((name) => !nearCorpus.includes(name)), ...named(far)];
}

/** Wrong values that keep to what the sentence says of its figure: halfway to a compared value first, then steps along it. */
function alongBounds(quantity: Quantity, bounds: ChoiceBounds): { between: string[]; beyond: string[] } {
  const magnitude = magnitudeOf(quantity.text, quantity.kind);
  const found = { between: [] as string[], beyond: [] as string[] };
  if (quantity.kind === 'year' || magnitude === undefined) return found;
  for (const bound of [bounds.above, bounds.below]) {
    if (bound === undefined) continue;
    const along = deriveAlongBound(quantity, magnitude, bound);
    found.between.push(...along.between);
    found.beyond.push(...along.beyond);
  }
  return found;
}

function quantityChoices(quantity: Quantity, pools: DistractorPools, seed: string, excluded: readonly string[], bounds: ChoiceBounds): string[] {
  const admitted = (choice: string) => admitsChoice(bounds, choice, quantity.kind);
  const excludedShares = excluded.map(shareValue).filter((value): value is number => value !== undefined);
  const tooClose = (choice: string) => {
    const value = shareValue(choice);
    return value !== undefined && excludedShares.some((other) => Math.abs(other - value) <= 15);
  };
  const fitsCorpusValue = (other: Quantity) => {
    if (other.text === quantity.text || !admitted(other.text)) return false;
    if (formatOf(other.text) !== formatOf(quantity.text) && quantity.kind !== 'year' && quantity.kind !== 'month') return false;
    if (quantity.kind === 'year') return Math.abs(Number(other.text) - Number(quantity.text)) <= 25;
    // An amount of the same order: "$12 million" is not offered "$450 million".
    if (quantity.kind === 'money') return (other.value ?? 0) > 0 && (quantity.value ?? 0) > 0 && Math.max(other.value ?? 0, quantity.value ?? 0) / Math.min(other.value ?? 1, quantity.value ?? 1) <= 5;
    // A share written the same way and of the same order: "61 percent" is not offered for "4.2 percent".
    if (quantity.kind === 'percent') {
      const [low, high] = [Math.min(other.value ?? 0, quantity.value ?? 0), Math.max(other.value ?? 0, quantity.value ?? 0)];
      return other.text.includes('.') === quantity.text.includes('.') && high - low <= 30 && (high >= 20 || high <= 3 * low);
    }
    return quantity.kind === 'month' || quantity.kind === 'month-day';
  };
  const corpusPicks = seededPick(pools.quantities.get(quantity.kind) ?? [], seed, quantity.kind === 'month' || quantity.kind === 'year' ? 2 : 1, fitsCorpusValue, () => 0).map((other) => other.text);
  const derived = deriveQuantities(quantity, { future: bounds.future === true });
  const { between, beyond } = alongBounds(quantity, bounds);
  return [...between.slice(0, 1), ...corpusPicks, ...derived, ...between.slice(1), ...beyond].filter((choice) => admitted(choice) && !excluded.includes(normaliseForMatch(choice)) && !tooClose(choice));
}

/**
 * Three wrong choices of the answer's kind and format: from the corpus first, then derived. None is the
 * answer, a variant of it, or anything the cited passage itself states; undefined when three cannot be found.
 */
export function pickDistractors(corpus: Corpus, pools: DistractorPools, candidate: Candidate, seed: string, excluded: readonly string[] = []): string[] | undefined {
  const passage = normalisedPassage(candidate);
  const stem = normaliseForMatch(candidate.stem);
  const request = candidate.request;
  let choices: string[];
  if (request.type === 'entity') {
    choices = entityChoices(corpus, candidate, request, pools, entitiesBetween(corpus, candidate.article, candidate.start, candidate.end), seed);
  } else if (request.type === 'quantity') {
    choices = quantityChoices(request.quantity, pools, seed, excluded, choiceBounds(candidate.article, candidate.sentence, request.quantity));
  } else return undefined;

  const picked: string[] = [];
  const taken = new Set([normaliseForMatch(candidate.answer)]);
  for (const choice of choices) {
    const key = normaliseForMatch(choice);
    if (taken.has(key) || choice.length > MAX_CHOICE_LENGTH || choice.trim() === '') continue;
    if (hasWord(passage, key, true) || hasWord(stem, key, true)) continue; // stated in the passage: maybe also true
    if (key.includes(normaliseForMatch(candidate.answer)) || normaliseForMatch(candidate.answer).includes(key)) continue;
    taken.add(key);
    picked.push(choice);
    if (picked.length === DISTRACTOR_COUNT) return picked;
  }
  return undefined;
}
