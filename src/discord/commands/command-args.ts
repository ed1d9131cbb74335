import {
  ApplicationCommandOptionType as OptionType,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import { UserError } from '../interactions/user-error.ts';

type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** A slash command definition as JSON (what the builders produce), written as a literal `as const`. */
export type CommandDefinition = DeepReadonly<RESTPostAPIChatInputApplicationCommandsJSONBody>;

interface OptionShape {
  readonly type: OptionType;
  readonly name: string;
  readonly required?: boolean;
  readonly choices?: readonly { readonly value: string | number }[];
  readonly options?: readonly OptionShape[];
  readonly min_value?: number;
  readonly max_value?: number;
  readonly min_length?: number;
  readonly max_length?: number;
}

type Resolved = CommandInteractionOption;

/** The value a handler receives for one option type. */
type ValueOf<O extends OptionShape> = O extends { readonly choices: readonly { readonly value: infer V }[] }
  ? V
  : O['type'] extends OptionType.String
    ? string
    : O['type'] extends OptionType.Integer | OptionType.Number
      ? number
      : O['type'] extends OptionType.Boolean
        ? boolean
        : O['type'] extends OptionType.User
          ? NonNullable<Resolved['user']>
          : O['type'] extends OptionType.Role
            ? NonNullable<Resolved['role']>
            : O['type'] extends OptionType.Channel
              ? NonNullable<Resolved['channel']>
              : O['type'] extends OptionType.Attachment
                ? NonNullable<Resolved['attachment']>
                : O['type'] extends OptionType.Mentionable
                  ? NonNullable<Resolved['user'] | Resolved['role'] | Resolved['member']>
                  : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type OptionsToArgs<Options extends readonly OptionShape[]> = Simplify<
  { [O in Options[number] as O extends { readonly required: true } ? O['name'] : never]: ValueOf<O> } & {
    [O in Options[number] as O extends { readonly required: true } ? never : O['name']]?: ValueOf<O>;
  }
>;

type SubcommandArgs<S> = S extends { readonly type: OptionType.Subcommand; readonly name: infer N }
  ? Simplify<{ subcommand: N } & OptionsToArgs<S extends { readonly options: readonly OptionShape[] } ? S['options'] : []>>
  : never;

/**
 * The typed arguments of a command, derived from its definition: `{ topic?: string; seconds?: number }`,
 * or for subcommands a union like `{ subcommand: 'remove'; id: string } | { subcommand: 'list'; page?: number }`.
 */
export type ArgsOf<D> = D extends { readonly options: readonly OptionShape[] }
  ? [Extract<D['options'][number], { readonly type: OptionType.Subcommand }>] extends [never]
    ? OptionsToArgs<D['options']>
    : SubcommandArgs<D['options'][number]>
  : Record<string, never>;

// ── runtime ──────────────────────────────────────────────────────────────────────────────────────────────

function readOption(interaction: ChatInputCommandInteraction, option: OptionShape): unknown {
  const options = interaction.options;
  switch (option.type) {
    case OptionType.String:
      return options.getString(option.name);
    case OptionType.Integer:
      return options.getInteger(option.name);
    case OptionType.Number:
      return options.getNumber(option.name);
    case OptionType.Boolean:
      return options.getBoolean(option.name);
    case OptionType.User:
      return options.getUser(option.name);
    case OptionType.Role:
      return options.getRole(option.name);
    case OptionType.Channel:
      return options.getChannel(option.name);
    case OptionType.Attachment:
      return options.getAttachment(option.name);
    case OptionType.Mentionable:
      return options.getMentionable(option.name);
    default:
      return null;
  }
}

/** The zod schema for one option value, with the limits of its definition and messages naming it. */
function schemaFor(option: OptionShape): z.ZodType {
  const name = `\`${option.name}\``;
  let schema: z.ZodType;
  if (option.choices) {
    const values = option.choices.map((choice) => choice.value);
    schema = z.custom((value) => values.includes(value as string | number), `${name} must be one of: ${values.join(', ')}.`);
  } else if (option.type === OptionType.String) {
    let text = z.string({ error: `${name} must be text.` });
    if (option.min_length !== undefined) text = text.min(option.min_length, `${name} must be at least ${option.min_length} characters.`);
    if (option.max_length !== undefined) text = text.max(option.max_length, `${name} must be at most ${option.max_length} characters.`);
    schema = text;
  } else if (option.type === OptionType.Integer || option.type === OptionType.Number) {
    let number = option.type === OptionType.Integer ? z.int({ error: `${name} must be a whole number.` }) : z.number({ error: `${name} must be a number.` });
    const range =
      option.min_value !== undefined && option.max_value !== undefined
        ? `${name} must be between ${option.min_value} and ${option.max_value}.`
        : undefined;
    if (option.min_value !== undefined) number = number.min(option.min_value, range ?? `${name} must be at least ${option.min_value}.`);
    if (option.max_value !== undefined) number = number.max(option.max_value, range ?? `${name} must be at most ${option.max_value}.`);
    schema = number;
  } else if (option.type === OptionType.Boolean) {
    schema = z.boolean({ error: `${name} must be true or false.` });
  } else {
    schema = z.custom((value) => value !== null && value !== undefined, `${name} is not valid.`);
  }
  return option.required ? z.custom((value) => value !== null, `${name} is required.`).pipe(schema) : schema.nullable();
}

const schemaCache = new WeakMap<readonly OptionShape[], z.ZodObject>();

function argsSchema(options: readonly OptionShape[]): z.ZodObject {
  let schema = schemaCache.get(options);
  if (!schema) {
    schema = z.object(Object.fromEntries(options.map((option) => [option.name, schemaFor(option)])));
    schemaCache.set(options, schema);
  }
  return schema;
}

/**
 * Reads an interaction's options into the typed object `ArgsOf<definition>` describes, and re-checks them
 * against the definition (required, ranges, lengths, choices): the client is never trusted.
 * Absent optional options are left out; a problem becomes a UserError naming the option.
 */
export function parseCommandArgs<D extends CommandDefinition>(definition: D, interaction: ChatInputCommandInteraction): ArgsOf<D> {
  let options = (definition.options ?? []) as readonly OptionShape[];
  const result: Record<string, unknown> = {};
  if (options.some((option) => option.type === OptionType.Subcommand)) {
    const name = interaction.options.getSubcommand(false);
    const subcommand = options.find((option) => option.type === OptionType.Subcommand && option.name === name);
    if (!subcommand) throw new UserError(`\`/${definition.name}\` needs one of its subcommands: ${options.map((option) => option.name).join(', ')}.`);
    result.subcommand = subcommand.name;
    options = subcommand.options ?? [];
  }
  const raw: Record<string, unknown> = {};
  for (const option of options) {
    try {
      raw[option.name] = readOption(interaction, option);
    } catch {
      // discord.js throws when an option arrives with another type than defined: a stale or forged call.
      throw new UserError(`\`${option.name}\` is not valid: the command may have changed, please try again.`);
    }
  }
  const parsed = argsSchema(options).safeParse(raw);
  if (!parsed.success) throw new UserError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  for (const [key, value] of Object.entries(parsed.data)) if (value !== null && value !== undefined) result[key] = value;
  return result as ArgsOf<D>;
}
