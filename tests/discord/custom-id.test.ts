import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CustomIdCodec, parseCustomId } from '../../src/discord/components/custom-id.ts';

const codec = new CustomIdCodec('quiz:answer', 3, { roundId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), choice: z.coerce.number().int().min(0).max(4) });

describe('custom_id codec', () => {
  it('encodes positional parameters after the route and version, and decodes them typed', () => {
    const id = codec.encode({ roundId: 'r_42', choice: 3 });
    expect(id).toBe('quiz:answer:v3:r_42:3');
    expect(codec.decode(parseCustomId(id)!)).toEqual({ ok: true, params: { roundId: 'r_42', choice: 3 } });
  });

  it('tells an older version from tampered or incomplete data', () => {
    expect(codec.decode(parseCustomId('quiz:answer:v2:r_42:3')!)).toMatchObject({ ok: false, reason: 'version' });
    expect(codec.decode(parseCustomId('quiz:answer:v3:r_42:9')!)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(codec.decode(parseCustomId('quiz:answer:v3:r_42')!)).toMatchObject({ ok: false, reason: 'invalid', detail: '1 parameters, expected 2' });
    expect(codec.decode(parseCustomId('quiz:answer:v3:r 42:1')!)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses ids without a route and version', () => {
    for (const raw of ['', 'hello', 'quiz:answer', 'quiz:answer:3:x', 'Quiz:answer:v1:x', 'quiz:answer:v:x']) expect(parseCustomId(raw)).toBeUndefined();
  });

  it('refuses to build an id that would not survive the trip or exceeds 100 characters', () => {
    expect(() => codec.encode({ roundId: 'a:b', choice: 1 })).toThrow(/does not decode/);
    const long = new CustomIdCodec('quiz:answer', 1, { text: z.string() });
    expect(() => long.encode({ text: 'x'.repeat(90) })).toThrow(/over 100 characters/);
    expect(() => new CustomIdCodec('Quiz Answer', 1, {})).toThrow(/namespace:action/);
  });
});
