// Run as a separate process: plays rounds, studies and leaves one round running, then exits without closing.
import { loadBank } from '../../../src/bank/bank-files.ts';
import { openChildServices } from './child-services.ts';

const [storeUrl, startAt] = process.argv.slice(2) as [string, string];
let now = Number(startAt);
const services = await openChildServices(storeUrl, { now: () => now });
const loaded = await loadBank(new URL('../../fixtures/bank/', import.meta.url).pathname);
if (!loaded.ok) throw new Error('bank');
const correctChoice = (questionId: string, choices: string[]) => {
  const question = loaded.bank.questions.find((candidate) => candidate.id === questionId)!;
  return choices.indexOf(question.choices[question.answerIndex]!);
};

for (let round = 0; round < 3; round += 1) {
  const started = await services.rounds.startRound({ guildId: 'g1', channelId: 'c1', seconds: 20 });
  if (!started.ok) throw new Error(started.message);
  const right = correctChoice(started.round.questionId, started.round.choices);
  await services.rounds.answerRound({ roundId: started.round.id, userId: 'alice', choice: right });
  await services.rounds.answerRound({ roundId: started.round.id, userId: 'bob', choice: (right + 1) % 4 });
  await services.rounds.finishRoundNow(started.round.id);
  now += 1_000;
}

const studied: Array<{ questionId: string; correct: boolean }> = [];
for (const answerRight of [false, true]) {
  const next = await services.study.nextCard({ guildId: 'g1', userId: 'alice' });
  if (next.status !== 'card') throw new Error(next.status);
  const right = correctChoice(next.card.questionId, next.card.choices);
  await services.study.answerCard({ guildId: 'g1', userId: 'alice', cardId: next.card.cardId, choice: answerRight ? right : (right + 1) % 4 });
  studied.push({ questionId: next.card.questionId, correct: answerRight });
}

const inFlight = await services.rounds.startRound({ guildId: 'g1', channelId: 'c2', seconds: 120, adapterRef: { channel: 'c2', message: 'm42' } });
if (!inFlight.ok) throw new Error(inFlight.message);
const right = correctChoice(inFlight.round.questionId, inFlight.round.choices);
await services.rounds.answerRound({ roundId: inFlight.round.id, userId: 'alice', choice: right });
await services.rounds.answerRound({ roundId: inFlight.round.id, userId: 'carol', choice: (right + 1) % 4 });

process.stdout.write(`${JSON.stringify({ roundId: inFlight.round.id, deadline: inFlight.round.deadline, studied, now })}\n`);
// Stop as a process would when restarted: no close, timers dropped.
process.exit(0);
