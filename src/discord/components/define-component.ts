import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import { z } from 'zod';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { ResponseMode } from '../interactions/responder.ts';
import type { Access } from '../permissions/access.ts';
import { CustomIdCodec, type IdCodec, type ParamShape, type ParamsOf } from './custom-id.ts';

interface RouteOptions<P extends ParamShape> {
  /** `namespace:action`, e.g. `quiz:answer`. */
  name: string;
  version: number;
  params: P;
  access?: Access;
  /** How the handler answers; also what an automatic deferral looks like. Default: update the message. */
  response?: ResponseMode;
  /** Defer automatically when the handler is still busy after ~2 s. Default true. */
  autoDefer?: boolean;
}

export interface ButtonRoute<P extends ParamShape = ParamShape> {
  readonly kind: 'button';
  readonly codec: IdCodec<P>;
  readonly access: Access;
  readonly response: ResponseMode;
  readonly autoDefer: boolean;
  /** The custom_id to put on a button. */
  id(params: ParamsOf<P>): string;
  handle(interaction: ButtonInteraction, params: ParamsOf<P>, ctx: HandlerContext): Promise<void>;
}

/**
 * A button handler and its custom_id format in one place: `answerButton.id({ roundId, choice })` builds the
 * id, and clicks on it arrive at `handle` with the parameters parsed and validated.
 */
export function defineButton<P extends ParamShape>(
  options: RouteOptions<P> & { handle: ButtonRoute<P>['handle'] },
): ButtonRoute<P> {
  const codec = new CustomIdCodec(options.name, options.version, options.params);
  return {
    kind: 'button',
    codec,
    access: options.access ?? 'everyone',
    response: options.response ?? 'update',
    autoDefer: options.autoDefer ?? true,
    id: (params) => codec.encode(params),
    handle: options.handle,
  };
}

/** A text field of a modal: its zod schema (input is the raw text) and the label used in error messages. */
export interface ModalField {
  schema: z.ZodType;
  label: string;
}
export type FieldShape = Record<string, ModalField>;
export type FieldsOf<F extends FieldShape> = { [K in keyof F]: z.output<F[K]['schema']> };

export interface ModalRoute<P extends ParamShape = ParamShape, F extends FieldShape = FieldShape> {
  readonly kind: 'modal';
  readonly codec: IdCodec<P>;
  readonly fields: F;
  readonly access: Access;
  readonly response: ResponseMode;
  readonly autoDefer: boolean;
  /** The custom_id to give the modal. Its text inputs use the keys of `fields` as their custom_ids. */
  id(params: ParamsOf<P>): string;
  handle(interaction: ModalSubmitInteraction, input: { params: ParamsOf<P>; fields: FieldsOf<F> }, ctx: HandlerContext): Promise<void>;
}

/**
 * A modal's submit handler. Submitted fields are validated with their zod schemas before `handle` runs; when
 * one fails the user gets an ephemeral message naming each bad field, and nothing else happens.
 */
export function defineModal<P extends ParamShape, F extends FieldShape>(
  options: RouteOptions<P> & { fields: F; handle: ModalRoute<P, F>['handle'] },
): ModalRoute<P, F> {
  const codec = new CustomIdCodec(options.name, options.version, options.params);
  return {
    kind: 'modal',
    codec,
    fields: options.fields,
    access: options.access ?? 'everyone',
    response: options.response ?? 'ephemeral',
    autoDefer: options.autoDefer ?? true,
    id: (params) => codec.encode(params),
    handle: options.handle,
  };
}
