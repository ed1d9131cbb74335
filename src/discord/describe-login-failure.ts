import { DiscordjsErrorCodes } from 'discord.js';

/** One line for a failed login: what went wrong and what to check. Never includes the token. */
export function describeLoginFailure(error: unknown, apiUrl: string): string {
  const code = (error as { code?: unknown }).code;
  if (code === DiscordjsErrorCodes.TokenInvalid) {
    return 'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (Bot > Reset Token).';
  }
  if (code === DiscordjsErrorCodes.TokenMissing) return 'DISCORD_TOKEN is empty.';
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  if (cause === 'ECONNREFUSED' || cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') {
    return `cannot reach Discord at ${apiUrl} (${cause}): check DISCORD_API_URL and the network.`;
  }
  return `could not connect to Discord: ${(error as Error).message ?? String(error)}`;
}
