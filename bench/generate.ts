// Generation benchmark (SPEC §7): the seed articles, 1,000 synthetic articles (~5 MB) with cost per MB at three
// sizes, and the ratio to one plain wink-nlp tokenisation pass; plus coverage of hand-written key facts.
import { normaliseForMatch } from '../src/bank/check-question.ts';
import type { Question } from '../src/bank/schema.ts';
import { generateQuestions } from '../src/generation/index.ts';
import { wink, winkTokenizerOnly } from '../src/generation/nlp/wink.ts';
import { seedArticles, syntheticCorpus } from './support/generation-corpus.ts';
import { KEY_FACTS } from './support/generation-key-facts.ts';
import { writeSection } from './support/write-section.ts';

const COMMAND = 'npm run bench:generate';
type Articles = Array<{ id: string; text: string }>;

/**
 * Process CPU time (user + system) of `run`: on a shared machine other work stretches wall time but not
 * this; `wallMs` is kept for the headline figure.
 */
function time<T>(run: () => T): { ms: number; wallMs: number; value: T } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { ms: (used.user + used.system) / 1000, wallMs: performance.now() - start, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const megabytes = (articles: Articles) => articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / 1e6;

function tokenise(articles: Articles, full = false): number {
  const nlp = full ? wink() : winkTokenizerOnly();
  return time(() => {
    for (const article of articles) nlp.readDoc(article.text);
  }).ms;
}

const modelLoad = time(() => wink()).ms + time(() => winkTokenizerOnly()).ms;
const seeds = seedArticles();
const firstSeedRun = time(() => generateQuestions(seeds));
const seedRuns = Array.from({ length: 5 }, () => time(() => generateQuestions(seeds)).ms);

// Warm the JIT on a smaller corpus first, so the sizes compare steady-state cost; each figure is the better
// of two runs, as other work on a shared machine only ever adds time.
generateQuestions(syntheticCorpus(250, 1_250_000));
const best = (run: () => number) => Math.min(run(), run());
const sizes = [250, 500, 1000];
const rows: string[] = [];
let ratio = 0;
let ratioFull = 0;
let thousand = { ms: 0, wallMs: 0, mb: 0, questions: 0 };
for (const count of sizes) {
  const articles = syntheticCorpus(count, Math.round((5e6 * count) / 1000));
  const mb = megabytes(articles);
  tokenise(articles.slice(0, 20)); // warm the tokeniser
  const tokenMs = best(() => tokenise(articles));
  const fullMs = best(() => tokenise(articles, true));
  const first = time(() => generateQuestions(articles));
  const second = time(() => generateQuestions(articles));
  const run = { ms: Math.min(first.ms, second.ms), wallMs: Math.min(first.wallMs, second.wallMs), value: first.value };
  rows.push(`| ${count} | ${mb.toFixed(2)} | ${(run.ms / 1000).toFixed(2)} s | ${(run.ms / mb / 1000).toFixed(2)} s | ${run.value.length} | ${(tokenMs / 1000).toFixed(2)} s | ${(run.ms / tokenMs).toFixed(2)}× | ${(run.ms / fullMs).toFixed(2)}× |`);
  if (count === 1000) {
    ratio = run.ms / tokenMs;
    ratioFull = run.ms / fullMs;
    thousand = { ms: run.ms, wallMs: run.wallMs, mb, questions: run.value.length };
  }
  process.stderr.write(`${count} articles: ${(run.ms / 1000).toFixed(2)} s\n`);
}

const body = `
| what | figure | target |
| --- | --- | --- |
| wink-nlp model load (once per process) | ${modelLoad.toFixed(0)} ms | — |
| five seed articles, first run (${megabytes(seeds).toFixed(3)} MB, ${firstSeedRun.value.length} questions) | ${firstSeedRun.ms.toFixed(0)} ms | < 1 s |
| five seed articles, median of 5 warm runs | ${median(seedRuns).toFixed(0)} ms | < 1 s |
| 1,000 synthetic articles (${thousand.mb.toFixed(2)} MB, ${thousand.questions} questions), CPU time | ${(thousand.ms / 1000).toFixed(2)} s | < 60 s |
| the same, wall-clock time | ${(thousand.wallMs / 1000).toFixed(2)} s | < 60 s |
| ratio to one plain wink-nlp tokenisation pass (no pipes) over the same text | ${ratio.toFixed(2)}× | < 3× |
| ratio to one default wink-nlp \`readDoc\` pass (all pipes) over the same text | ${ratioFull.toFixed(2)}× | — |

Cost by size, in CPU time (linear when seconds per MB stay flat):

| articles | MB | generation | per MB | questions | plain tokenisation | ratio | ratio to default readDoc |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Synthetic articles are the seeds with people renamed, years and percentages shifted and paragraphs of another
seed appended (bench/support/generation-corpus.ts). Times are process CPU time unless marked wall-clock, and
the better of two runs: other work on a shared machine stretches wall time, not CPU time.
`;
writeSection('generate', COMMAND, body);

// Coverage: the share of hand-written key facts that some question tests.
function tests(question: Question, fact: (typeof KEY_FACTS)[number]): boolean {
  const answer = normaliseForMatch(question.choices[question.answerIndex] as string);
  const wanted = normaliseForMatch(fact.answer);
  const sameAnswer = answer === wanted || wanted.endsWith(` ${answer}`) || answer.endsWith(` ${wanted}`);
  const places = [{ article: fact.article, sentence: fact.sentence }, ...(fact.alsoIn ? [fact.alsoIn] : [])];
  return sameAnswer && places.some((place) => question.source?.article.startsWith(place.article) === true && normaliseForMatch(question.source.passage).includes(normaliseForMatch(place.sentence)));
}
const questions = firstSeedRun.value;
const covered = KEY_FACTS.filter((fact) => questions.some((question) => tests(question, fact)));
const missed = KEY_FACTS.filter((fact) => !covered.includes(fact));
const byKind = new Map<string, number>();
for (const question of questions) byKind.set(question.kind, (byKind.get(question.kind) ?? 0) + 1);
writeSection(
  'generate-quality',
  COMMAND,
  `
Key-fact coverage over the five seed articles: **${covered.length} of ${KEY_FACTS.length} (${Math.round((100 * covered.length) / KEY_FACTS.length)} %)**
hand-written key facts (bench/support/generation-key-facts.ts) are tested by some generated question
(same answer, passage containing the fact's sentence). ${questions.length} questions in all:
${[...byKind.entries()].sort().map(([kind, count]) => `${kind} ${count}`).join(', ')}.

Facts no question tests: ${missed.map((fact) => `${fact.answer} (${fact.article})`).join(', ') || 'none'}.

The person-read sample of 30 questions is in docs/question-quality.md.
`,
);
process.stdout.write(`seeds ${median(seedRuns).toFixed(0)} ms; 1000 articles ${(thousand.ms / 1000).toFixed(2)} s; ratio ${ratio.toFixed(2)}× (default readDoc ${ratioFull.toFixed(2)}×); coverage ${covered.length}/${KEY_FACTS.length}\n`);
