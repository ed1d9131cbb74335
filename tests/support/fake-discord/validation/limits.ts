/** Discord's documented limits (https://discord.com/developers/docs), in one place. */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  buttonUrl: 512,
  selectOptions: 25,
  selectOptionText: 100,
  selectPlaceholder: 150,
  componentsV2Total: 40,
  textDisplayTotal: 4000,
  modalTitle: 45,
  modalComponents: 5,
  textInputLabel: 45,
  textInputValue: 4000,
  textInputPlaceholder: 100,
  labelDescription: 100,
  allowedMentionIds: 100,
  attachmentsPerMessage: 10,
  autocompleteChoices: 25,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  commandChoices: 25,
  commandChoiceName: 100,
  commandChoiceStringValue: 100,
  commandTotal: 4000,
  commandStringOptionLength: 6000,
  chatInputCommandsPerScope: 100,
} as const;

/** Message flags a bot may set when sending: SuppressEmbeds, Ephemeral, SuppressNotifications, IsComponentsV2. */
export const SENDABLE_MESSAGE_FLAGS = (1 << 2) | (1 << 6) | (1 << 12) | (1 << 15);
export const EPHEMERAL = 1 << 6;
export const LOADING = 1 << 7;
export const IS_COMPONENTS_V2 = 1 << 15;

export const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
