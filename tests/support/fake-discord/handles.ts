import { InteractionResponseType, type APIInteraction, type InteractionType } from 'discord-api-types/v10';
import type { CallbackRecord, InteractionRecord, MessageRecord, RecordedRequest } from './records.ts';
import type { FakeState } from './state.ts';
import type { ModalBody } from './validation/modal-schema.ts';

/**
 * A dispatched interaction, seen from the test: await its callback, its (possibly deferred) reply,
 * its follow-ups or the update of the message it came from, each with the payload the bot sent.
 */
export class InteractionHandle {
  constructor(
    private readonly state: FakeState,
    readonly record: InteractionRecord,
    private readonly timeoutMs: number,
    private readonly isConnected: () => boolean,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get token(): string {
    return this.record.token;
  }

  get type(): InteractionType {
    return this.record.type;
  }

  get payload(): APIInteraction {
    return this.record.payload;
  }

  get acknowledged(): boolean {
    return this.record.callback !== undefined;
  }

  /** The shown modal, once the bot answered with one. */
  get modal(): ModalBody | undefined {
    return this.record.modal;
  }

  get errors(): InteractionRecord['errors'] {
    return this.record.errors;
  }

  /** The original response (or, for a component update, the message it updated) as it is now. */
  original(): MessageRecord | undefined {
    const id = this.record.originalMessageId;
    return id ? this.state.messages.get(id) : undefined;
  }

  followUps(): MessageRecord[] {
    return this.record.followUpIds.flatMap((id) => this.state.messages.get(id) ?? []);
  }

  /** Every request the bot made for this interaction (callback, edits, follow-ups), in order. */
  requests(): RecordedRequest[] {
    return this.state.requests.filter((request) => request.interactionId === this.record.id);
  }

  callback(): Promise<CallbackRecord> {
    return this.#wait(() => this.record.callback, 'the initial callback');
  }

  /**
   * The visible reply: the original response once it is no longer "thinking…" (after a deferral, once edited
   * or filled by the first follow-up). For component updates, the updated message (after an edit when deferred).
   */
  reply(): Promise<MessageRecord> {
    return this.#wait(() => {
      const callback = this.record.callback;
      if (!callback) return undefined;
      const original = this.original();
      if (!original) return undefined;
      if (callback.type === InteractionResponseType.DeferredMessageUpdate) return original.edits > this.record.baselineEdits ? original : undefined;
      return original.loading ? undefined : original;
    }, 'a visible reply');
  }

  /** The original response once `predicate` holds for it (say, the reveal edit of a round). */
  waitForOriginal(predicate: (message: MessageRecord) => boolean, what = 'the original response to match'): Promise<MessageRecord> {
    return this.#wait(() => {
      const original = this.original();
      return original && predicate(original) ? original : undefined;
    }, what);
  }

  /** The first follow-up for which `predicate` holds. */
  waitForFollowUp(predicate: (message: MessageRecord) => boolean = () => true, what = 'a follow-up'): Promise<MessageRecord> {
    return this.#wait(() => this.followUps().find(predicate), what);
  }

  /** The first REST error answered for this interaction (a late or second acknowledgement, say). */
  waitForError(): Promise<InteractionRecord['errors'][number]> {
    return this.#wait(() => this.record.errors[0], 'a REST error for this interaction');
  }

  #wait<T>(probe: () => T | undefined, what: string): Promise<T> {
    return this.state.waitFor(probe, {
      interaction: this.record,
      // A component's message belongs to another interaction (or none): listen to it directly.
      ...(this.record.sourceMessageId ? { messageId: this.record.sourceMessageId } : {}),
      timeoutMs: this.timeoutMs,
      describe: () => this.describe(what),
    });
  }

  /** A summary for failure messages: what the fake saw for this interaction. */
  describe(what = 'progress'): string {
    const record = this.record;
    const parts = [`waiting for ${what} of interaction ${record.id} (type ${record.type})`];
    parts.push(record.callback ? `callback type ${record.callback.type} received` : 'no callback received');
    if (record.errors.length > 0) parts.push(`errors: ${record.errors.map((error) => `${error.status} ${error.code} ${error.message} on ${error.path}`).join('; ')}`);
    const original = this.original();
    if (original) parts.push(`original: ${JSON.stringify({ content: original.api.content, loading: original.loading, edits: original.edits })}`);
    parts.push(`${record.followUpIds.length} follow-up(s)`);
    if (!this.isConnected()) parts.push('the bot is not connected to the gateway');
    const violations = this.state.violations.filter((violation) => violation.interactionId === record.id);
    if (violations.length > 0) parts.push(`violations: ${violations.flatMap((violation) => violation.problems).join('; ')}`);
    return parts.join('; ');
  }
}
