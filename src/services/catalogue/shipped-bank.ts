import type { Logger } from '../../logging/logger.ts';
import { DEFAULT_BANK_DIR, loadBank } from '../../bank/bank-files.ts';
import type { Bank } from '../../bank/schema.ts';

const EMPTY_BANK: Bank = { version: 1, articles: [], questions: [] };

/**
 * The bank shipped with the bot (question-bank/bank.json). A missing or invalid bank is logged and treated
 * as empty, so a server can still play its own questions.
 */
export async function loadShippedBank(dir: string = DEFAULT_BANK_DIR, logger: Logger): Promise<Bank> {
  const result = await loadBank(dir);
  if (result.ok) return result.bank;
  logger.warn({ dir, problems: result.problems.slice(0, 5) }, 'no usable shipped question bank; only server questions are available');
  return EMPTY_BANK;
}
