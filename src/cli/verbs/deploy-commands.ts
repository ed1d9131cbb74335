import { CliError } from '../cli-error.ts';

export async function runDeployCommands(..._args: unknown[]): Promise<void> {
  throw new CliError('deploy-commands is not available yet');
}
