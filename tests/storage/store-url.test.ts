import { describe, expect, it } from 'vitest';
import { describeStoreUrl, parseStoreUrl } from '../../src/storage/store-url.ts';

describe('STORE_URL', () => {
  it('reads sqlite paths relative to the working directory or absolute, and the other adapters', () => {
    expect(parseStoreUrl('sqlite://data/quizbot.sqlite', '/srv/bot')).toEqual({ kind: 'sqlite', path: '/srv/bot/data/quizbot.sqlite' });
    expect(parseStoreUrl('sqlite:///var/lib/q.sqlite', '/srv/bot')).toEqual({ kind: 'sqlite', path: '/var/lib/q.sqlite' });
    expect(parseStoreUrl('redis://localhost:6379')).toEqual({ kind: 'redis', url: 'redis://localhost:6379' });
    expect(parseStoreUrl('postgresql://u:p@db/quiz')).toEqual({ kind: 'postgres', url: 'postgresql://u:p@db/quiz' });
    expect(() => parseStoreUrl('mysql://db')).toThrow(/STORE_URL must start with/);
    expect(() => parseStoreUrl('sqlite://')).toThrow(/needs a file path/);
  });

  it('never shows a password', () => {
    expect(describeStoreUrl('postgres://quiz:s3cret@db:5432/quiz')).toBe('postgres://quiz:***@db:5432/quiz');
  });
});
