import { createHash } from 'node:crypto';
import { checkQuestion } from '../bank/check-question.ts';
import { questionSchema, type Question } from '../bank/schema.ts';
import { analyseCorpus, type ArticleInput, type Corpus } from './corpus.ts';
import { foldName } from './entities/edit-distance.ts';
import { buildPools, pickDistractors } from './distractors/pick-distractors.ts';
import { seededRandom } from './distractors/seeded.ts';
import { shortTitle } from './ingest/article-source.ts';
import { citation } from './ingest/ingest-article.ts';
import type { Candidate } from './questions/candidate.ts';
import { quoteQuestions } from './questions/quote-questions.ts';
import { roleQuestions } from './questions/role-questions.ts';
import { sentenceQuestions } from './questions/sentence-questions.ts';
import { findDisagreements } from './ranking/disagreements.ts';
import { readabilityPenalty, selectCandidates } from './ranking/select.ts';

export interface GenerateOptions {
  /** Called after each article is analysed (for a progress bar). */
  onArticle?: (done: number, total: number) => void;
}

const DIFFICULTY: Record<string, number> = { quote: 3, role: 2, person: 2, place: 2, organisation: 2, date: 3, number: 3, cloze: 2 };

function questionId(articleId: string, candidate: Candidate): string {
  const digest = createHash('sha1').update(`${articleId}\n${candidate.start}\n${candidate.stem}\n${candidate.answer}`).digest('hex').slice(0, 12);
  return `${articleId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 50)}-${digest}`;
}

function shuffled(choices: string[], seed: string): { choices: string[]; answerIndex: number } {
  const random = seededRandom(seed);
  const order = choices.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return { choices: order.map((index) => choices[index] as string), answerIndex: order.indexOf(0) };
}

/** The answer's own name (or a variant of it) in the stem gives the answer away. */
function stemNamesAnswer(candidate: Candidate): boolean {
  if (candidate.request.type !== 'entity') return false;
  const variants = candidate.request.entity.variants;
  const words = candidate.stem.split(/[^\p{L}'-]+/u).filter(Boolean).map((word) => foldName(word.replace(/'s$/, '')));
  return words.some((word) => variants.has(word));
}

/**
 * A disputed fact says whose account it is: the outlet or author the article names for itself, else its
 * title shortened to its first words. A stem that already names its source ("…, according to X?") keeps it.
 */
function according(candidate: Candidate): string {
  if (/\baccording to\b/i.test(candidate.stem)) return candidate.stem;
  const { source, title } = candidate.article.ingested;
  const whose = source ?? (title.length > 0 ? `"${shortTitle(title)}"` : 'one report');
  if (candidate.form === 'cloze') return `According to ${whose}: ${candidate.stem}`;
  return `According to ${whose}, ${candidate.stem.replace(/^(Who|Which|In|On|How|What|By|For|At)\b/, (word) => word.toLowerCase())}`;
}

function candidatesOf(corpus: Corpus): Candidate[] {
  const all: Candidate[] = [];
  for (const article of corpus.articles) all.push(...quoteQuestions(corpus, article), ...roleQuestions(corpus, article), ...sentenceQuestions(corpus, article));
  all.forEach((candidate, index) => {
    candidate.order = index;
  });
  return all;
}

/**
 * Articles in, cited multiple-choice questions out. Overgenerates candidates of every kind, finds three
 * same-kind distractors for each, scores and filters them, settles facts the articles disagree on, and
 * keeps only questions that pass every structural check. Deterministic: the same articles give the same
 * questions, ids and order. Never throws: odd input gives fewer (or no) questions.
 */
export function generateQuestions(articles: readonly ArticleInput[], options: GenerateOptions = {}): Question[] {
  return generateWithTitles(articles, options).questions;
}

/** As generateQuestions, plus each article's title as ingestion found it (for the bank's article list). */
export function generateWithTitles(articles: readonly ArticleInput[], options: GenerateOptions = {}): { questions: Question[]; titles: string[] } {
  let corpus: Corpus;
  try {
    corpus = analyseCorpus(articles, options.onArticle);
  } catch {
    return { questions: [], titles: articles.map(() => '') };
  }
  const titles = corpus.articles.map((article) => article.ingested.title);
  try {
    return { questions: questionsOf(corpus), titles };
  } catch {
    return { questions: [], titles };
  }
}

/** Builds the question of a candidate with its distractors, or undefined if it fails any structural check. */
function buildQuestion(candidate: Candidate, distractors: readonly string[]): Question | undefined {
  const article = candidate.article;
  const id = questionId(article.id, candidate);
  const { choices, answerIndex } = shuffled([candidate.answer, ...distractors], id);
  const parsed = questionSchema.safeParse({
    id,
    stem: candidate.stem,
    choices,
    answerIndex,
    kind: candidate.kind,
    difficulty: DIFFICULTY[candidate.kind] ?? 2,
    source: { article: article.id, title: article.ingested.title, ...citation(article.ingested, candidate.start, candidate.end) },
    origin: 'generated',
  });
  if (!parsed.success) return undefined;
  const problems = checkQuestion(parsed.data, { articleText: article.ingested.text, boilerplate: article.ingested.boilerplate });
  return problems.length === 0 ? parsed.data : undefined;
}

/** The questions of an analysed corpus: candidates, disputed facts, then the best sound question per sentence. */
export function questionsOf(corpus: Corpus): Question[] {
  const pools = buildPools(corpus);
  const candidates = candidatesOf(corpus);
  const disputed = findDisagreements(candidates, corpus);
  for (const candidate of candidates) {
    if (disputed.has(candidate)) {
      candidate.stem = according(candidate);
      candidate.disputed = true;
    }
    candidate.score -= readabilityPenalty(candidate);
  }
  // Distractors and checks only for the best candidates: the next one of a sentence is tried when the best
  // cannot get three wrong choices or fails a check.
  const built = new Map<Candidate, Question>();
  const chosen = selectCandidates(candidates, (candidate) => {
    if (stemNamesAnswer(candidate)) return false;
    const distractors = pickDistractors(corpus, pools, candidate, `${candidate.article.id}|${candidate.start}|${candidate.stem}`, disputed.get(candidate) ?? []);
    const question = distractors && buildQuestion(candidate, distractors);
    if (question) built.set(candidate, question);
    return question !== undefined;
  });
  return chosen.map((candidate) => built.get(candidate) as Question);
}
