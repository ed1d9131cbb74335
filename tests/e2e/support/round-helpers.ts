import type { APIButtonComponentWithCustomId, APIEmbed } from 'discord-api-types/v10';
import type { Bank, Question } from '../../../src/bank/schema.ts';
import { buttonsOf, type MessageRecord } from '../../support/fake-discord/index.ts';

export function embedOf(message: MessageRecord): APIEmbed {
  const embed = message.api.embeds[0];
  if (!embed) throw new Error(`message ${message.api.id} has no embed: ${JSON.stringify(message.api)}`);
  return embed;
}

/** The bank question a round or study message shows, by the id in its footer. */
export function questionOf(message: MessageRecord, bank: Bank): Question {
  const id = /Question ([\w-]+)/.exec(embedOf(message).footer?.text ?? '')?.[1];
  const question = bank.questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`no bank question for footer "${embedOf(message).footer?.text}"`);
  return question;
}

export function choiceButtons(message: MessageRecord): APIButtonComponentWithCustomId[] {
  return buttonsOf(message.api).filter((button): button is APIButtonComponentWithCustomId => 'custom_id' in button && typeof button.custom_id === 'string' && /:answer:/.test(button.custom_id));
}

/** The button whose label carries this choice text ("B · Clara Mendes"). */
export function buttonFor(message: MessageRecord, choice: string): APIButtonComponentWithCustomId {
  const button = choiceButtons(message).find((candidate) => candidate.label?.endsWith(` · ${choice}`));
  if (!button) throw new Error(`no button for "${choice}" among ${choiceButtons(message).map((candidate) => candidate.label).join(', ')}`);
  return button;
}

export function correctButton(message: MessageRecord, question: Question): APIButtonComponentWithCustomId {
  return buttonFor(message, question.choices[question.answerIndex]!);
}

export function wrongButton(message: MessageRecord, question: Question): APIButtonComponentWithCustomId {
  return buttonFor(message, question.choices[(question.answerIndex + 1) % question.choices.length]!);
}

/** Every field of an embed as "name\nvalue", to search in. */
export function embedText(embed: APIEmbed): string {
  return [embed.author?.name, embed.title, embed.description, ...(embed.fields ?? []).map((field) => `${field.name}\n${field.value}`), embed.footer?.text].filter(Boolean).join('\n');
}
