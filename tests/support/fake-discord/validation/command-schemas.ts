import { ApplicationCommandOptionType as OptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import { COMMAND_NAME, LIMITS } from './limits.ts';
import { text } from './message-schemas.ts';

const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

const commandName = z
  .string()
  .regex(COMMAND_NAME, 'Must match ^[-_\'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$ (letters, digits, - and _).')
  .refine((name) => name === name.toLowerCase(), 'Command and option names must be lowercase.');

const choiceSchema = z.looseObject({
  name: text(1, LIMITS.commandChoiceName),
  value: z.union([text(1, LIMITS.commandChoiceStringValue), z.number()]),
});

interface RawOption {
  type: number;
  name: string;
  description: string;
  required?: boolean | null;
  choices?: { name: string; value: string | number }[] | null;
  options?: RawOption[] | null;
  min_value?: number | null;
  max_value?: number | null;
  min_length?: number | null;
  max_length?: number | null;
  autocomplete?: boolean | null;
}

const optionSchema: z.ZodType<RawOption> = z.lazy(() =>
  z
    .looseObject({
      type: z.enum(OptionType),
      name: commandName,
      description: text(1, LIMITS.commandDescription),
      required: optional(z.boolean()),
      choices: optional(z.array(choiceSchema).max(LIMITS.commandChoices, `Must be ${LIMITS.commandChoices} or fewer in length.`)),
      options: optional(z.array(optionSchema).max(LIMITS.commandOptions)),
      min_value: optional(z.number()),
      max_value: optional(z.number()),
      min_length: optional(z.int().min(0).max(LIMITS.commandStringOptionLength)),
      max_length: optional(z.int().min(1).max(LIMITS.commandStringOptionLength)),
      autocomplete: optional(z.boolean()),
    })
    .superRefine((option, ctx) => {
      const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const isContainer = option.type === OptionType.Subcommand || option.type === OptionType.SubcommandGroup;
      if (!isContainer && option.options?.length) problem('options', 'Only subcommands and groups can have options.');
      if (isContainer && option.required) problem('required', 'Subcommands and groups cannot be required.');
      if (option.type === OptionType.SubcommandGroup && option.options?.some((child) => child.type !== OptionType.Subcommand)) {
        problem('options', 'A subcommand group can only contain subcommands.');
      }
      if (option.type === OptionType.Subcommand && option.options?.some((child) => child.type <= OptionType.SubcommandGroup)) {
        problem('options', 'A subcommand cannot contain subcommands or groups.');
      }
      const takesChoices = [OptionType.String, OptionType.Integer, OptionType.Number].includes(option.type);
      if (option.choices && !takesChoices) problem('choices', 'Only string, integer and number options can have choices.');
      if (option.choices && option.autocomplete) problem('autocomplete', 'Autocomplete and choices are mutually exclusive.');
      if ((option.min_value != null || option.max_value != null) && option.type !== OptionType.Integer && option.type !== OptionType.Number) {
        problem('min_value', 'Only integer and number options can have min_value or max_value.');
      }
      if (option.min_value != null && option.max_value != null && option.min_value > option.max_value) problem('min_value', 'min_value is above max_value.');
      if ((option.min_length != null || option.max_length != null) && option.type !== OptionType.String) {
        problem('min_length', 'Only string options can have min_length or max_length.');
      }
      checkOptionList(option.options ?? [], ctx);
    }),
);

function checkOptionList(options: readonly RawOption[], ctx: z.RefinementCtx): void {
  const names = new Set<string>();
  let sawOptional = false;
  const containers = options.filter((option) => option.type <= OptionType.SubcommandGroup).length;
  if (containers > 0 && containers < options.length) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'Subcommands and groups cannot be mixed with other options.' });
  }
  options.forEach((option, index) => {
    if (names.has(option.name)) ctx.addIssue({ code: 'custom', path: ['options', index, 'name'], message: `Option name "${option.name}" is already used.` });
    names.add(option.name);
    if (option.required && sawOptional) {
      ctx.addIssue({ code: 'custom', path: ['options', index, 'required'], message: 'Required options must be placed before non-required options.' });
    }
    if (!option.required) sawOptional = true;
  });
}

function characterCount(command: { name: string; description?: string | null; options?: RawOption[] | null }): number {
  let total = command.name.length + (command.description?.length ?? 0);
  for (const option of command.options ?? []) {
    total += characterCount(option);
    for (const choice of option.choices ?? []) total += choice.name.length + String(choice.value).length;
  }
  return total;
}

export const commandSchema = z
  .looseObject({
    name: commandName,
    type: optional(z.enum(ApplicationCommandType)),
    description: optional(z.string().max(LIMITS.commandDescription, `Must be ${LIMITS.commandDescription} or fewer in length.`)),
    options: optional(z.array(optionSchema).max(LIMITS.commandOptions, `Must be ${LIMITS.commandOptions} or fewer in length.`)),
    default_member_permissions: optional(z.string().regex(/^\d+$/, 'Must be a permission bitfield as a string of digits.')),
    dm_permission: optional(z.boolean()),
    contexts: optional(z.array(z.int().min(0).max(2))),
    integration_types: optional(z.array(z.int().min(0).max(1))),
    nsfw: optional(z.boolean()),
  })
  .superRefine((command, ctx) => {
    const isChatInput = (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
    if (isChatInput && !command.description) ctx.addIssue({ code: 'custom', path: ['description'], message: 'This field is required' });
    checkOptionList(command.options ?? [], ctx);
    const total = characterCount(command);
    if (total > LIMITS.commandTotal) {
      ctx.addIssue({ code: 'custom', message: `Command exceeds the combined ${LIMITS.commandTotal} characters of names, descriptions and choices (got ${total}).` });
    }
  });

/** The body of a bulk overwrite. Each command is checked on its own, so list-wide rules are reported alongside. */
export const commandListSchema = z.array(z.unknown()).superRefine((commands, ctx) => {
  const seen = new Set<string>();
  let chatInput = 0;
  commands.forEach((command, index) => {
    const parsed = commandSchema.safeParse(command, { reportInput: true });
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [index, ...issue.path] } as never);
    const { name, type } = (command ?? {}) as { name?: unknown; type?: unknown };
    const key = `${String(type ?? 1)}:${String(name)}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `Application command names must be unique ("${String(name)}").` });
    seen.add(key);
    if ((type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput) chatInput += 1;
  });
  if (chatInput > LIMITS.chatInputCommandsPerScope) {
    ctx.addIssue({ code: 'custom', message: `Must be ${LIMITS.chatInputCommandsPerScope} or fewer chat input commands.` });
  }
});

export type CommandDefinition = z.output<typeof commandSchema>;
export type CommandOptionDefinition = RawOption;
