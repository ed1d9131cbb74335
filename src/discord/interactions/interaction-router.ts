import { performance } from 'node:perf_hooks';
import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction, Client, Interaction } from 'discord.js';
import type { Logger } from '../../logging/logger.ts';
import { parseCommandArgs } from '../commands/command-args.ts';
import type { CommandRegistry } from '../commands/command-registry.ts';
import { parseCustomId } from '../components/custom-id.ts';
import { readModalFields } from '../components/modal-fields.ts';
import { assertAccess, type Access } from '../permissions/access.ts';
import type { BotServices } from '../services/bot-services.ts';
import type { HandlerContext } from './handler-context.ts';
import { Responder, type HandledInteraction, type ResponseMode } from './responder.ts';
import { runHandler } from './run-handler.ts';
import { UserError } from './user-error.ts';

/** Discord allows 3 s for the first answer; handlers still busy after this get deferred. */
export const AUTO_DEFER_MS = 2000;

export const MESSAGES = {
  unknownCommand: 'This command is not available any more. It may take a moment for Discord to show the current list.',
  unknownButton: 'quizbot does not recognise this button (it may come from an old or altered message), so nothing was done.',
  oldButton: 'This button is from an older version of quizbot and no longer works. Run the command again to get a fresh one.',
  invalidButton: 'This button carries data quizbot cannot accept, so nothing was done.',
  unknownModal: 'quizbot does not recognise this form (it may be from an older version), so nothing was saved. Please open it again.',
  oldModal: 'This form is from an older version of quizbot, so nothing was saved. Please open it again.',
  restarting: 'quizbot is restarting; please try again in a few seconds.',
} as const;

interface Target {
  name: string;
  access: Access;
  response: ResponseMode;
  autoDefer: boolean;
  run: (ctx: HandlerContext) => Promise<void>;
}

const refusal = (name: string, message: string, detail?: string): Target => ({
  name,
  access: 'everyone',
  response: 'ephemeral',
  autoDefer: false,
  run: async (ctx) => {
    ctx.logger.warn({ detail }, 'refused an interaction that cannot be routed');
    throw new UserError(message);
  },
});

export interface RouterOptions {
  registry: CommandRegistry;
  services: BotServices;
  logger: Logger;
  autoDeferMs?: number;
}

/**
 * Sends each interaction to its command, button or modal handler through the permission check, argument
 * validation and the error boundary; keeps track of work in flight so shutdown can wait for it.
 */
export class InteractionRouter {
  readonly #inFlight = new Set<Promise<void>>();
  #draining = false;

  constructor(private readonly options: RouterOptions) {}

  get inFlight(): number {
    return this.#inFlight.size;
  }

  handle = (interaction: Interaction): void => {
    if (interaction.isAutocomplete()) {
      void this.#autocomplete(interaction);
      return;
    }
    if (!interaction.isRepliable()) return;
    const task = this.#route(interaction as HandledInteraction).catch((error: unknown) => {
      this.options.logger.error({ err: error, interaction: interaction.id }, 'interaction routing failed');
    });
    this.#inFlight.add(task);
    void task.finally(() => this.#inFlight.delete(task));
  };

  /** Stops starting new work (newcomers are told to retry) and waits for work in flight, up to `timeoutMs`. */
  async drain(timeoutMs: number): Promise<boolean> {
    this.#draining = true;
    const deadline = performance.now() + timeoutMs;
    while (this.#inFlight.size > 0) {
      const left = deadline - performance.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...this.#inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
      clearTimeout(timer);
    }
    return true;
  }

  /** Suggestions are a convenience: any failure (or a member without access) just gets none. */
  async #autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const module = this.options.registry.command(interaction.commandName);
    const logger = this.options.logger.child({ interaction: interaction.id, kind: 'autocomplete', name: `/${interaction.commandName}`, guild: interaction.guildId });
    let choices: readonly ApplicationCommandOptionChoiceData[] = [];
    if (module?.autocomplete && !this.#draining) {
      try {
        await assertAccess(interaction, module.access, this.options.services);
        choices = (await module.autocomplete(interaction, { services: this.options.services, logger })).slice(0, 25);
      } catch (error) {
        if (!(error instanceof UserError)) logger.warn({ err: error }, 'autocomplete suggestions failed');
      }
    }
    await interaction.respond([...choices]).catch((error: unknown) => logger.warn({ err: error }, 'autocomplete answer failed'));
  }

  async #route(interaction: HandledInteraction): Promise<void> {
    const started = performance.now();
    const target = this.#resolve(interaction);
    const logger = this.options.logger.child({
      interaction: interaction.id,
      kind: target.name.startsWith('/') ? 'command' : interaction.isButton() ? 'button' : interaction.isModalSubmit() ? 'modal' : 'component',
      name: target.name,
      guild: interaction.guildId,
      user: interaction.user.id,
    });
    const respond = new Responder(interaction, target.response, target.autoDefer ? (this.options.autoDeferMs ?? AUTO_DEFER_MS) : false);
    const ctx: HandlerContext = { services: this.options.services, logger, respond, client: interaction.client as Client<true> };
    await runHandler(respond, logger, async () => {
      if (this.#draining) throw new UserError(MESSAGES.restarting);
      await assertAccess(interaction, target.access, this.options.services);
      await target.run(ctx);
    });
    logger.debug({ ms: Math.round((performance.now() - started) * 10) / 10 }, 'interaction handled');
  }

  #resolve(interaction: HandledInteraction): Target {
    const { registry } = this.options;
    if (interaction.isChatInputCommand()) {
      const module = registry.command(interaction.commandName);
      const name = `/${interaction.commandName}`;
      if (!module) return refusal(name, MESSAGES.unknownCommand);
      return {
        name,
        access: module.access,
        response: module.response,
        autoDefer: module.autoDefer,
        run: (ctx) => module.execute(interaction, parseCommandArgs(module.definition, interaction), ctx),
      };
    }
    if (interaction.isButton()) {
      const parsed = parseCustomId(interaction.customId);
      const route = parsed && registry.button(parsed.route);
      if (!parsed || !route) return refusal('button:unknown', MESSAGES.unknownButton, interaction.customId.slice(0, 100));
      const decoded = route.codec.decode(parsed);
      if (!decoded.ok) return refusal(parsed.route, decoded.reason === 'version' ? MESSAGES.oldButton : MESSAGES.invalidButton, decoded.detail);
      return { name: parsed.route, access: route.access, response: route.response, autoDefer: route.autoDefer, run: (ctx) => route.handle(interaction, decoded.params, ctx) };
    }
    if (interaction.isModalSubmit()) {
      const parsed = parseCustomId(interaction.customId);
      const route = parsed && registry.modal(parsed.route);
      if (!parsed || !route) return refusal('modal:unknown', MESSAGES.unknownModal, interaction.customId.slice(0, 100));
      const decoded = route.codec.decode(parsed);
      if (!decoded.ok) return refusal(parsed.route, decoded.reason === 'version' ? MESSAGES.oldModal : MESSAGES.unknownModal, decoded.detail);
      return {
        name: parsed.route,
        access: route.access,
        response: route.response,
        autoDefer: route.autoDefer,
        run: (ctx) => route.handle(interaction, { params: decoded.params, fields: readModalFields(interaction, route.fields) }, ctx),
      };
    }
    return refusal('component:unknown', MESSAGES.unknownButton, 'customId' in interaction ? String(interaction.customId).slice(0, 100) : undefined);
  }
}
