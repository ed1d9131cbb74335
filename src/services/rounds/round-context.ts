import type { Logger } from '../../logging/logger.ts';
import type { Random } from '../../engine/random.ts';
import type { QuizStore } from '../../storage/quiz-store.ts';
import type { QuestionCatalogue } from '../catalogue/question-catalogue.ts';
import type { Clock } from '../runtime.ts';
import type { ServerConfigService } from '../server/server-config-service.ts';
import type { RoundEvents } from './round-events.ts';
import type { RoundScheduler } from './round-scheduler.ts';

/** What the round use cases share. */
export interface RoundContext {
  store: QuizStore;
  catalogue: QuestionCatalogue;
  configs: ServerConfigService;
  clock: Clock;
  random: Random;
  newId: () => string;
  logger: Logger;
  scheduler: RoundScheduler;
  events: RoundEvents;
}
