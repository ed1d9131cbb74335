import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/generation/corpus.ts';
import { foldName, editDistance } from '../../src/generation/entities/edit-distance.ts';

function corpusOf(...texts: string[]) {
  return analyseCorpus(texts.map((text, index) => ({ id: `a${index}`, text })));
}

function people(...texts: string[]) {
  return corpusOf(...texts).registry.ofKind('person');
}

describe('entity normalisation across the corpus', () => {
  it('folds scanning variants and the bare surname into one person', () => {
    const found = people(
      'President Ilham Aliyev met the delegation in Baku on Monday.\n\nThe talks lasted three hours, officials said.',
      'Azerbaijan\u2019s President llham Aliyev said the ties were strong.',
      'Yoav Gallant met IIlam Aliyev in the capital, the ministry said.\n\nAliyev said the visit was important.',
    );
    const aliyev = found.filter((person) => person.shortName === 'Aliyev');
    expect(aliyev).toHaveLength(1);
    expect(aliyev[0]?.name).toBe('Ilham Aliyev');
    for (const spelling of ['Ilham Aliyev', 'llham Aliyev', 'IIlam Aliyev', 'Aliyev']) expect(aliyev[0]?.variants.has(foldName(spelling))).toBe(true);
  });

  it('keeps two people who share a surname apart and leaves the bare surname unresolved', () => {
    const corpus = corpusOf('Defence Minister Zakir Hasanov met the delegation. Emil Hasanov, the deputy chairman of the council, said the visit mattered.\n\nHasanov said more talks would follow.');
    const hasanovs = corpus.registry.ofKind('person').filter((person) => person.shortName === 'Hasanov');
    expect(hasanovs.map((person) => person.name).sort()).toEqual(['Emil Hasanov', 'Zakir Hasanov']);
    const bare = corpus.articles[0]?.mentions.flat().find((mention) => mention.surface === 'Hasanov');
    expect(bare && corpus.registry.entityOf(bare)).toBeUndefined();
  });

  it('joins a one-letter typo of a first name or surname, but not a different first name', () => {
    const found = people('Defence Minister Zakir Hasanov met him. Defence Minister Zakkir Hasanov spoke later.', 'Dr. Gallia Lindenstrauss said the ties were old. Lindestrauss says they will grow.');
    expect(found.map((person) => person.name).sort()).toEqual(['Gallia Lindenstrauss', 'Zakir Hasanov']);
  });

  it('reads a typo\u2019d title as a title and writes it correctly in the role', () => {
    const corpus = corpusOf('Defense Minster Yoav Gallant and Azerbaijani officials agreed to work together, the ministry said.');
    const gallant = corpus.registry.ofKind('person')[0];
    expect(gallant?.name).toBe('Yoav Gallant');
    expect(gallant?.roles.map((role) => role.text)).toEqual(['Defense Minister']);
  });

  it('finds people from appositives, job nouns and speech attribution, and places from demonyms', () => {
    const corpus = corpusOf('Tarlan Ahmadov, the head of the Azerbaijani Society of Maine, proclaimed that the news was shocking. Azerbaijani activist Ali Azimov said he supported the alliance. "It is a good day," said Maria Olsen.');
    const byName = new Map(corpus.registry.ofKind('person').map((person) => [person.name, person]));
    expect(byName.get('Tarlan Ahmadov')?.roles[0]?.text).toBe('the head of the Azerbaijani Society of Maine');
    expect(byName.get('Ali Azimov')?.roles[0]?.text).toBe('Azerbaijani activist');
    expect(byName.get('Maria Olsen')?.speaker).toBe(true);
    expect(corpus.registry.ofKind('organisation').map((organisation) => organisation.name)).toContain('Azerbaijani Society of Maine');
    expect(corpus.registry.ofKind('place').map((place) => place.name)).toContain('Azerbaijan');
  });

  it('does not take an outlet named after a place for a person', () => {
    const corpus = corpusOf('Iran is not happy with the relations, says Israel Today. An article by Israel Today news agency says so.');
    expect(corpus.registry.ofKind('person')).toEqual([]);
  });
});

describe('edit distance', () => {
  it('ends an organisation at its field when a name follows with no comma, and keeps the name apart', () => {
    const corpus = corpusOf(
      'This is what stands behind the Spokesman of the Iranian Ministry of Foreign Affairs Naseer Kanaani\u2019s proposal on ties.',
      'Tom Aldridge of the University of Cambridge said the result was remarkable.\n\nThe Institute for National Security Studies said the talks would go on.',
    );
    const organisations = corpus.registry.ofKind('organisation').map((entity) => entity.name);
    expect(organisations).toContain('Iranian Ministry of Foreign Affairs');
    expect(organisations).toContain('Institute for National Security Studies');
    expect(organisations).toContain('University of Cambridge');
    expect(organisations.some((name) => name.includes('Kanaani'))).toBe(false);
    const mentions = corpus.articles[0]?.mentions.flat().map((mention) => mention.surface);
    expect(mentions).toContain('Naseer Kanaani');
  });

  it('counts edits and gives up past the limit', () => {
    expect(editDistance('zakir', 'zakkir', 2)).toBe(1);
    expect(editDistance('emil', 'zakir', 2)).toBe(3);
    expect(foldName('IIlam')).toBe(foldName('lllam'));
  });
});
