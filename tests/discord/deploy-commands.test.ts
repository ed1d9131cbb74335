import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.ts';
import { runDeployCommands } from '../../src/cli/verbs/deploy-commands.ts';
import { FakeDiscord } from '../support/fake-discord/index.ts';

let fake: FakeDiscord;
const SPEC_COMMANDS = ['article', 'config', 'leaderboard', 'question', 'quiz', 'stats', 'study'];

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
});
afterAll(() => fake.stop());

function capture(): { out: Writable; text: () => string } {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { out, text: () => text };
}

const env = () => ({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.restUrl });

describe('quizbot deploy-commands', () => {
  it('bulk-overwrites every command of commands/ to one server, and the fake finds them valid', async () => {
    const { out, text } = capture();
    await runDeployCommands({ guild: fake.guild.id }, env(), out);
    const puts = fake.requests.filter((request) => request.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({ route: '/applications/:app/guilds/:guild/commands', status: 200 });
    expect((puts[0]!.body as { name: string }[]).map((command) => command.name)).toEqual(SPEC_COMMANDS);
    expect(fake.commands(fake.guild.id).map((command) => command.name)).toEqual(SPEC_COMMANDS);
    expect(fake.violations).toEqual([]);
    expect(text()).toBe(`Registered 7 commands to server ${fake.guild.id} (available now): ${SPEC_COMMANDS.map((name) => `/${name}`).join(', ')}\n`);
  });

  it('deploys globally without a server, or to DISCORD_GUILD_ID by default', async () => {
    const { out, text } = capture();
    await runDeployCommands({}, env(), out);
    expect(fake.commands().map((command) => command.name)).toEqual(SPEC_COMMANDS);
    expect(text()).toContain('globally');
    const second = capture();
    await runDeployCommands({}, { ...env(), DISCORD_GUILD_ID: fake.guild.id }, second.out);
    expect(second.text()).toContain(`to server ${fake.guild.id}`);
  });

  it('says clearly what is missing or refused, without echoing the token', async () => {
    const { DISCORD_APPLICATION_ID: _unused, ...withoutApp } = env();
    await expect(runDeployCommands({}, withoutApp)).rejects.toThrow(/^DISCORD_APPLICATION_ID is not set/);
    await expect(runDeployCommands({ guild: 'abc' }, env())).rejects.toThrow('--guild must be a server id (17 to 20 digits)');
    const refused = runDeployCommands({ guild: '123456789012345678' }, env());
    await expect(refused).rejects.toBeInstanceOf(CliError);
    await expect(refused).rejects.toThrow(/^Discord refused the commands: 404 Unknown Guild \(check the application and server ids\)$/);
    const badToken = runDeployCommands({ guild: fake.guild.id }, { ...env(), DISCORD_TOKEN: 'wrong-secret-token' });
    await expect(badToken).rejects.toThrow(/401 .*check DISCORD_TOKEN/);
    await expect(badToken).rejects.not.toThrow(/wrong-secret-token/);
  });
});
