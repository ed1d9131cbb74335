import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_DIR = join(import.meta.dirname, '../../question-bank/articles');

export function seedArticles(): Array<{ id: string; text: string }> {
  return readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: name.replace(/\.txt$/, ''), text: readFileSync(join(SEED_DIR, name), 'utf8') }));
}

const FIRST = ['Anna', 'Marek', 'Leila', 'Tomas', 'Nadia', 'Jonas', 'Ruth', 'Omar', 'Ines', 'Pavel', 'Sara', 'Viktor', 'Maya', 'Dario', 'Elena', 'Farid'];
const LAST = ['Novak', 'Haddad', 'Lindqvist', 'Moreau', 'Kaplan', 'Reyes', 'Okoye', 'Brandt', 'Sato', 'Petrov', 'Costa', 'Weiss', 'Aziz', 'Larsen', 'Duarte', 'Keller'];

/**
 * `count` articles of about `bytes` in total, made from the seeds: each takes a seed, renames its people
 * (so the corpus has many distinct persons, as a real one does), shifts its years and figures, and appends
 * paragraphs of another seed until it reaches its share of the size. Deterministic.
 */
export function syntheticCorpus(count: number, bytes: number): Array<{ id: string; text: string }> {
  const seeds = seedArticles();
  const perArticle = Math.round(bytes / count);
  return Array.from({ length: count }, (_, index) => {
    const seed = seeds[index % seeds.length] as { text: string };
    const other = seeds[(index + 2) % seeds.length] as { text: string };
    const rename = (text: string) =>
      text
        .replace(/\b(Yoav Gallant|Eli Cohen|Benny Gantz|Zakir Hasanov|Amir Oren|Gallia Lindenstrauss|Tarlan Ahmadov|Babek Chalabi)\b/g, (_match, _name, offset: number) => `${FIRST[(index + offset) % FIRST.length]} ${LAST[(index * 7 + offset) % LAST.length]}`)
        .replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (year) => String(Number(year) - (index % 9)))
        .replace(/\b(\d{1,2}) percent\b/g, (_match, value: string) => `${(Number(value) + index) % 90 + 5} percent`);
    let text = rename(seed.text);
    const extra = other.text.split('\n\n');
    for (let paragraph = 0; text.length < perArticle && paragraph < extra.length * 3; paragraph++) text += `\n\n${rename(extra[paragraph % extra.length] as string)}`;
    return { id: `synthetic-${String(index).padStart(4, '0')}`, text };
  });
}
