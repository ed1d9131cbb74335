// Shared by the child processes of the restart and crash tests (plain Node, no vitest here).
import { loadBank } from '../../../src/bank/bank-files.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import { openQuizServices, type Clock, type QuizServices } from '../../../src/services/index.ts';
import { seededRandom } from '../../../src/engine/random.ts';

export async function openChildServices(storeUrl: string, clock?: Clock): Promise<QuizServices> {
  const loaded = await loadBank(new URL('../../fixtures/bank/', import.meta.url).pathname);
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  return openQuizServices({ storeUrl, logger: createLogger('warn'), bank: loaded.bank, random: seededRandom(5), ...(clock ? { clock } : {}) });
}
