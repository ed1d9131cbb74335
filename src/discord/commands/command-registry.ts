import type { ButtonRoute, ModalRoute } from '../components/define-component.ts';
import type { CommandDefinition } from './command-args.ts';
import type { CommandModule } from './define-command.ts';

/** Every command, button and modal the bot answers, by name; duplicates are refused at start-up. */
export class CommandRegistry {
  readonly #commands = new Map<string, CommandModule>();
  readonly #buttons = new Map<string, ButtonRoute>();
  readonly #modals = new Map<string, ModalRoute>();

  constructor(modules: readonly CommandModule[]) {
    for (const module of modules) {
      const name = module.definition.name;
      if (this.#commands.has(name)) throw new Error(`two commands are named /${name}`);
      this.#commands.set(name, module);
      for (const button of module.buttons) addRoute(this.#buttons, button.codec.route, button, 'button');
      for (const modal of module.modals) addRoute(this.#modals, modal.codec.route, modal, 'modal');
    }
  }

  command(name: string): CommandModule | undefined {
    return this.#commands.get(name);
  }

  button(route: string): ButtonRoute | undefined {
    return this.#buttons.get(route);
  }

  modal(route: string): ModalRoute | undefined {
    return this.#modals.get(route);
  }

  modules(): CommandModule[] {
    return [...this.#commands.values()];
  }

  /** The definitions to deploy, in a stable order. */
  definitions(): CommandDefinition[] {
    return [...this.#commands.values()].map((module) => module.definition).sort((a, b) => a.name.localeCompare(b.name));
  }
}

function addRoute<T>(map: Map<string, T>, route: string, value: T, kind: string): void {
  if (map.has(route)) throw new Error(`two ${kind} routes are named ${route}`);
  map.set(route, value);
}
