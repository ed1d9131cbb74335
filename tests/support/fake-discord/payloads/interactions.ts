import {
  ApplicationCommandOptionType as OptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  type APIAttachment,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIUser,
} from 'discord-api-types/v10';
import type { CommandDefinition, CommandOptionDefinition } from '../validation/command-schemas.ts';
import { apiMember, apiRole, apiTextChannel, apiUser, type FakeChannel, type FakeGuild, type FakeRole } from './entities.ts';

/** An uploaded file offered as an attachment option (a moderator's `/question import`, say). */
export interface AttachmentInput {
  filename: string;
  content: string | Buffer;
  contentType?: string;
}

export type OptionInput = string | number | boolean | APIUser | FakeRole | FakeChannel | AttachmentInput;

export interface InvokerContext {
  interactionId: string;
  token: string;
  applicationId: string;
  guild: FakeGuild;
  channel: FakeChannel;
  user: APIUser;
  memberRoles: string[];
  memberPermissions: bigint;
  appPermissions: bigint;
}

/** Fields every guild interaction carries, whatever its type. */
export function interactionBase(ctx: InvokerContext) {
  const member = { ...apiMember(ctx.user, ctx.memberRoles, ctx.guild.joinedAt), permissions: ctx.memberPermissions.toString(), user: ctx.user };
  return {
    id: ctx.interactionId,
    application_id: ctx.applicationId,
    token: ctx.token,
    version: 1 as const,
    guild_id: ctx.guild.id,
    guild: { id: ctx.guild.id, locale: Locale.EnglishUS, features: [] },
    channel_id: ctx.channel.id,
    channel: apiTextChannel(ctx.guild, ctx.channel, 0),
    member,
    app_permissions: ctx.appPermissions.toString(),
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { 0: ctx.guild.id },
    context: InteractionContextType.Guild,
    attachment_size_limit: 25 * 1024 * 1024,
  };
}

export interface CommandInvocation {
  commandId: string;
  name: string;
  group?: string;
  subcommand?: string;
  options: Record<string, OptionInput>;
  definition: CommandDefinition | undefined;
  /** Send option values as given, skipping the checks the Discord client would make. */
  unchecked: boolean;
  registerAttachment: (input: AttachmentInput) => APIAttachment;
}

type RawOptionValue = { name: string; type: OptionType; value?: string | number | boolean; options?: RawOptionValue[] };

function isUser(value: OptionInput): value is APIUser {
  return typeof value === 'object' && 'username' in value;
}
function isRole(value: OptionInput): value is FakeRole {
  return typeof value === 'object' && 'permissions' in value;
}
function isAttachment(value: OptionInput): value is AttachmentInput {
  return typeof value === 'object' && 'filename' in value;
}
function isChannel(value: OptionInput): value is FakeChannel {
  return typeof value === 'object' && 'name' in value && !('permissions' in value);
}

function inferType(value: OptionInput): OptionType {
  if (typeof value === 'string') return OptionType.String;
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  if (isUser(value)) return OptionType.User;
  if (isRole(value)) return OptionType.Role;
  if (isAttachment(value)) return OptionType.Attachment;
  return OptionType.Channel;
}

/** Checks a value the way the Discord client does before it lets a user send the command. */
function checkValue(option: CommandOptionDefinition, value: OptionInput, where: string): void {
  const fail = (why: string) => {
    throw new Error(`dispatchCommand ${where}: option "${option.name}" ${why} (pass unchecked: true to send it anyway)`);
  };
  const expected = option.type;
  const ok =
    (expected === OptionType.String && typeof value === 'string') ||
    (expected === OptionType.Integer && typeof value === 'number' && Number.isInteger(value)) ||
    (expected === OptionType.Number && typeof value === 'number') ||
    (expected === OptionType.Boolean && typeof value === 'boolean') ||
    (expected === OptionType.User && isUser(value)) ||
    (expected === OptionType.Role && isRole(value)) ||
    (expected === OptionType.Attachment && isAttachment(value)) ||
    (expected === OptionType.Channel && isChannel(value)) ||
    (expected === OptionType.Mentionable && (isUser(value) || isRole(value)));
  if (!ok) fail(`expects type ${OptionType[expected]}`);
  if (option.choices && !option.choices.some((choice) => choice.value === value)) fail(`must be one of its choices`);
  if (typeof value === 'number') {
    if (option.min_value != null && value < option.min_value) fail(`is below min_value ${option.min_value}`);
    if (option.max_value != null && value > option.max_value) fail(`is above max_value ${option.max_value}`);
  }
  if (typeof value === 'string') {
    if (option.min_length != null && value.length < option.min_length) fail(`is shorter than min_length ${option.min_length}`);
    if (option.max_length != null && value.length > option.max_length) fail(`is longer than max_length ${option.max_length}`);
  }
}

