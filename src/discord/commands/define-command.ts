import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction, ChatInputCommandInteraction, Client } from 'discord.js';
import type { Logger } from '../../logging/logger.ts';
import type { BotServices } from '../services/bot-services.ts';
import type { ButtonRoute, ModalRoute } from '../components/define-component.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { ResponseMode } from '../interactions/responder.ts';
import type { Access } from '../permissions/access.ts';
import type { ArgsOf, CommandDefinition } from './command-args.ts';

export interface CommandModule<D extends CommandDefinition = CommandDefinition> {
  readonly definition: D;
  /** Checked on every call; moderator commands also set default_member_permissions in their definition. */
  readonly access: Access;
  /** How `ctx.respond.send` answers, and what an automatic deferral looks like. */
  readonly response: ResponseMode;
  /** Defer automatically when the handler is still busy after ~2 s. Turn off for handlers that show a modal. */
  readonly autoDefer: boolean;
  /** Buttons and modals this command's messages carry; routed by their custom_id. */
  readonly buttons: readonly ButtonRoute[];
  readonly modals: readonly ModalRoute[];
  execute(interaction: ChatInputCommandInteraction, args: ArgsOf<D>, ctx: HandlerContext): Promise<void>;
  /** Runs once the client is ready: subscribe to service events, finish or resume work left by a restart. */
  readonly setup: ((context: SetupContext) => Promise<void>) | undefined;
  /** Suggestions for the options marked `autocomplete: true`; without it they get none. */
  readonly autocomplete: AutocompleteHandler | undefined;
}

export interface AutocompleteContext {
  services: BotServices;
  logger: Logger;
}

/** At most 25 suggestions for the focused option (`interaction.options.getFocused(true)`). */
export type AutocompleteHandler = (interaction: AutocompleteInteraction, ctx: AutocompleteContext) => Promise<readonly ApplicationCommandOptionChoiceData[]>;

export interface SetupContext {
  client: Client<true>;
  services: BotServices;
  logger: Logger;
}

export interface CommandSpec<D extends CommandDefinition> {
  definition: D;
  access?: Access;
  response?: ResponseMode;
  autoDefer?: boolean;
  buttons?: readonly ButtonRoute[];
  modals?: readonly ModalRoute[];
  execute: CommandModule<D>['execute'];
  setup?: (context: SetupContext) => Promise<void>;
  autocomplete?: AutocompleteHandler;
}

/**
 * One slash command: its definition (JSON, as deployed) and a thin handler that receives typed, validated
 * arguments and delegates to a function under src/discord/functions/<domain>/.
 */
export function defineCommand<const D extends CommandDefinition>(spec: CommandSpec<D>): CommandModule<D> {
  const access = spec.access ?? 'everyone';
  if (access !== 'everyone' && spec.definition.default_member_permissions == null) {
    throw new Error(`/${spec.definition.name} is for ${access} only, so its definition must set default_member_permissions`);
  }
  return {
    definition: spec.definition,
    access,
    response: spec.response ?? 'ephemeral',
    autoDefer: spec.autoDefer ?? true,
    buttons: spec.buttons ?? [],
    modals: spec.modals ?? [],
    execute: spec.execute,
    setup: spec.setup,
    autocomplete: spec.autocomplete,
  };
}
