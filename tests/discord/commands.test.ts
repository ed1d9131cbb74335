import { ApplicationCommandOptionType, PermissionFlagsBits, type Attachment, type User } from 'discord.js';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { ArgsOf } from '../../src/discord/commands/command-args.ts';
import { CommandRegistry } from '../../src/discord/commands/command-registry.ts';
import type { CommandModule } from '../../src/discord/commands/define-command.ts';
import { loadCommandModules } from '../../src/discord/commands/load-commands.ts';
import type { definition as questionDefinition } from '../../commands/question.ts';
import type { definition as quizDefinition } from '../../commands/quiz.ts';
import type { definition as leaderboardDefinition } from '../../commands/leaderboard.ts';
import { buttonsOf, FakeDiscord } from '../support/fake-discord/index.ts';
import { startTestBot, type TestBot } from '../support/bot-harness.ts';

const MANAGE_SERVER = PermissionFlagsBits.ManageGuild.toString();
let modules: CommandModule[];

/** Option names per command (and per subcommand), as SPEC §2 fixes them. */
function optionNames(module: CommandModule): Record<string, string[]> {
  const options = module.definition.options ?? [];
  if (options.some((option) => option.type === ApplicationCommandOptionType.Subcommand)) {
    return Object.fromEntries(options.map((sub) => [sub.name, 'options' in sub ? (sub.options ?? []).map((option) => option.name) : []]));
  }
  return { '': options.map((option) => option.name) };
}

beforeAll(async () => {
  modules = await loadCommandModules();
});

describe('command definitions', () => {
  it('define every SPEC §2 command with its options', () => {
    const byName = Object.fromEntries(modules.map((module) => [module.definition.name, optionNames(module)]));
    expect(byName).toEqual({
      article: { add: ['file'], list: [], remove: ['id'] },
      config: { 'moderator-role': ['role'], 'question-source': ['source'] },
      leaderboard: { '': ['period', 'page'] },
      question: { add: [], list: ['page'], remove: ['id'], import: ['file'], export: [] },
      quiz: { '': ['topic', 'article', 'seconds'] },
      stats: { '': ['user'] },
      study: { '': ['article'] },
    });
  });

  it('mark moderator commands with default_member_permissions and check access at run time', () => {
    const access = Object.fromEntries(modules.map((module) => [module.definition.name, [module.access, module.definition.default_member_permissions ?? null]]));
    expect(access).toEqual({
      article: ['moderator', MANAGE_SERVER],
      config: ['manage-server', MANAGE_SERVER],
      leaderboard: ['everyone', null],
      question: ['moderator', MANAGE_SERVER],
      quiz: ['everyone', null],
      stats: ['everyone', null],
      study: ['everyone', null],
    });
  });

  it('keep the SPEC ranges and choices', () => {
    const option = (command: string, name: string) => modules.find((module) => module.definition.name === command)?.definition.options?.find((candidate) => candidate.name === name);
    expect(option('quiz', 'seconds')).toMatchObject({ min_value: 5, max_value: 120 });
    expect(option('leaderboard', 'period')).toMatchObject({ choices: [{ value: 'all-time' }, { value: 'week' }] });
  });

  it('derive typed arguments from the definitions', () => {
    expectTypeOf<ArgsOf<typeof quizDefinition>>().toEqualTypeOf<{ topic?: string; article?: string; seconds?: number }>();
    expectTypeOf<ArgsOf<typeof leaderboardDefinition>>().toEqualTypeOf<{ period?: 'all-time' | 'week'; page?: number }>();
    type Question = ArgsOf<typeof questionDefinition>;
    expectTypeOf<Extract<Question, { subcommand: 'remove' }>>().toEqualTypeOf<{ subcommand: 'remove'; id: string }>();
    expectTypeOf<Extract<Question, { subcommand: 'import' }>>().toEqualTypeOf<{ subcommand: 'import'; file: Attachment }>();
    expectTypeOf<Question['subcommand']>().toEqualTypeOf<'add' | 'list' | 'remove' | 'import' | 'export'>();
    expectTypeOf<ArgsOf<{ name: 'x'; description: 'y'; options: [{ type: ApplicationCommandOptionType.User; name: 'who'; description: 'z'; required: true }] }>>().toEqualTypeOf<{ who: User }>();
  });
});

describe('the shipped commands through the bot', () => {
  let fake: FakeDiscord;
  let testBot: TestBot;
  const quizTeam = () => fake.role('Quiz Team');

  beforeAll(async () => {
    fake = new FakeDiscord({ guilds: [{ roles: [{ name: 'Quiz Team' }] }] });
    await fake.start();
    testBot = await startTestBot(fake, { commands: modules });
    expect(new CommandRegistry(modules).definitions()).toHaveLength(7);
  });
  afterAll(async () => {
    await testBot.stop();
    await fake.stop();
  });

  it('answer /quiz with a public round message carrying a button per choice', async () => {
    const reply = await fake.dispatchCommand({ name: 'quiz', options: { seconds: 30 } }).reply();
    expect(reply.ephemeral).toBe(false);
    expect(buttonsOf(reply.api).length).toBeGreaterThanOrEqual(3);
    fake.assertNoViolations();
  });

  it('refuse moderator commands to members, even when Discord delivers them', async () => {
    const reply = await fake.dispatchCommand({ name: 'question', subcommand: 'list' }).reply();
    expect(reply.api.content).toMatch(/^Only moderators can do this/);
  });

  it('let Manage Server set the moderator role, which then opens moderator commands but not /config', async () => {
    const set = await fake
      .dispatchCommand({ name: 'config', subcommand: 'moderator-role', options: { role: quizTeam() }, member: { permissions: PermissionFlagsBits.ManageGuild } })
      .reply();
    expect(set.api.content).toBe(`Members with <@&${quizTeam().id}> can now manage questions and articles (as can anyone with **Manage Server**).`);
    expect(set.api.mention_roles).toEqual([]);
    expect((await testBot.services.serverConfig.get(fake.guild.id)).moderatorRoleId).toBe(quizTeam().id);

    const asModerator = await fake.dispatchCommand({ name: 'question', subcommand: 'remove', options: { id: 'q1' }, member: { roles: [quizTeam().id] } }).reply();
    expect(asModerator.api.content).toBe('This server has no question `q1`. `/question list` shows the ids.');
    const configByRole = await fake.dispatchCommand({ name: 'config', subcommand: 'moderator-role', member: { roles: [quizTeam().id] } }).reply();
    expect(configByRole.api.content).toMatch(/^Only members with the \*\*Manage Server\*\* permission/);
    expect((await testBot.services.serverConfig.get(fake.guild.id)).moderatorRoleId).toBe(quizTeam().id);

    const everyone = fake.role('@everyone');
    const refused = await fake
      .dispatchCommand({ name: 'config', subcommand: 'moderator-role', options: { role: everyone }, member: { permissions: PermissionFlagsBits.ManageGuild } })
      .reply();
    expect(refused.api.content).toMatch(/^@everyone cannot be the moderator role/);
    expect((await testBot.services.serverConfig.get(fake.guild.id)).moderatorRoleId).toBe(quizTeam().id);
    fake.assertNoViolations();
  });

  it('set the question source', async () => {
    const reply = await fake
      .dispatchCommand({ name: 'config', subcommand: 'question-source', options: { source: 'server' }, member: { permissions: PermissionFlagsBits.ManageGuild } })
      .reply();
    expect(reply.api.content).toBe("Rounds and study now use this server's own questions only.");
    expect((await testBot.services.serverConfig.get(fake.guild.id)).questionSource).toBe('server');
  });
});
