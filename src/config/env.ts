import { z } from 'zod';
import { DEFAULT_SERVER_QUOTAS, QUOTA_RANGES, type QuotaName } from '../storage/records/server-records.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const STORE_SCHEMES = ['sqlite:', 'redis:', 'rediss:', 'postgres:', 'postgresql:'];
const SNOWFLAKE = /^\d{17,20}$/;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const snowflake = (name: string) =>
  optionalText.refine((value) => value === undefined || SNOWFLAKE.test(value), {
    message: `${name} must be a Discord id (17 to 20 digits)`,
  });

/** A per-server limit: a whole number in the range the stored settings allow; unset or empty means the default. */
const quota = (name: string, quotaName: QuotaName) => {
  const { min, max } = QUOTA_RANGES[quotaName];
  return optionalText
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max), {
      message: `${name} must be a whole number from ${min} to ${max}`,
    })
    .transform((value) => (value === undefined ? DEFAULT_SERVER_QUOTAS[quotaName] : Number(value)));
};

/** SPEC §5: every variable the bot reads, with its default. Unknown variables are ignored. */
export const envSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID'),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID'),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'DISCORD_API_URL must be an http(s) URL, e.g. https://discord.com/api' })
    .default('https://discord.com/api')
    .transform((url) => url.replace(/\/+$/, '')),
  STORE_URL: z
    .string()
    .trim()
    .default('sqlite://data/quizbot.sqlite')
    .refine((url) => STORE_SCHEMES.some((scheme) => url.startsWith(scheme)), {
      message: 'STORE_URL must start with sqlite://, redis://, rediss:// or postgres://',
    }),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  // Every server's quotas, unless it has set its own.
  QUIZBOT_MAX_SERVER_ARTICLES: quota('QUIZBOT_MAX_SERVER_ARTICLES', 'maxServerArticles'),
  QUIZBOT_MAX_SERVER_QUESTIONS: quota('QUIZBOT_MAX_SERVER_QUESTIONS', 'maxServerQuestions'),
  QUIZBOT_MAX_ACTIVE_ROUNDS: quota('QUIZBOT_MAX_ACTIVE_ROUNDS', 'maxActiveRounds'),
});

export type Config = z.output<typeof envSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Validates the environment; the message names each bad variable and never echoes a value (it may be the token). */
export function parseConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const result = envSchema.safeParse(env);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? 'environment');
    return issue.message.includes(variable) ? issue.message : `${variable}: ${issue.message}`;
  });
  return { ok: false, message: `Invalid configuration: ${problems.join('; ')}` };
}

export const MISSING_TOKEN_MESSAGE =
  'DISCORD_TOKEN is not set: put your bot token in the environment or in a .env file (copy .env.example to .env and fill it in).';

export const MISSING_APPLICATION_ID_MESSAGE =
  'DISCORD_APPLICATION_ID is not set: put your application id (Developer Portal > General Information) in the environment or in .env.';
