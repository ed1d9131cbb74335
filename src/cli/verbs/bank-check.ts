import { CliError } from '../cli-error.ts';

export async function runBankCheck(..._args: unknown[]): Promise<void> {
  throw new CliError('bank-check is not available yet');
}
