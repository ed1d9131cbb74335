import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/env.ts';

describe('parseConfig', () => {
  it('applies the SPEC defaults when only the token is set', () => {
    const result = parseConfig({ DISCORD_TOKEN: 'abc' });
    expect(result).toEqual({
      ok: true,
      config: {
        DISCORD_TOKEN: 'abc',
        DISCORD_APPLICATION_ID: undefined,
        DISCORD_GUILD_ID: undefined,
        DISCORD_API_URL: 'https://discord.com/api',
        STORE_URL: 'sqlite://data/quizbot.sqlite',
        LOG_LEVEL: 'info',
        QUIZBOT_MAX_SERVER_ARTICLES: 50,
        QUIZBOT_MAX_SERVER_QUESTIONS: 1000,
        QUIZBOT_MAX_ACTIVE_ROUNDS: 5,
      },
    });
  });

  it('treats an empty token as missing, as a copied .env.example leaves it', () => {
    const result = parseConfig({ DISCORD_TOKEN: '  ' });
    expect(result.ok && result.config.DISCORD_TOKEN).toBeUndefined();
  });

  it('names every bad variable in one message and never echoes the token', () => {
    const result = parseConfig({
      DISCORD_TOKEN: 'secret-token-value',
      DISCORD_API_URL: 'ftp://example.com',
      STORE_URL: 'mysql://x',
      LOG_LEVEL: 'loud',
      DISCORD_GUILD_ID: '12',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const name of ['DISCORD_API_URL', 'STORE_URL', 'LOG_LEVEL', 'DISCORD_GUILD_ID']) expect(result.message).toContain(name);
    expect(result.message).not.toContain('secret-token-value');
  });

  it('drops a trailing slash from the REST base so paths join cleanly', () => {
    const result = parseConfig({ DISCORD_API_URL: 'http://127.0.0.1:9999/api/' });
    expect(result.ok && result.config.DISCORD_API_URL).toBe('http://127.0.0.1:9999/api');
  });

  it('reads the per-server quotas as whole numbers, an empty value meaning the default', () => {
    const result = parseConfig({ QUIZBOT_MAX_SERVER_ARTICLES: ' 1 ', QUIZBOT_MAX_SERVER_QUESTIONS: '0', QUIZBOT_MAX_ACTIVE_ROUNDS: '' });
    expect(result.ok && result.config).toMatchObject({ QUIZBOT_MAX_SERVER_ARTICLES: 1, QUIZBOT_MAX_SERVER_QUESTIONS: 0, QUIZBOT_MAX_ACTIVE_ROUNDS: 5 });
    const highest = parseConfig({ QUIZBOT_MAX_SERVER_ARTICLES: '500', QUIZBOT_MAX_SERVER_QUESTIONS: '10000', QUIZBOT_MAX_ACTIVE_ROUNDS: '50' });
    expect(highest.ok && highest.config).toMatchObject({ QUIZBOT_MAX_SERVER_ARTICLES: 500, QUIZBOT_MAX_SERVER_QUESTIONS: 10_000, QUIZBOT_MAX_ACTIVE_ROUNDS: 50 });
  });

  it('refuses a quota outside the range a server may have, in one line naming the variable and the range', () => {
    expect(parseConfig({ QUIZBOT_MAX_SERVER_ARTICLES: '501' })).toEqual({
      ok: false,
      message: 'Invalid configuration: QUIZBOT_MAX_SERVER_ARTICLES must be a whole number from 0 to 500',
    });
    expect(parseConfig({ QUIZBOT_MAX_ACTIVE_ROUNDS: '0' })).toEqual({
      ok: false,
      message: 'Invalid configuration: QUIZBOT_MAX_ACTIVE_ROUNDS must be a whole number from 1 to 50',
    });
    for (const value of ['-1', '2.5', '1e3', 'many', '10001']) {
      expect(parseConfig({ QUIZBOT_MAX_SERVER_QUESTIONS: value })).toEqual({
        ok: false,
        message: 'Invalid configuration: QUIZBOT_MAX_SERVER_QUESTIONS must be a whole number from 0 to 10000',
      });
    }
  });
});
