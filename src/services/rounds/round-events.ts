import type { Logger } from '../../logging/logger.ts';
import type { RoundEnd } from './round-views.ts';

export type RoundEndListener = (end: RoundEnd) => void | Promise<void>;

/** Delivers round ends to the adapters; a failing listener is logged and does not stop the others. */
export class RoundEvents {
  private readonly listeners = new Set<RoundEndListener>();

  constructor(private readonly logger: Logger) {}

  on(listener: RoundEndListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async emit(end: RoundEnd): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(end);
      } catch (error) {
        this.logger.error({ err: error, roundId: end.round.id }, 'a round-end listener failed');
      }
    }
  }
}
