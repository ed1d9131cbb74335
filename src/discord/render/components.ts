import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord.js';
import { DISCORD_LIMITS } from './limits.ts';
import { choiceLetter, oneLine, truncate } from './text.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** A message as the renderers build it: plain API JSON, so it can go through discord.js or a raw REST call alike. */
export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
}

/** "A · Clara Mendes", cut to fit a button (80 characters). */
export function choiceLabel(index: number, text: string): string {
  return truncate(`${choiceLetter(index)} · ${oneLine(text)}`, DISCORD_LIMITS.buttonLabel);
}

/** How answered choice buttons look: the right one green, a wrong pick red, the rest grey; all disabled. */
export interface ChoiceMarks {
  correct: number;
  chosen?: number | undefined;
}

/** One button per choice. Without marks they are live; with marks they show the result and are disabled. */
export function choiceButtons(choices: readonly string[], idFor: (index: number) => string, marks?: ChoiceMarks): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: choices.map((choice, index) => ({
      type: ComponentType.Button,
      custom_id: idFor(index),
      label: choiceLabel(index, choice),
      style: !marks ? ButtonStyle.Primary : index === marks.correct ? ButtonStyle.Success : index === marks.chosen ? ButtonStyle.Danger : ButtonStyle.Secondary,
      disabled: marks !== undefined,
    })),
  };
}

export function button(customId: string, label: string, options: { style?: ButtonStyle; disabled?: boolean; emoji?: string } = {}): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: truncate(label, DISCORD_LIMITS.buttonLabel),
    style: options.style ?? ButtonStyle.Secondary,
    disabled: options.disabled ?? false,
    ...(options.emoji ? { emoji: { name: options.emoji } } : {}),
  } as APIButtonComponentWithCustomId;
}

export function buttonRow(...buttons: APIButtonComponentWithCustomId[]): ButtonRow {
  return { type: ComponentType.ActionRow, components: buttons };
}
