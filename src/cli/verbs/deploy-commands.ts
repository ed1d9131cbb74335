import { DiscordAPIError } from '@discordjs/rest';
import { MISSING_APPLICATION_ID_MESSAGE, MISSING_TOKEN_MESSAGE, parseConfig } from '../../config/env.ts';
import { loadEnvFile } from '../../config/load-env-file.ts';
import { CommandRegistry } from '../../discord/commands/command-registry.ts';
import { loadCommandModules } from '../../discord/commands/load-commands.ts';
import { deployCommands } from '../../discord/deploy/deploy-commands.ts';
import { CliError } from '../cli-error.ts';

const SNOWFLAKE = /^\d{17,20}$/;

/**
 * `quizbot deploy-commands [--guild ID]`: registers every command in commands/ through @discordjs/rest.
 * `env` and `out` are parameters so tests can run it in-process against the fake Discord.
 */
export async function runDeployCommands(
  options: { guild?: string },
  env?: NodeJS.ProcessEnv,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  if (!env) loadEnvFile();
  const parsed = parseConfig(env ?? process.env);
  if (!parsed.ok) throw new CliError(parsed.message);
  const config = parsed.config;
  if (!config.DISCORD_TOKEN) throw new CliError(MISSING_TOKEN_MESSAGE);
  if (!config.DISCORD_APPLICATION_ID) throw new CliError(MISSING_APPLICATION_ID_MESSAGE);
  const guildId = options.guild ?? config.DISCORD_GUILD_ID;
  if (options.guild !== undefined && !SNOWFLAKE.test(options.guild)) throw new CliError('--guild must be a server id (17 to 20 digits)');

  const definitions = new CommandRegistry(await loadCommandModules()).definitions();
  let deployed;
  try {
    deployed = await deployCommands(
      { token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, applicationId: config.DISCORD_APPLICATION_ID, guildId },
      definitions,
    );
  } catch (error) {
    if (error instanceof DiscordAPIError) {
      const hint = error.status === 401 ? ' (check DISCORD_TOKEN)' : error.status === 404 || error.status === 403 ? ' (check the application and server ids)' : '';
      throw new CliError(`Discord refused the commands: ${error.status} ${error.message.replace(/\s+/g, ' ')}${hint}`);
    }
    throw new CliError(`could not reach Discord at ${config.DISCORD_API_URL}: ${(error as Error).message}`);
  }
  const names = deployed.map((command) => `/${command.name}`).join(', ');
  const scope = guildId ? `to server ${guildId} (available now)` : 'globally (Discord may take up to an hour to show them everywhere)';
  out.write(`Registered ${deployed.length} commands ${scope}: ${names}\n`);
}
