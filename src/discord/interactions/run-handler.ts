import { randomBytes } from 'node:crypto';
import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import type { Logger } from '../../logging/logger.ts';
import { StoreUnavailableError } from '../../services/index.ts';
import type { Responder } from './responder.ts';
import { UserError } from './user-error.ts';

export const NO_ANSWER_MESSAGE = 'That did nothing, sorry: please try again.';
export const STORE_UNAVAILABLE_MESSAGE = 'quizbot could not save that: its storage is busy or unavailable right now, so nothing was recorded. Please try again in a moment.';

/**
 * The error boundary around every handler. Whatever happens the user gets an answer: a UserError's message,
 * a plain "not saved, try again" when the store is unavailable, or for a bug a short apology with a
 * reference that also appears, with the stack, in the log.
 */
export async function runHandler(responder: Responder, logger: Logger, work: () => Promise<void>): Promise<void> {
  try {
    await work();
    if (!responder.acknowledged) {
      logger.error('the handler returned without answering the interaction');
      await responder.fail(NO_ANSWER_MESSAGE);
    }
  } catch (error) {
    if (isGone(error)) {
      // The token's window closed (the click reached us too late) or another delivery of the same interaction
      // was answered: Discord takes nothing more for it, so there is no one left to tell.
      logger.warn({ code: (error as DiscordAPIError).code }, 'the interaction could no longer be answered');
      return;
    }
    let message: string;
    if (error instanceof UserError) {
      logger.info({ refusal: error.message }, 'interaction refused');
      message = error.message;
    } else if (error instanceof StoreUnavailableError) {
      // Not the user's doing and not a bug in the handler: the store (a lock, a full disk, a lost connection).
      logger.error({ err: error }, 'the store is unavailable');
      message = STORE_UNAVAILABLE_MESSAGE;
    } else {
      const reference = randomBytes(4).toString('hex');
      logger.error({ err: error, reference }, 'interaction handler failed');
      message = `Something went wrong on our side, sorry (reference \`${reference}\`). Please try again in a moment.`;
    }
    try {
      await responder.fail(message);
    } catch (replyError) {
      logger.error({ err: replyError, deferError: responder.deferError }, 'could not tell the user about the failure');
    }
  } finally {
    responder.dispose();
  }
}

function isGone(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.code === RESTJSONErrorCodes.UnknownInteraction || error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged);
}
