import { z } from 'zod';

/**
 * Server, channel, user, round and card ids: Discord snowflakes, or short names such as "local" offline.
 * They are joined with ":" into store keys, so they may not contain one.
 */
export const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of 1 to 64 letters, digits, "_" or "-"');
