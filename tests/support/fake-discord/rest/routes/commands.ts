import { ApplicationCommandType, type APIApplicationCommand } from 'discord-api-types/v10';
import { commandListSchema, type CommandDefinition } from '../../validation/command-schemas.ts';
import { enforce, type Route, type RouteContext, type RouteResult } from '../context.ts';
import { DiscordErrors } from '../errors.ts';

function scope(ctx: RouteContext): string {
  const { state } = ctx.services;
  if (ctx.params.app !== state.options.applicationId) throw DiscordErrors.unknownApplication();
  const guildId = ctx.params.guild;
  if (guildId === undefined) return 'global';
  if (!state.guildById.has(guildId)) throw DiscordErrors.unknownGuild();
  return guildId;
}

/** Bulk overwrite: the list replaces every command of the scope; a kept name keeps its id, as on Discord. */
function overwrite(ctx: RouteContext): RouteResult {
  const { state } = ctx.services;
  const key = scope(ctx);
  // Discord refuses invalid definitions outright, whatever the fake's validation mode.
  enforce(ctx, commandListSchema, ctx.body, [], true);
  const definitions = ctx.body as CommandDefinition[];
  const previous = state.commands.get(key) ?? [];
  const commands = definitions.map((definition): APIApplicationCommand => {
    const type = definition.type ?? ApplicationCommandType.ChatInput;
    const kept = previous.find((command) => command.name === definition.name && command.type === type);
    return {
      ...(definition as Omit<APIApplicationCommand, 'id'>),
      id: kept?.id ?? state.ids.next(),
      application_id: state.options.applicationId,
      ...(key === 'global' ? {} : { guild_id: key }),
      type,
      description: definition.description ?? '',
      default_member_permissions: definition.default_member_permissions ?? null,
      nsfw: definition.nsfw ?? false,
      version: state.ids.next(),
    } as APIApplicationCommand;
  });
  state.commands.set(key, commands);
  state.notifyGlobal();
  return { status: 200, body: commands };
}

function list(ctx: RouteContext): RouteResult {
  return { status: 200, body: ctx.services.state.commands.get(scope(ctx)) ?? [] };
}

const major = (params: Record<string, string>) => params.guild ?? params.app!;

export const commandRoutes: Route[] = [
  { method: 'PUT', pattern: '/applications/:app/commands', family: 'commands', auth: true, major, handle: overwrite },
  { method: 'GET', pattern: '/applications/:app/commands', family: 'commands', auth: true, major, handle: list },
  { method: 'PUT', pattern: '/applications/:app/guilds/:guild/commands', family: 'commands', auth: true, major, handle: overwrite },
  { method: 'GET', pattern: '/applications/:app/guilds/:guild/commands', family: 'commands', auth: true, major, handle: list },
];
