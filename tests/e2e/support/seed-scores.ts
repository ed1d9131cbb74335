import type { Bank } from '../../../src/bank/schema.ts';
import type { QuizServices } from '../../../src/services/index.ts';

/**
 * Plays channel rounds straight through the services: in round r, each player answers right when
 * `right(playerIndex, r)` says so, wrong otherwise. Scores then come from the real scoring and store.
 */
export async function seedScores(services: QuizServices, bank: Bank, input: { guildId: string; players: readonly string[]; rounds: number; right: (player: number, round: number) => boolean }): Promise<void> {
  for (let round = 0; round < input.rounds; round += 1) {
    const started = await services.rounds.startRound({ guildId: input.guildId, channelId: `seed-${round}`, seconds: 120 });
    if (!started.ok) throw new Error(`could not start a seed round: ${started.message}`);
    const question = bank.questions.find((candidate) => candidate.id === started.round.questionId)!;
    const correct = started.round.choices.indexOf(question.choices[question.answerIndex]!);
    for (const [index, userId] of input.players.entries()) {
      const choice = input.right(index, round) ? correct : (correct + 1) % started.round.choices.length;
      const outcome = await services.rounds.answerRound({ roundId: started.round.id, userId, choice });
      if (outcome !== 'locked-in') throw new Error(`seed answer refused: ${outcome}`);
    }
    await services.rounds.finishRoundNow(started.round.id);
  }
}
