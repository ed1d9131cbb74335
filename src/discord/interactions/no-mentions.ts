import type { MessageMentionOptions } from 'discord.js';

/**
 * Nothing a message says may ping anyone: article text, user input and names are quoted, never notified.
 * Set as the client default and again on every payload the adapter sends (SPEC §2).
 */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const satisfies MessageMentionOptions;

export function withoutMentions<T extends object>(payload: T): T & { allowedMentions: typeof NO_MENTIONS } {
  return { ...payload, allowedMentions: NO_MENTIONS };
}
