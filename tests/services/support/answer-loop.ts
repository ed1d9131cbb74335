// Run as a separate process: records answers as fast as it can and prints each one once it is acknowledged.
// The crash test kills it with SIGKILL part-way through.
import { openChildServices } from './child-services.ts';

const [storeUrl] = process.argv.slice(2) as [string];
const services = await openChildServices(storeUrl);
const LOOPS = 8;
const USERS_PER_ROUND = 250;

await Promise.all(
  Array.from({ length: LOOPS }, async (_, loop) => {
    for (let roundNumber = 0; ; roundNumber += 1) {
      const started = await services.rounds.startRound({ guildId: `g${loop}-${roundNumber}`, channelId: 'c', seconds: 120 });
      if (!started.ok) throw new Error(started.message);
      for (let user = 0; user < USERS_PER_ROUND; user += 1) {
        const outcome = await services.rounds.answerRound({ roundId: started.round.id, userId: `u${user}`, choice: user % 4 });
        if (outcome !== 'locked-in') throw new Error(outcome);
        process.stdout.write(`${started.round.id} u${user}\n`);
      }
    }
  }),
);
