import type { ModalSubmitInteraction } from 'discord.js';
import { z } from 'zod';
import { UserError } from '../interactions/user-error.ts';
import type { FieldShape, FieldsOf, ModalField } from './define-component.ts';

/** A text field with messages a user understands ("must be at most 80 characters (it has 93)"). */
export function textField(label: string, limits: { max: number; min?: number; optional?: boolean }): ModalField {
  const min = limits.min ?? 1;
  const text = z
    .string()
    .trim()
    .max(limits.max, { error: (issue) => `must be at most ${limits.max} characters (it has ${String(issue.input).trim().length})` });
  const required = text.min(min, { error: min === 1 ? 'must not be empty' : `must be at least ${min} characters` });
  return {
    label,
    schema: limits.optional
      ? text.transform((value) => (value === '' ? undefined : value)).pipe(z.string().min(min, `must be at least ${min} characters`).optional())
      : required,
  };
}

/** Validates a modal's submitted fields; a bad field refuses the whole submission with every problem named. */
export function readModalFields<F extends FieldShape>(interaction: ModalSubmitInteraction, fields: F): FieldsOf<F> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, field] of Object.entries(fields)) {
    let raw = '';
    try {
      raw = interaction.fields.getTextInputValue(key);
    } catch {
      // A field missing from the submission reads as empty, so its schema decides whether that is allowed.
    }
    const result = field.schema.safeParse(raw);
    if (result.success) values[key] = result.data;
    else problems.push(`• **${field.label}**: ${result.error.issues[0]?.message ?? 'is not valid'}`);
  }
  if (problems.length > 0) {
    throw new UserError(`Nothing was saved. Please fix ${problems.length === 1 ? 'this field' : 'these fields'} and submit again:\n${problems.join('\n')}`);
  }
  return values as FieldsOf<F>;
}
