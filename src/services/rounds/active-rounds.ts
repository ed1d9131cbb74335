import { ROUND_EXPIRY_GRACE_MS } from '../../engine/round.ts';
import type { RecordCollection } from '../../storage/record-collection.ts';
import type { ActiveRounds } from '../../storage/records/round-record.ts';

export type Reservation = 'reserved' | 'channel-busy' | 'too-many-rounds';

/**
 * Claims a server's slot for a new round, atomically: one round per channel, at most `max` per server.
 * Entries far past their deadline (left by a crash, cleaned up by the next restore) block nothing.
 */
export function reserveRoundSlot(
  records: RecordCollection<ActiveRounds>,
  slot: { guildId: string; channelId: string; roundId: string; deadline: number; now: number; max: number },
): Promise<Reservation> {
  return records.update<Reservation>(slot.guildId, (current) => {
    const rounds = current?.rounds ?? [];
    const live = rounds.filter((round) => slot.now - round.deadline <= ROUND_EXPIRY_GRACE_MS);
    if (live.some((round) => round.channelId === slot.channelId)) return { result: 'channel-busy' };
    if (live.length >= slot.max) return { result: 'too-many-rounds' };
    return { result: 'reserved', next: { v: 1, rounds: [...rounds, { id: slot.roundId, channelId: slot.channelId, deadline: slot.deadline }] } };
  });
}

/** Frees the slot once the round has been announced (or never started). */
export function releaseRoundSlot(records: RecordCollection<ActiveRounds>, guildId: string, roundId: string): Promise<void> {
  return records.update(guildId, (current) => {
    const rounds = current?.rounds ?? [];
    if (!rounds.some((round) => round.id === roundId)) return { result: undefined };
    const rest = rounds.filter((round) => round.id !== roundId);
    return { result: undefined, next: rest.length === 0 ? null : { v: 1, rounds: rest } };
  });
}
