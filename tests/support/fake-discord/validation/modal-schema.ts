import { ComponentType, TextInputStyle } from 'discord-api-types/v10';
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { text, walkComponents } from './message-schemas.ts';

const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

const textInputFields = {
  type: z.literal(ComponentType.TextInput),
  custom_id: text(1, LIMITS.customId),
  style: z.enum(TextInputStyle),
  min_length: optional(z.int().min(0).max(LIMITS.textInputValue)),
  max_length: optional(z.int().min(1).max(LIMITS.textInputValue)),
  required: optional(z.boolean()),
  value: optional(text(0, LIMITS.textInputValue)),
  placeholder: optional(text(0, LIMITS.textInputPlaceholder)),
};

const checkBounds = (input: { min_length?: number | null; max_length?: number | null; value?: string | null }, ctx: z.RefinementCtx) => {
  const min = input.min_length ?? 0;
  const max = input.max_length ?? LIMITS.textInputValue;
  if (min > max) ctx.addIssue({ code: 'custom', path: ['min_length'], message: `min_length ${min} is above max_length ${max}.` });
  if (input.value && input.value.length > max) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `Must be ${max} or fewer in length.` });
  }
};

/** The older form: a text input with its own label, alone in an action row. */
const legacyTextInput = z.looseObject({ ...textInputFields, label: text(1, LIMITS.textInputLabel) }).superRefine(checkBounds);
/** The newer form: inside a Label component, which carries the label. */
const labelledTextInput = z.looseObject({ ...textInputFields, label: z.undefined().optional() }).superRefine(checkBounds);

const labelChild = z.discriminatedUnion('type', [
  labelledTextInput,
  z.looseObject({ type: z.literal(ComponentType.StringSelect), custom_id: text(1, LIMITS.customId), options: z.array(z.looseObject({ label: text(1, 100), value: text(1, 100) })).min(1).max(25) }),
  z.looseObject({ type: z.union([z.literal(ComponentType.UserSelect), z.literal(ComponentType.RoleSelect), z.literal(ComponentType.MentionableSelect), z.literal(ComponentType.ChannelSelect)]), custom_id: text(1, LIMITS.customId) }),
  z.looseObject({ type: z.literal(ComponentType.FileUpload), custom_id: text(1, LIMITS.customId), min_values: optional(z.int().min(0).max(10)), max_values: optional(z.int().min(1).max(10)), required: optional(z.boolean()) }),
]);

const modalTopLevel = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal(ComponentType.ActionRow), components: z.tuple([legacyTextInput]) }),
  z.looseObject({
    type: z.literal(ComponentType.Label),
    label: text(1, LIMITS.textInputLabel),
    description: optional(text(0, LIMITS.labelDescription)),
    component: labelChild,
  }),
  z.looseObject({ type: z.literal(ComponentType.TextDisplay), content: text(1, LIMITS.textDisplayTotal) }),
]);

export const modalSchema = z
  .looseObject({
    custom_id: text(1, LIMITS.customId),
    title: text(1, LIMITS.modalTitle),
    components: z.array(modalTopLevel).min(1).max(LIMITS.modalComponents, `Must be ${LIMITS.modalComponents} or fewer in length.`),
  })
  .superRefine((modal, ctx) => {
    const seen = new Set<string>();
    for (const component of walkComponents(modal.components)) {
      if (typeof component.custom_id !== 'string') continue;
      if (seen.has(component.custom_id)) {
        ctx.addIssue({ code: 'custom', path: ['components'], message: `Component custom id "${component.custom_id}" is used more than once.` });
      }
      seen.add(component.custom_id);
    }
  });

export type ModalBody = z.output<typeof modalSchema>;
