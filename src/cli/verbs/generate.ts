import { CliError } from '../cli-error.ts';

export async function runGenerate(..._args: unknown[]): Promise<void> {
  throw new CliError('generate is not available yet');
}
