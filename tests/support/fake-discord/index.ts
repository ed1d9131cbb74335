export { FakeDiscord, type ButtonDispatch, type CommandDispatch, type MemberSpec, type ModalSubmitDispatch } from './fake-discord.ts';
export { InteractionHandle } from './handles.ts';
export type { FakeDiscordOptions, GuildSpec, RateLimitSpec } from './options.ts';
export type { FakeChannel, FakeGuild, FakeRole } from './payloads/entities.ts';
export type { AttachmentInput, OptionInput } from './payloads/interactions.ts';
export { buttonsOf } from './payloads/messages.ts';
export type { CallbackRecord, MessageRecord, Ping, RecordedRequest, Violation } from './records.ts';
