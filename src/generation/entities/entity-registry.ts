import { editDistance, foldName } from './edit-distance.ts';
import { lookUpPlace, type Place, type PlaceType } from './lexicon/places.ts';
import { ORGANISATION_WORDS } from './lexicon/roles.ts';
import type { Mention, Role } from './find-mentions.ts';

export type EntityKind = 'person' | 'place' | 'organisation';

/** One real-world thing named in the corpus, whatever spellings the articles use for it. */
export interface Entity {
  id: number;
  kind: EntityKind;
  /** The display name: the most used full spelling. */
  name: string;
  /** A person's surname as most often written; a place's or organisation's name otherwise. */
  shortName: string;
  placeType?: PlaceType;
  /** Every folded spelling seen (full names, surnames, demonyms): none may be offered as a distractor to it. */
  variants: Set<string>;
  roles: Role[];
  mentions: number;
  speaker: boolean;
  /** Indices of the articles that name it: wrong choices from the same article fit the topic. */
  articles: Set<number>;
}

/** Where a mention sits, so questions can look up its entity. */
export interface MentionRef {
  article: number;
  mention: Mention;
}

/** Single-edit neighbours by deletion: two keys within one edit share a deletion variant. */
function deletionKeys(key: string): string[] {
  const keys = [key];
  for (let i = 0; i < key.length; i++) keys.push(key.slice(0, i) + key.slice(i + 1));
  return keys;
}

function nameWords(surface: string): string[] {
  return surface.split(/\s+/).filter(Boolean);
}

/** Prefer spellings that look like names (capital then small letters) over scanning accidents ("IIlam", "llham"). */
function shapeScore(surface: string): number {
  return nameWords(surface).filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length;
}

/**
 * The corpus entity layer: folds the spellings of one person ("Ilham Aliyev", "IIlam Aliyev", "llham Aliyev",
 * "Aliyev") into one entity, settles names that only some articles show to be people, and indexes entities by
 * kind, so distractor pools are look-ups, never scans over the corpus.
 */
export class EntityRegistry {
  readonly entities: Entity[] = [];
  private readonly byMention = new Map<Mention, Entity>();
  private readonly placeEntities = new Map<string, Entity>();
  private readonly organisationEntities = new Map<string, Entity>();

  constructor(refs: readonly MentionRef[]) {
    this.resolvePeople(refs);
    for (const { mention, article } of refs) {
      if (this.byMention.has(mention)) continue;
      if (mention.kind === 'place' && mention.place) this.addPlace(mention, mention.place, article);
      else if (mention.kind === 'organisation') this.addOrganisation(mention, article);
    }
  }

  entityOf(mention: Mention): Entity | undefined {
    return this.byMention.get(mention);
  }

  ofKind(kind: EntityKind): Entity[] {
    return this.entities.filter((entity) => entity.kind === kind);
  }

  private byArticle: Map<number, Entity[]> | undefined;

  /** The entities an article names. */
  entitiesOf(article: number): readonly Entity[] {
    if (!this.byArticle) {
      this.byArticle = new Map();
      for (const entity of this.entities) for (const index of entity.articles) {
        const list = this.byArticle.get(index);
        if (list) list.push(entity);
        else this.byArticle.set(index, [entity]);
      }
    }
    return this.byArticle.get(article) ?? [];
  }

  private create(kind: EntityKind, name: string, shortName: string): Entity {
    const entity: Entity = { id: this.entities.length, kind, name, shortName, variants: new Set(), roles: [], mentions: 0, speaker: false, articles: new Set() };
    this.entities.push(entity);
    return entity;
  }

