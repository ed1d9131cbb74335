import { parseCustomId } from '../../../src/discord/components/custom-id.ts';
import { buttonsOf, type CallbackRecord, type MessageRecord } from '../../support/fake-discord/index.ts';

export const ANSWER_ROUTE = 'quiz:answer';

/** The answer buttons' custom_ids of a posted round, and the round id they carry. */
export function answerButtons(message: MessageRecord): { roundId: string; customIds: string[] } {
  const customIds = buttonsOf(message.api).flatMap((button) => (button.custom_id && parseCustomId(button.custom_id)?.route === ANSWER_ROUTE ? [button.custom_id] : []));
  const roundId = customIds[0] && parseCustomId(customIds[0])?.segments[0];
  if (!roundId) throw new Error(`no answer buttons on message ${message.api.id}: ${JSON.stringify(message.api.components)}`);
  return { roundId, customIds };
}

/** The text a callback showed (its content), if any. */
export function callbackText(callback: CallbackRecord): string {
  return (callback.data as { content?: string } | null)?.content ?? '';
}

/** An ephemeral "locked in" confirmation: the answer was stored before it was sent. */
export function isLockedIn(callback: CallbackRecord): boolean {
  const data = callback.data as { flags?: number } | null;
  return callback.type === 4 && /locked in/i.test(callbackText(callback)) && ((data?.flags ?? 0) & 64) !== 0;
}
