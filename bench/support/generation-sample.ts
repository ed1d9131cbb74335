// Prints a seeded random sample of questions from question-bank/bank.json for a person to read and judge
// (docs/question-quality.md): npx tsx bench/support/generation-sample.ts [seed] [count]
import { DEFAULT_BANK_DIR, loadBank } from '../../src/bank/bank-files.ts';
import { seededRandom } from '../../src/generation/distractors/seeded.ts';

const [seed = 'question-quality-review', count = '30'] = process.argv.slice(2);
const loaded = await loadBank(DEFAULT_BANK_DIR);
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const questions = [...loaded.bank.questions];
const random = seededRandom(seed);
for (let i = questions.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [questions[i], questions[j]] = [questions[j]!, questions[i]!];
}
questions.slice(0, Number(count)).forEach((question, index) => {
  const choices = question.choices.map((choice, choiceIndex) => (choiceIndex === question.answerIndex ? `*${choice}*` : choice)).join(' | ');
  process.stdout.write(`${index + 1}. [${question.kind}] ${question.id}\n   ${question.stem}\n   ${choices}\n   passage: ${question.source?.passage.replace(/\s+/g, ' ') ?? '(none)'}\n`);
});
