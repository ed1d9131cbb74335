import { MISSING_TOKEN_MESSAGE, parseConfig } from '../../config/env.ts';
import { loadEnvFile } from '../../config/load-env-file.ts';
import { CliError } from '../cli-error.ts';

export async function runStart(): Promise<void> {
  loadEnvFile();
  const parsed = parseConfig(process.env);
  if (!parsed.ok) throw new CliError(parsed.message);
  if (!parsed.config.DISCORD_TOKEN) throw new CliError(MISSING_TOKEN_MESSAGE);
  throw new CliError('the bot is not available yet');
}
