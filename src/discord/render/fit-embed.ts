import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS } from './limits.ts';
import { truncate } from './text.ts';

/** The characters Discord counts towards an embed's 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

/** Field values are shortened down to this before the description (the question itself) is touched. */
const FIELD_FLOOR = 200;

/** Shortens the longest field values, then the description, until the embed fits Discord's 6,000 total. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed, ...(embed.fields ? { fields: embed.fields.map((field) => ({ ...field })) } : {}) };
  for (let overflow = embedLength(fitted) - DISCORD_LIMITS.embedTotal; overflow > 0; overflow = embedLength(fitted) - DISCORD_LIMITS.embedTotal) {
    const longest = (fitted.fields ?? []).reduce<{ value: string } | undefined>((best, field) => (!best || field.value.length > best.value.length ? field : best), undefined);
    const description = fitted.description ?? '';
    if (longest && longest.value.length > FIELD_FLOOR) {
      longest.value = truncate(longest.value, Math.max(FIELD_FLOOR, longest.value.length - overflow));
    } else if (description.length > 1) {
      fitted.description = truncate(description, Math.max(1, description.length - overflow));
    } else {
      break;
    }
  }
  return fitted;
}
