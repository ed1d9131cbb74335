import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { z } from 'zod';
import { IS_COMPONENTS_V2, LIMITS, SENDABLE_MESSAGE_FLAGS } from './limits.ts';

/** Strings limited the way Discord words it in its "Invalid Form Body" answers. */
export const text = (min: number, max: number) =>
  z
    .string()
    .min(min, `Must be ${min} or more in length.`)
    .max(max, `Must be ${max} or fewer in length.`);

const snowflake = z.string().regex(/^\d{17,20}$/, 'Value is not snowflake.');
const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

export const allowedMentionsSchema = z
  .strictObject({
    parse: z.array(z.enum(['roles', 'users', 'everyone'])).optional(),
    roles: z.array(snowflake).max(LIMITS.allowedMentionIds).optional(),
    users: z.array(snowflake).max(LIMITS.allowedMentionIds).optional(),
    replied_user: z.boolean().optional(),
  })
  .superRefine((mentions, ctx) => {
    // Discord refuses a type both in parse and as an explicit id list: the two are mutually exclusive.
    for (const kind of ['users', 'roles'] as const) {
      if (mentions.parse?.includes(kind) && mentions[kind]) {
        ctx.addIssue({ code: 'custom', path: ['parse'], message: `parse:["${kind}"] and ${kind}:[…] are mutually exclusive.` });
      }
    }
  });

const embedSchema = z.looseObject({
  title: optional(text(0, LIMITS.embedTitle)),
  description: optional(text(0, LIMITS.embedDescription)),
  url: optional(z.url()),
  timestamp: optional(z.iso.datetime({ offset: true })),
  color: optional(z.int().min(0).max(0xffffff)),
  footer: optional(z.looseObject({ text: text(1, LIMITS.embedFooterText), icon_url: optional(z.string()) })),
  author: optional(z.looseObject({ name: text(1, LIMITS.embedAuthorName), url: optional(z.url()), icon_url: optional(z.string()) })),
  image: optional(z.looseObject({ url: z.string() })),
  thumbnail: optional(z.looseObject({ url: z.string() })),
  fields: optional(
    z
      .array(
        z.looseObject({
          name: text(1, LIMITS.embedFieldName),
          value: text(1, LIMITS.embedFieldValue),
          inline: optional(z.boolean()),
        }),
      )
      .max(LIMITS.embedFields, `Must be ${LIMITS.embedFields} or fewer in length.`),
  ),
});
type Embed = z.output<typeof embedSchema>;

function embedLength(embed: Embed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

const embedsSchema = z
  .array(embedSchema)
  .max(LIMITS.embedsPerMessage, `Must be ${LIMITS.embedsPerMessage} or fewer in length.`)
  .superRefine((embeds, ctx) => {
    const total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
    if (total > LIMITS.embedTotal) {
      ctx.addIssue({ code: 'custom', message: `Embed size exceeds maximum size of ${LIMITS.embedTotal} (got ${total}).` });
    }
  });

const emojiSchema = z.looseObject({ id: optional(snowflake), name: optional(z.string()), animated: optional(z.boolean()) });

const buttonSchema = z
  .looseObject({
    type: z.literal(ComponentType.Button),
    style: z.enum(ButtonStyle),
    label: optional(text(0, LIMITS.buttonLabel)),
    custom_id: optional(text(1, LIMITS.customId)),
    url: optional(z.url().max(LIMITS.buttonUrl)),
    sku_id: optional(snowflake),
    emoji: optional(emojiSchema),
    disabled: optional(z.boolean()),
  })
  .superRefine((button, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (button.style === ButtonStyle.Link) {
      if (!button.url) problem('url', 'A link button requires a url.');
      if (button.custom_id) problem('custom_id', 'A link button cannot have a custom_id.');
    } else if (button.style === ButtonStyle.Premium) {
      if (!button.sku_id) problem('sku_id', 'A premium button requires a sku_id.');
    } else {
      if (!button.custom_id) problem('custom_id', 'This field is required');
      if (button.url) problem('url', 'Only link buttons can have a url.');
    }
    if (button.style !== ButtonStyle.Premium && !button.label && !button.emoji) {
      problem('label', 'A button needs a label or an emoji.');
    }
  });

const selectOptionSchema = z.looseObject({
  label: text(1, LIMITS.selectOptionText),
  value: text(1, LIMITS.selectOptionText),
  description: optional(text(0, LIMITS.selectOptionText)),
  emoji: optional(emojiSchema),
  default: optional(z.boolean()),
});

const selectBase = {
  custom_id: text(1, LIMITS.customId),
  placeholder: optional(text(0, LIMITS.selectPlaceholder)),
  min_values: optional(z.int().min(0).max(25)),
  max_values: optional(z.int().min(1).max(25)),
  disabled: optional(z.boolean()),
};

const stringSelectSchema = z.looseObject({
  type: z.literal(ComponentType.StringSelect),
  ...selectBase,
  options: z.array(selectOptionSchema).min(1).max(LIMITS.selectOptions, `Must be ${LIMITS.selectOptions} or fewer in length.`),
});
const entitySelectSchema = z.looseObject({
  type: z.union([
    z.literal(ComponentType.UserSelect),
    z.literal(ComponentType.RoleSelect),
    z.literal(ComponentType.MentionableSelect),
    z.literal(ComponentType.ChannelSelect),
  ]),
  ...selectBase,
});

const interactiveSchema = z.discriminatedUnion('type', [buttonSchema, stringSelectSchema, entitySelectSchema]);

const actionRowSchema = z
  .looseObject({
    type: z.literal(ComponentType.ActionRow),
    components: z.array(interactiveSchema).min(1, 'Must be 1 or more in length.'),
  })
  .superRefine((row, ctx) => {
    const buttons = row.components.filter((component) => component.type === ComponentType.Button).length;
    const selects = row.components.length - buttons;
    if (buttons > LIMITS.buttonsPerRow) {
      ctx.addIssue({ code: 'custom', path: ['components'], message: `Must be ${LIMITS.buttonsPerRow} or fewer in length (got ${buttons} buttons).` });
    }
    if (selects > 0 && row.components.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['components'], message: 'A select menu must be alone in its action row.' });
    }
  });

