import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { normaliseForMatch } from '../../../bank/check-question.ts';
import type { BotServices } from '../../services/bot-services.ts';
import { plural } from '../../render/text.ts';

const KIND_NAMES: Record<string, string> = {
  person: 'People',
  role: 'Roles and titles',
  quote: 'Who said it',
  date: 'Dates',
  number: 'Numbers and amounts',
  place: 'Places',
  organisation: 'Organisations',
  event: 'Events',
  cloze: 'Fill in the blank',
  other: 'Other',
};

/**
 * Autocomplete for `/quiz topic`: the question kinds this server plays (a topic matches a kind exactly),
 * then whatever was typed as free text, which matches words of stems and article titles.
 */
export async function suggestTopics(services: BotServices, guildId: string, typed: string): Promise<ApplicationCommandOptionChoiceData<string>[]> {
  const key = normaliseForMatch(typed);
  const counts = new Map<string, number>();
  for (const question of await services.catalogue.questions(guildId)) counts.set(question.kind, (counts.get(question.kind) ?? 0) + 1);
  const kinds = [...counts]
    .filter(([kind]) => key === '' || kind.includes(key) || normaliseForMatch(KIND_NAMES[kind] ?? '').includes(key))
    .sort(([, a], [, b]) => b - a)
    .map(([kind, count]) => ({ name: `${KIND_NAMES[kind] ?? kind} (${plural(count, 'question')})`, value: kind }));
  const free = typed.trim();
  const typedChoice = free !== '' && !counts.has(key) ? [{ name: `Questions mentioning “${free.slice(0, 60)}”`, value: free.slice(0, 100) }] : [];
  return [...typedChoice, ...kinds].slice(0, 25);
}
