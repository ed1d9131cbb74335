import { z } from 'zod';

/** Discord's limit on a component's custom_id. */
export const MAX_CUSTOM_ID_LENGTH = 100;
const SEPARATOR = ':';
const ROUTE_NAME = /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/;
const VERSION = /^v(\d{1,4})$/;

/** Each parameter is read from one segment of the custom_id: its schema gets a string (use z.coerce for numbers). */
export type ParamShape = Record<string, z.ZodType>;
export type ParamsOf<P extends ParamShape> = z.output<z.ZodObject<P>>;

export interface ParsedCustomId {
  /** `namespace:action`, e.g. `quiz:answer`. */
  route: string;
  version: number;
  segments: string[];
}

/** Splits `quiz:answer:v1:<roundId>:<choice>`; undefined for anything not in that shape. */
export function parseCustomId(customId: string): ParsedCustomId | undefined {
  const [namespace, action, version, ...segments] = customId.split(SEPARATOR);
  const route = `${namespace}${SEPARATOR}${action}`;
  const versionMatch = version === undefined ? null : VERSION.exec(version);
  if (!versionMatch || !ROUTE_NAME.test(route)) return undefined;
  return { route, version: Number(versionMatch[1]), segments };
}

export type DecodeResult<P extends ParamShape> =
  | { ok: true; params: ParamsOf<P> }
  | { ok: false; reason: 'version' | 'invalid'; detail: string };

/** What routes and the router need of a codec (an interface, so routes of any parameters share one registry). */
export interface IdCodec<P extends ParamShape> {
  readonly route: string;
  readonly version: number;
  encode(params: ParamsOf<P>): string;
  decode(parsed: ParsedCustomId): DecodeResult<P>;
}

/**
 * A versioned custom_id format for one route. Parameters are positional, in the order of `params`, and
 * validated with zod on the way in: a tampered or stale id is refused before any handler sees it.
 * Bump `version` whenever the parameters change meaning, so old buttons are recognised as old.
 */
export class CustomIdCodec<P extends ParamShape> implements IdCodec<P> {
  readonly #schema: z.ZodObject<P>;
  readonly #keys: (keyof P & string)[];

  constructor(
    readonly route: string,
    readonly version: number,
    params: P,
  ) {
    if (!ROUTE_NAME.test(route)) throw new Error(`custom_id route "${route}" must look like namespace:action (lowercase)`);
    this.#schema = z.object(params);
    this.#keys = Object.keys(params);
  }

  /** The custom_id for these parameters; throws on a value that would not survive the trip (a programming error). */
  encode(params: ParamsOf<P>): string {
    const values = this.#keys.map((key) => String((params as Record<string, unknown>)[key]));
    const customId = [this.route, `v${this.version}`, ...values].join(SEPARATOR);
    if (customId.length > MAX_CUSTOM_ID_LENGTH) throw new Error(`custom_id "${customId}" is over ${MAX_CUSTOM_ID_LENGTH} characters`);
    const decoded = this.decode(parseCustomId(customId)!);
    if (!decoded.ok) throw new Error(`custom_id "${customId}" does not decode: ${decoded.detail}`);
    return customId;
  }

  decode(parsed: ParsedCustomId): DecodeResult<P> {
    if (parsed.version !== this.version) return { ok: false, reason: 'version', detail: `version ${parsed.version}, expected ${this.version}` };
    if (parsed.segments.length !== this.#keys.length) {
      return { ok: false, reason: 'invalid', detail: `${parsed.segments.length} parameters, expected ${this.#keys.length}` };
    }
    const raw = Object.fromEntries(this.#keys.map((key, index) => [key, parsed.segments[index]]));
    const result = this.#schema.safeParse(raw);
    if (!result.success) return { ok: false, reason: 'invalid', detail: z.prettifyError(result.error) };
    return { ok: true, params: result.data };
  }
}
