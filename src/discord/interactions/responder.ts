import {
  MessageFlags,
  type BaseMessageOptions,
  type ChatInputCommandInteraction,
  type JSONEncodable,
  type APIModalInteractionResponseCallbackData,
  type MessageComponentInteraction,
  type ModalComponentData,
  type ModalSubmitInteraction,
} from 'discord.js';
import { withoutMentions } from './no-mentions.ts';

export type HandledInteraction = ChatInputCommandInteraction | MessageComponentInteraction | ModalSubmitInteraction;

/**
 * How a handler answers: a new ephemeral or public message, or an update of the message its button is on.
 * It also decides what an automatic deferral looks like.
 */
export type ResponseMode = 'ephemeral' | 'public' | 'update';

export type ResponsePayload = Pick<BaseMessageOptions, 'content' | 'embeds' | 'components' | 'files'>;

export type ModalPayload = JSONEncodable<APIModalInteractionResponseCallbackData> | ModalComponentData | APIModalInteractionResponseCallbackData;

type State = 'idle' | 'deferring' | 'deferred' | 'answered';

/**
 * Answers one interaction exactly once, whatever the timing: if the handler is still working after
 * `autoDeferMs` it defers (inside Discord's 3 s window), and `send` then edits the deferred reply instead
 * of replying. Every payload it sends carries allowed_mentions that ping no one.
 */
export class Responder {
  #state: State = 'idle';
  #deferral: Promise<void> | undefined;
  #deferredAs: 'ephemeral' | 'public' | 'update' | undefined;
  #timer: NodeJS.Timeout | undefined;
  #timerError: unknown;

  constructor(
    readonly interaction: HandledInteraction,
    readonly mode: ResponseMode,
    autoDeferMs: number | false,
  ) {
    if (autoDeferMs !== false) {
      this.#timer = setTimeout(() => {
        this.defer().catch((error: unknown) => (this.#timerError = error));
      }, autoDeferMs);
    }
  }

  /** True once Discord has been (or is being) answered: a reply, a deferral, an update or a modal. */
  get acknowledged(): boolean {
    return this.#state !== 'idle';
  }

  /** An error the automatic deferral hit (say, the interaction had already expired), for the log. */
  get deferError(): unknown {
    return this.#timerError;
  }

  /** Defers now (a "thinking…" reply, or a silent acknowledgement for updates). Idempotent. */
  defer(): Promise<void> {
    this.#clearTimer();
    if (this.#state !== 'idle') return this.#deferral ?? Promise.resolve();
    this.#state = 'deferring';
    this.#deferral = (async () => {
      try {
        if (this.mode === 'update' && this.#canUpdate()) {
          await (this.interaction as MessageComponentInteraction).deferUpdate();
          this.#deferredAs = 'update';
        } else {
          const ephemeral = this.mode !== 'public';
          await this.interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
          this.#deferredAs = ephemeral ? 'ephemeral' : 'public';
        }
        this.#state = 'deferred';
      } catch (error) {
        // Nothing reached Discord: a later answer tries a plain reply (and reports Discord's error if that fails too).
        this.#state = 'idle';
        throw error;
      }
    })();
    return this.#deferral;
  }

  /**
   * Sends the answer: replies (or updates the button's message) if nothing was sent yet, edits the deferred
   * or earlier answer otherwise. `ephemeral` overrides the mode for this answer where Discord allows it.
   */
  async send(payload: ResponsePayload, options: { ephemeral?: boolean } = {}): Promise<void> {
    this.#clearTimer();
    if (this.#state === 'deferring') await this.#deferral?.catch(() => undefined);
    const body = withoutMentions(payload);
    const ephemeral = options.ephemeral ?? this.mode !== 'public';
    if (this.#state === 'idle') {
      this.#state = 'answered';
      if (this.mode === 'update' && options.ephemeral === undefined && this.#canUpdate()) {
        await (this.interaction as MessageComponentInteraction).update(body);
      } else {
        await this.interaction.reply({ ...body, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
      }
      return;
    }
    if (this.#state === 'deferred' && this.#deferredAs === 'public' && ephemeral) {
      // A public "thinking…" cannot turn ephemeral: drop it and answer privately instead.
      this.#state = 'answered';
      await this.interaction.deleteReply().catch(() => undefined);
      await this.followUp(payload, { ephemeral: true });
      return;
    }
    if (this.#state === 'deferred' && this.#deferredAs === 'update' && options.ephemeral) {
      this.#state = 'answered';
      await this.followUp(payload, { ephemeral: true });
      return;
    }
    this.#state = 'answered';
    await this.interaction.editReply(body);
  }

  /** Another message after the answer (sends the answer instead if there is none yet). */
  async followUp(payload: ResponsePayload, options: { ephemeral?: boolean } = {}): Promise<void> {
    if (this.#state === 'deferring') await this.#deferral?.catch(() => undefined);
    if (this.#state === 'idle') return this.send(payload, options);
    const ephemeral = options.ephemeral ?? this.mode !== 'public';
    this.#state = 'answered';
    await this.interaction.followUp({ ...withoutMentions(payload), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }

  /** Shows a modal; only possible as the first answer, so handlers that show one must do it straight away. */
  async showModal(modal: ModalPayload): Promise<void> {
    this.#clearTimer();
    if (this.#state !== 'idle' || this.interaction.isModalSubmit()) {
      throw new Error('a modal can only be the first answer to a command or button');
    }
    this.#state = 'answered';
    await this.interaction.showModal(modal);
  }

  /**
   * Tells the user something went wrong, ephemerally, whatever was already sent: a reply if nothing was,
   * the deferred reply if one is pending, an ephemeral follow-up otherwise.
   */
  async fail(message: string): Promise<void> {
    this.#clearTimer();
    if (this.#state === 'deferring') await this.#deferral?.catch(() => undefined);
    const payload = { content: message };
    if (this.#state === 'idle' || this.#state === 'deferred') return this.send(payload, { ephemeral: true });
    await this.interaction.followUp({ ...withoutMentions(payload), flags: MessageFlags.Ephemeral });
  }

  dispose(): void {
    this.#clearTimer();
  }

  #canUpdate(): boolean {
    return this.interaction.isMessageComponent() || (this.interaction.isModalSubmit() && this.interaction.isFromMessage());
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
