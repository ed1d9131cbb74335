import { CliError } from '../cli-error.ts';

export async function runBankImport(..._args: unknown[]): Promise<void> {
  throw new CliError('bank-import is not available yet');
}
