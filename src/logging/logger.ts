import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

// Anything that may carry the token is censored wherever it appears in a log object.
const REDACT_PATHS = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
];

/** JSON logs on stderr, so stdout stays clean for command output such as `generate --json`. */
export function createLogger(level: LevelWithSilent = 'info', destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { app: 'quizbot' } }, destination);
}
