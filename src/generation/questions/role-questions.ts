import type { AnalysedArticle, Corpus } from '../corpus.ts';
import { foldName } from '../entities/edit-distance.ts';
import type { Role } from '../entities/find-mentions.ts';
import { isDemonym, lookUpPlace } from '../entities/lexicon/places.ts';
import type { Candidate } from './candidate.ts';
import { mentionLabel } from './sentence-view.ts';

/** Words of a role that say whose or which it is ("Israeli", "of Azernews", "Azerbaijan's"). */
function isQualified(role: Role): boolean {
  const words = role.text.split(/\s+/);
  return words.some((word) => lookUpPlace(word.replace(/'s$/, '')) !== undefined) || /\b(of|at|for|in|under)\s+(the\s+)?\p{Lu}/u.test(role.text);
}

/** "the Israeli Foreign Minister", "a former Israeli Defense Minister", "the head of the X": the role as a stem reads it. */
export function roleForStem(role: Role): string | undefined {
  const text = role.text.trim().replace(/\s+/g, ' ');
  if (/^(then|acting|outgoing|incoming|late|new|current)\b/i.test(text)) return undefined; // a role tied to a moment
  if (/^(the|a|an)\s/i.test(text)) return text.replace(/^\p{Lu}/u, (char) => char.toLowerCase());
  if (/^former\s/i.test(text)) return `a ${text.replace(/^F/, 'f')}`;
  if (/'s\s/.test(text)) return text;
  const titleCase = new RegExp(`\\b${role.head}\\b`, 'i').exec(text)?.[0];
  if (titleCase && /^\p{Lu}/u.test(titleCase)) return `the ${text}`;
  const firstWord = text.split(' ')[0] ?? '';
  const lowered = lookUpPlace(firstWord) ? text : text.replace(/^\p{Lu}/u, (char) => char.toLowerCase());
  // "England captain", "deputy editor-in-chief of Azernews": one such post, so "the"; "Azerbaijani activist": one of many.
  if (/\bof\b/.test(text) || (lookUpPlace(firstWord) && !isDemonym(firstWord))) return `the ${lowered}`;
  return `${/^[aeiou]/i.test(lowered) ? 'an' : 'a'} ${lowered}`;
}

/** "Who is described as the Israeli Foreign Minister?" from titles ("Foreign Minister Eli Cohen") and appositives. */
export function roleQuestions(corpus: Corpus, article: AnalysedArticle): Candidate[] {
  const candidates: Candidate[] = [];
  const text = article.ingested.normalised.text;
  article.mentions.forEach((mentions, sentenceIndex) => {
    const sentence = article.ingested.sentences[sentenceIndex];
    if (!sentence) return;
    for (const mention of mentions) {
      const entity = corpus.registry.entityOf(mention);
      if (!mention.role || !entity || entity.kind !== 'person' || !isQualified(mention.role)) continue;
      const phrase = roleForStem(mention.role);
      if (!phrase || phrase.length > 120) continue;
      const passage = text.slice(sentence.start, sentence.end);
      if (passage.length > 600) continue;
      const label = mentionLabel(article, mention, entity, passage);
      if (label.label !== entity.name && label.label !== entity.shortName) continue; // a misspelt name as the answer
      candidates.push({
        article,
        sentence: sentenceIndex,
        kind: 'role',
        form: 'question',
        stem: `Who is described as ${phrase}?`,
        answer: label.label,
        start: sentence.start,
        end: sentence.end,
        request: { type: 'entity', entity, short: label.short, prefer: 'role', excludeRole: mention.role },
        score: 4.5,
        order: 0,
        keyWords: ['role', foldName(entity.name), mention.role.text.toLowerCase().replace(/defence/g, 'defense').replace(/^(the|a|an|former)\s+/, '')],
      });
    }
  });
  return candidates;
}
