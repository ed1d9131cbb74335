import type { Client } from 'discord.js';
import type { Logger } from '../../logging/logger.ts';
import type { BotServices } from '../services/bot-services.ts';
import type { Responder } from './responder.ts';

/** What every handler gets besides its interaction and typed input. */
export interface HandlerContext {
  services: BotServices;
  /** A child logger already carrying the interaction's id, kind, name, guild and user. */
  logger: Logger;
  /** Answers the interaction (auto-deferred when slow); use it instead of interaction.reply. */
  respond: Responder;
  client: Client<true>;
}