  private resolvePeople(refs: readonly MentionRef[]): void {
    interface Cluster { surnameKey: string; firstKeys: string[]; spellings: Map<string, number>; surnames: Map<string, number>; refs: MentionRef[]; evidence: boolean }
    const clusters: Cluster[] = [];
    const bySurnameDeletion = new Map<string, Cluster[]>();
    // Names recur throughout a corpus: each surname is looked up once until a new person is
    // added (which may change the answer), not once per mention.
    const surnameMatches = new Map<string, Cluster[]>();
    const findSurname = (key: string): Cluster[] => {
      const known = surnameMatches.get(key);
      if (known) return known;
      const found = new Set<Cluster>();
      const checked = new Set<Cluster>();
      for (const deletion of deletionKeys(key)) {
        for (const cluster of bySurnameDeletion.get(deletion) ?? []) {
          if (checked.has(cluster)) continue;
          checked.add(cluster);
          const distance = cluster.surnameKey === key ? 0 : editDistance(cluster.surnameKey, key, 1);
          if (distance === 0 || (distance === 1 && key.length >= 6)) found.add(cluster);
        }
      }
      const matches = [...found];
      surnameMatches.set(key, matches);
      return matches;
    };
    const candidates = refs.filter(({ mention }) => mention.kind === 'person' || mention.kind === 'name');

    // Full names first: they define the people; a bare surname then joins the one person it can mean.
    for (const ref of candidates) {
      const mention = ref.mention;
      const words = nameWords(mention.surface);
      if (words.length < 2 || words.length > 4) continue;
      const surnameKey = foldName(words[words.length - 1] as string);
      const firstKey = foldName(words[0] as string);
      if (surnameKey.length < 2) continue;
      let cluster = findSurname(surnameKey).find((existing) => existing.firstKeys.some((key) => editDistance(key, firstKey, 1) <= 1));
      if (!cluster) {
        cluster = { surnameKey, firstKeys: [], spellings: new Map(), surnames: new Map(), refs: [], evidence: false };
        clusters.push(cluster);
        surnameMatches.clear();
        for (const deletion of deletionKeys(surnameKey)) {
          const list = bySurnameDeletion.get(deletion) ?? [];
          list.push(cluster);
          bySurnameDeletion.set(deletion, list);
        }
      }
      if (!cluster.firstKeys.includes(firstKey)) cluster.firstKeys.push(firstKey);
      cluster.spellings.set(mention.surface, (cluster.spellings.get(mention.surface) ?? 0) + 1);
      const surname = words[words.length - 1] as string;
      cluster.surnames.set(surname, (cluster.surnames.get(surname) ?? 0) + 1);
      cluster.refs.push(ref);
      cluster.evidence ||= mention.personEvidence;
    }
    for (const ref of candidates) {
      const mention = ref.mention;
      const words = nameWords(mention.surface);
      if (words.length !== 1) continue;
      const matches = findSurname(foldName(words[0] as string));
      if (matches.length !== 1) continue; // unknown, or two people share the surname: leave it unresolved
      const cluster = matches[0] as Cluster;
      cluster.refs.push(ref);
      cluster.surnames.set(mention.surface, (cluster.surnames.get(mention.surface) ?? 0) + 1);
      cluster.evidence ||= mention.personEvidence;
    }

    for (const cluster of clusters) {
      if (!cluster.evidence) continue;
      const pick = (counts: Map<string, number>) =>
        [...counts.entries()].sort((a, b) => b[1] - a[1] || shapeScore(b[0]) - shapeScore(a[0]) || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
      const name = pick(cluster.spellings);
      const entity = this.create('person', name, nameWords(name).at(-1) ?? name);
      for (const spelling of [...cluster.spellings.keys(), ...cluster.surnames.keys()]) entity.variants.add(foldName(spelling));
      for (const { mention, article } of cluster.refs) {
        this.byMention.set(mention, entity);
        mention.kind = 'person';
        entity.mentions++;
        entity.articles.add(article);
        entity.speaker ||= mention.speaker;
        if (mention.role && !entity.roles.some((role) => role.text.toLowerCase() === mention.role?.text.toLowerCase())) entity.roles.push(mention.role);
      }
    }
  }

  private addPlace(mention: Mention, place: Place, article: number): void {
    let entity = this.placeEntities.get(place.name);
    if (!entity) {
      entity = this.create('place', place.name, place.name);
      entity.placeType = place.type;
      for (const alias of [place.name, ...place.aliases]) entity.variants.add(foldName(alias));
      this.placeEntities.set(place.name, entity);
    }
    entity.mentions++;
    entity.articles.add(article);
    this.byMention.set(mention, entity);
  }

  private addOrganisation(mention: Mention, article: number): void {
    const display = mention.surface.replace(/^the\s+/i, '');
    // "Embassy", "Israeli Embassy": a common noun with a capital, not a named organisation ("University of
    // Lisbon" is one).
    const words = display.split(/\s+/);
    const generic = words.every((word) => ORGANISATION_WORDS.has(word.toLowerCase()) || lookUpPlace(word) !== undefined);
    if (generic) return;
    const key = foldName(display);
    let entity = this.organisationEntities.get(key);
    if (!entity) {
      entity = this.create('organisation', display, display);
      entity.variants.add(key);
      this.organisationEntities.set(key, entity);
    }
    entity.mentions++;
    entity.articles.add(article);
    this.byMention.set(mention, entity);
  }
}
