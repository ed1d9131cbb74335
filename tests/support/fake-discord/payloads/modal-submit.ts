import { ComponentType } from 'discord-api-types/v10';
import type { ModalBody } from '../validation/modal-schema.ts';

export type ModalFieldValues = Record<string, string | string[]>;

interface ShownInput {
  type: number;
  custom_id: string;
  label?: string | null;
  required?: boolean | null;
  min_length?: number | null;
  max_length?: number | null;
}

/**
 * Builds `data.components` of a modal submit the way Discord does for the modal that was shown: rows stay rows,
 * labels stay labels. Like the Discord client, it refuses values the modal's own limits would block.
 */
export function modalSubmitComponents(modal: ModalBody | undefined, values: ModalFieldValues, unchecked: boolean): unknown[] {
  if (!modal) {
    return Object.entries(values).map(([customId, value]) => ({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.TextInput, custom_id: customId, value: String(value) }],
    }));
  }
  const known = new Set<string>();
  let nextId = 1;
  const submitted = (input: ShownInput) => {
    known.add(input.custom_id);
    const value = values[input.custom_id];
    if (input.type !== ComponentType.TextInput) {
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      return { type: input.type, id: nextId++, custom_id: input.custom_id, values: list };
    }
    const textValue = Array.isArray(value) ? value.join('') : (value ?? '');
    if (!unchecked) {
      const name = input.label ?? input.custom_id;
      if ((input.required ?? true) && textValue.length === 0) throw new Error(`dispatchModalSubmit: "${name}" is required by the modal`);
      if (textValue.length > 0 && input.min_length != null && textValue.length < input.min_length) {
        throw new Error(`dispatchModalSubmit: "${name}" is shorter than the modal's min_length ${input.min_length}`);
      }
      if (input.max_length != null && textValue.length > input.max_length) {
        throw new Error(`dispatchModalSubmit: "${name}" is longer than the modal's max_length ${input.max_length}`);
      }
    }
    return { type: ComponentType.TextInput, id: nextId++, custom_id: input.custom_id, value: textValue };
  };
  const components = modal.components.map((raw) => {
    const component = raw as { type: number; components?: ShownInput[]; component?: ShownInput; label?: string };
    if (component.type === ComponentType.ActionRow) {
      return { type: ComponentType.ActionRow, id: nextId++, components: (component.components ?? []).map(submitted) };
    }
    if (component.type === ComponentType.Label && component.component) {
      const id = nextId++;
      return { type: ComponentType.Label, id, component: submitted({ ...component.component, label: component.label ?? null }) };
    }
    return { type: component.type, id: nextId++ };
  });
  if (!unchecked) {
    for (const key of Object.keys(values)) {
      if (!known.has(key)) throw new Error(`dispatchModalSubmit: the modal "${modal.custom_id}" has no field "${key}"`);
    }
  }
  return components;
}
