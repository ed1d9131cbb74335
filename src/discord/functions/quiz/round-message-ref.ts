import type { ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{1,20}$/);

/**
 * What the bot stores with a round to find its message again at the reveal: the interaction's webhook token
 * (good for 15 minutes, and needing no channel permission) and, once the reply is posted, the channel
 * message id (for a reveal after the token has lapsed, say after a long restart). Validated when read.
 */
export const roundMessageRefSchema = z.object({
  v: z.literal(1),
  channelId: snowflake,
  applicationId: snowflake,
  token: z.string().min(1).max(500),
  /** When the interaction was created (epoch ms); its token works for 15 minutes from then. */
  issuedAt: z.number(),
  messageId: snowflake.optional(),
});

export type RoundMessageRef = z.output<typeof roundMessageRefSchema>;

export function roundMessageRef(interaction: ChatInputCommandInteraction): RoundMessageRef {
  return { v: 1, channelId: interaction.channelId, applicationId: interaction.applicationId, token: interaction.token, issuedAt: interaction.createdTimestamp };
}

/** The stored reference, or undefined for a round this adapter did not start (or a damaged record). */
export function readRoundMessageRef(value: unknown): RoundMessageRef | undefined {
  const parsed = roundMessageRefSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
