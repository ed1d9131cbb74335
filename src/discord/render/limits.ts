/** Discord's limits on what the bot sends (https://discord.com/developers/docs/resources/message). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
} as const;