/** Layout components of the newer message format (flag IsComponentsV2); checked loosely, children recursively. */
const v2ComponentSchema: z.ZodType = z.lazy(() =>
  z.discriminatedUnion('type', [
    actionRowSchema,
    z.looseObject({ type: z.literal(ComponentType.TextDisplay), content: text(1, LIMITS.textDisplayTotal) }),
    z.looseObject({ type: z.literal(ComponentType.Section), components: z.array(v2ComponentSchema).min(1).max(3), accessory: z.looseObject({ type: z.int() }) }),
    z.looseObject({ type: z.literal(ComponentType.Container), components: z.array(v2ComponentSchema).min(1) }),
    z.looseObject({ type: z.literal(ComponentType.Separator) }),
    z.looseObject({ type: z.literal(ComponentType.Thumbnail), media: z.looseObject({ url: z.string() }) }),
    z.looseObject({ type: z.literal(ComponentType.MediaGallery), items: z.array(z.looseObject({ media: z.looseObject({ url: z.string() }) })).min(1).max(10) }),
    z.looseObject({ type: z.literal(ComponentType.File), file: z.looseObject({ url: z.string() }) }),
  ]),
);

interface AnyComponent {
  type?: number;
  custom_id?: string | null;
  components?: AnyComponent[];
  component?: AnyComponent;
  accessory?: AnyComponent;
}

/** Every component in a tree, depth first (rows, sections, containers and labels included). */
export function* walkComponents(components: readonly unknown[] | null | undefined): Generator<AnyComponent> {
  for (const raw of components ?? []) {
    if (!raw || typeof raw !== 'object') continue;
    const component = raw as AnyComponent;
    yield component;
    if (Array.isArray(component.components)) yield* walkComponents(component.components);
    if (component.component) yield* walkComponents([component.component]);
    if (component.accessory) yield* walkComponents([component.accessory]);
  }
}

function countComponents(components: readonly unknown[]): number {
  let count = 0;
  for (const _ of walkComponents(components)) count += 1;
  return count;
}

/** The body of a message create or edit, in any of the routes that carry one. */
export const messageBodySchema = z
  .looseObject({
    content: optional(text(0, LIMITS.content)),
    embeds: optional(embedsSchema),
    components: optional(z.array(z.unknown())),
    allowed_mentions: optional(allowedMentionsSchema),
    flags: optional(z.int().nonnegative()),
    tts: optional(z.boolean()),
    attachments: optional(
      z.array(z.looseObject({ id: z.union([z.string(), z.number()]), description: optional(text(0, 1024)) })).max(LIMITS.attachmentsPerMessage),
    ),
    sticker_ids: optional(z.array(snowflake).max(3)),
  })
  .superRefine((body, ctx) => {
    const flags = body.flags ?? 0;
    if ((flags & ~SENDABLE_MESSAGE_FLAGS) !== 0) {
      ctx.addIssue({ code: 'custom', path: ['flags'], message: `Flags ${flags & ~SENDABLE_MESSAGE_FLAGS} cannot be set by a bot.` });
    }
    const components = body.components ?? [];
    const isV2 = (flags & IS_COMPONENTS_V2) !== 0;
    const topLevel = isV2 ? z.array(v2ComponentSchema) : z.array(actionRowSchema).max(LIMITS.actionRows, `Must be ${LIMITS.actionRows} or fewer in length.`);
    const parsed = topLevel.safeParse(components, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['components', ...issue.path] } as never);
    }
    if (isV2) {
      if (body.content || (body.embeds && body.embeds.length > 0)) {
        ctx.addIssue({ code: 'custom', path: ['content'], message: 'A components-v2 message cannot have content or embeds.' });
      }
      const total = countComponents(components);
      if (total > LIMITS.componentsV2Total) {
        ctx.addIssue({ code: 'custom', path: ['components'], message: `Must be ${LIMITS.componentsV2Total} or fewer components in total (got ${total}).` });
      }
    }
    const seen = new Set<string>();
    for (const component of walkComponents(components)) {
      if (typeof component.custom_id !== 'string') continue;
      if (seen.has(component.custom_id)) {
        ctx.addIssue({ code: 'custom', path: ['components'], message: `Component custom id "${component.custom_id}" is used more than once.`, params: { discordCode: 'COMPONENT_CUSTOM_ID_DUPLICATED' } });
      }
      seen.add(component.custom_id);
    }
  });

export type MessageBody = z.output<typeof messageBodySchema>;
