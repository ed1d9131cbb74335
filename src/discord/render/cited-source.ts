import type { APIEmbedField } from 'discord.js';
import type { CitedSource } from '../../services/index.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { oneLine, quoteBlock, safeText } from './text.ts';

/** The passage that proves the answer, quoted under its article's title. */
export function citedSourceField(source: CitedSource | null): APIEmbedField {
  if (!source) return { name: '📖 Source', value: 'This question cites no passage.' };
  const title = source.title.trim() === '' ? 'the article' : `“${oneLine(source.title)}”`;
  return {
    name: safeText(`📖 From ${title}`, DISCORD_LIMITS.fieldName),
    value: quoteBlock(source.passage, DISCORD_LIMITS.fieldValue),
  };
}
