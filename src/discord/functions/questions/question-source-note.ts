import type { BotServices } from '../../services/bot-services.ts';

/** A reminder when the server's own questions are not played at all (question source: shipped only). */
export async function questionSourceNote(services: BotServices, guildId: string): Promise<string | undefined> {
  const { questionSource } = await services.serverConfig.get(guildId);
  return questionSource === 'shipped'
    ? "Note: rounds and study use only the shipped questions here. `/config question-source` can add this server's own."
    : undefined;
}