function findChild(options: readonly CommandOptionDefinition[] | null | undefined, name: string, type: OptionType) {
  return options?.find((option) => option.name === name && option.type === type);
}

/** Turns `{topic: 'x', seconds: 30}` into the option tree and `resolved` map Discord would send. */
export function commandData(invocation: CommandInvocation, ctx: InvokerContext) {
  const where = `/${[invocation.name, invocation.group, invocation.subcommand].filter(Boolean).join(' ')}`;
  let definitionOptions = invocation.definition?.options ?? undefined;
  if (invocation.definition && invocation.group) {
    const group = findChild(definitionOptions, invocation.group, OptionType.SubcommandGroup);
    if (!group) throw new Error(`dispatchCommand ${where}: no subcommand group "${invocation.group}" is registered`);
    definitionOptions = group.options ?? undefined;
  }
  if (invocation.definition && invocation.subcommand) {
    const sub = findChild(definitionOptions, invocation.subcommand, OptionType.Subcommand);
    if (!sub) throw new Error(`dispatchCommand ${where}: no subcommand "${invocation.subcommand}" is registered`);
    definitionOptions = sub.options ?? undefined;
  }
  if (invocation.definition && !invocation.subcommand && definitionOptions?.some((option) => option.type === OptionType.Subcommand)) {
    throw new Error(`dispatchCommand ${where}: this command needs a subcommand`);
  }

  const resolved: Required<APIInteractionDataResolved> = { users: {}, members: {}, roles: {}, channels: {}, attachments: {} };
  const leaves: RawOptionValue[] = [];
  for (const [name, value] of Object.entries(invocation.options)) {
    const option = definitionOptions?.find((candidate) => candidate.name === name);
    if (invocation.definition && !option && !invocation.unchecked) {
      throw new Error(`dispatchCommand ${where}: the registered definition has no option "${name}"`);
    }
    if (option && !invocation.unchecked) checkValue(option, value, where);
    const type = option?.type ?? inferType(value);
    let raw: string | number | boolean;
    if (isUser(value)) {
      raw = value.id;
      resolved.users[value.id] = value;
      const { user: _user, ...member } = { ...apiMember(value, [], ctx.guild.joinedAt), permissions: '0' };
      resolved.members[value.id] = member;
    } else if (isRole(value)) {
      raw = value.id;
      resolved.roles[value.id] = apiRole(value, 1);
    } else if (isAttachment(value)) {
      const attachment = invocation.registerAttachment(value);
      raw = attachment.id;
      resolved.attachments[attachment.id] = attachment;
    } else if (typeof value === 'object') {
      raw = value.id;
      resolved.channels[value.id] = { id: value.id, name: value.name, type: ChannelType.GuildText, permissions: ctx.memberPermissions.toString() };
    } else {
      raw = value;
    }
    leaves.push({ name, type, value: raw });
  }
  if (!invocation.unchecked) {
    for (const option of definitionOptions ?? []) {
      if (option.required && !(option.name in invocation.options)) throw new Error(`dispatchCommand ${where}: required option "${option.name}" is missing`);
    }
  }

  let options: RawOptionValue[] = leaves;
  if (invocation.subcommand) options = [{ name: invocation.subcommand, type: OptionType.Subcommand, options: leaves }];
  if (invocation.group) options = [{ name: invocation.group, type: OptionType.SubcommandGroup, options }];

  const usedResolved = Object.fromEntries(Object.entries(resolved).filter(([, map]) => Object.keys(map).length > 0));
  return {
    id: invocation.commandId,
    name: invocation.name,
    type: ApplicationCommandType.ChatInput as const,
    guild_id: ctx.guild.id,
    ...(options.length > 0 ? { options } : {}),
    ...(Object.keys(usedResolved).length > 0 ? { resolved: usedResolved } : {}),
  };
}

export function chatInputInteraction(ctx: InvokerContext, invocation: CommandInvocation): APIChatInputApplicationCommandInteraction {
  return {
    ...interactionBase(ctx),
    type: InteractionType.ApplicationCommand,
    data: commandData(invocation, ctx),
  } as APIChatInputApplicationCommandInteraction;
}

export function buttonInteraction(ctx: InvokerContext, customId: string, message: APIMessage): APIInteraction {
  return {
    ...interactionBase(ctx),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message,
  } as APIInteraction;
}

export function modalSubmitInteraction(ctx: InvokerContext, customId: string, components: unknown[], message: APIMessage | undefined): APIInteraction {
  return {
    ...interactionBase(ctx),
    type: InteractionType.ModalSubmit,
    data: { custom_id: customId, components },
    ...(message ? { message } : {}),
  } as APIInteraction;
}

export { apiUser };
