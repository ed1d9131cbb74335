import { CliError } from '../cli-error.ts';

export async function runBankBuild(..._args: unknown[]): Promise<void> {
  throw new CliError('bank-build is not available yet');
}
