/**
 * How records are written as text: plain JSON of keyv's `{ value, expires }` envelope. Reading never throws:
 * text that is not such an envelope comes back as an `Unreadable` value, so one damaged row is reported and
 * skipped by the record layer instead of failing a whole read (keyv's own decoder would throw).
 */
const UNREADABLE = Symbol('unreadable');

export interface Unreadable {
  readonly [UNREADABLE]: true;
  readonly reason: string;
  readonly raw: string;
}

export function isUnreadable(value: unknown): value is Unreadable {
  return typeof value === 'object' && value !== null && UNREADABLE in value;
}

/** keyv's envelope; `Value` is whatever the caller expects, checked later by the record layer. */
export interface Envelope<Value> {
  value?: Value;
  expires?: number;
}

function unreadable<Value>(reason: string, raw: string): Envelope<Value> {
  const value: Unreadable = { [UNREADABLE]: true, reason, raw };
  return { value: value as Value };
}

export function encodeEnvelope(envelope: unknown): string {
  return JSON.stringify(envelope);
}

export function decodeEnvelope<Value>(text: string): Envelope<Value> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return unreadable(`not valid JSON (${(error as Error).message})`, text);
  }
  if (typeof parsed !== 'object' || parsed === null || !('value' in parsed)) return unreadable('not a stored record envelope', text);
  const { expires } = parsed as { expires?: unknown };
  if (expires !== undefined && expires !== null && typeof expires !== 'number') return unreadable('expiry is not a number', text);
  if (expires === null) return { value: (parsed as Envelope<Value>).value };
  return parsed as Envelope<Value>;
}
