import { CliError } from '../cli-error.ts';

export async function runPlay(..._args: unknown[]): Promise<void> {
  throw new CliError('play is not available yet');
}
