import { createInflate, constants as zlibConstants } from 'node:zlib';
import { once } from 'node:events';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../../support/fake-discord/index.ts';
import { RawGatewayClient, type GatewayPayload } from '../../support/raw-gateway-client.ts';

let fake: FakeDiscord;
const clients: RawGatewayClient[] = [];

async function connect(url = `ws://127.0.0.1:${fake.port}/gateway`, query?: string): Promise<RawGatewayClient> {
  const client = await RawGatewayClient.connect(url, query);
  clients.push(client);
  return client;
}

beforeEach(async () => {
  fake = new FakeDiscord({
    heartbeatIntervalMs: 45_000,
    guilds: [{ name: 'One', roles: [{ name: 'Quiz Master', permissions: 32n }] }, { name: 'Two', channels: [{ name: 'general' }, { name: 'trivia' }] }],
  });
  await fake.start();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await fake.stop();
});

describe('fake Discord gateway', () => {
  it('says HELLO, acknowledges heartbeats, and sends READY then one GUILD_CREATE per guild', async () => {
    const client = await connect();
    const hello = await client.next((payload) => payload.op === GatewayOpcodes.Hello);
    expect(hello.d).toMatchObject({ heartbeat_interval: 45_000 });
    client.send(GatewayOpcodes.Heartbeat, null);
    await client.next((payload) => payload.op === GatewayOpcodes.HeartbeatAck);

    client.identify(fake.token);
    const ready = await client.dispatch('READY');
    expect(ready.s).toBe(1);
    expect(ready.d).toMatchObject({
      v: 10,
      user: { id: fake.applicationId, bot: true },
      guilds: fake.guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      resume_gateway_url: `ws://127.0.0.1:${fake.port}/gateway/resume`,
      application: { id: fake.applicationId },
    });
    expect((ready.d as { session_id: string }).session_id).toMatch(/^[0-9a-f]{32}$/);
    await client.next((payload) => payload.s === 3);
    const creates = client.received.filter((payload) => payload.t === 'GUILD_CREATE');
    expect(creates.map((payload) => payload.s)).toEqual([2, 3]);
    expect(creates[0]!.d).toMatchObject({
      id: fake.guilds[0]!.id,
      name: 'One',
      roles: [{ id: fake.guilds[0]!.id, name: '@everyone' }, { name: 'Quiz Master', permissions: '32' }],
      channels: [{ name: 'quiz', type: 0 }],
      members: [{ user: { id: fake.applicationId } }],
    });
    expect(creates[1]!.d).toMatchObject({ channels: [{ name: 'general' }, { name: 'trivia' }] });
  });

  it('closes with Discord’s codes on a bad token, a disallowed intent, an early opcode or a bad version', async () => {
    const badToken = await connect();
    badToken.identify('not-the-token');
    expect(await badToken.closed()).toBe(GatewayCloseCodes.AuthenticationFailed);

    const privileged = await connect();
    privileged.identify(fake.token, GatewayIntentBits.Guilds | GatewayIntentBits.MessageContent);
    expect(await privileged.closed()).toBe(GatewayCloseCodes.DisallowedIntents);

    const early = await connect();
    early.send(GatewayOpcodes.RequestGuildMembers, { guild_id: fake.guild.id });
    expect(await early.closed()).toBe(GatewayCloseCodes.NotAuthenticated);

    const oldVersion = await connect(undefined, 'v=9&encoding=json');
    expect(await oldVersion.closed()).toBe(GatewayCloseCodes.InvalidAPIVersion);
  });

  it('sends no GUILD_CREATE without the Guilds intent', async () => {
    const client = await connect();
    client.identify(fake.token, 0);
    await client.dispatch('READY');
    fake.dispatchEvent(GatewayDispatchEvents.TypingStart, { marker: true });
    await client.next((payload) => payload.t === 'TYPING_START');
    expect(client.received.some((payload) => payload.t === 'GUILD_CREATE')).toBe(false);
  });

  it('replays missed dispatches on RESUME, then sends RESUMED', async () => {
    const first = await connect();
    first.identify(fake.token);
    const ready = await first.dispatch('READY');
    await first.next((payload) => payload.s === 3);
    const { session_id: sessionId, resume_gateway_url: resumeUrl } = ready.d as { session_id: string; resume_gateway_url: string };

    fake.dropConnection();
    await first.closed();
    const missed = [fake.dispatchCommand({ name: 'quiz' }), fake.dispatchCommand({ name: 'stats' })];
    expect(fake.connected).toBe(false);

    const second = await connect(resumeUrl);
    second.send(GatewayOpcodes.Resume, { token: fake.token, session_id: sessionId, seq: 3 });
    const resumed = await second.dispatch('RESUMED');
    const replayed = second.received.filter((payload): payload is GatewayPayload => payload.t === 'INTERACTION_CREATE');
    expect(replayed.map((payload) => [payload.s, (payload.d as { id: string }).id])).toEqual(missed.map((handle, index) => [4 + index, handle.id]));
    expect(resumed.s).toBe(6);
    expect(fake.gatewayStats).toMatchObject({ identifies: 1, resumes: 1 });

    const third = await connect(resumeUrl);
    third.send(GatewayOpcodes.Resume, { token: fake.token, session_id: 'unknown', seq: 1 });
    const invalid = await third.next((payload) => payload.op === GatewayOpcodes.InvalidSession);
    expect(invalid.d).toBe(false);
  });

  it('routes each guild to its shard', async () => {
    const shards = await Promise.all([connect(), connect()]);
    shards.forEach((client, shard) => client.identify(fake.token, GatewayIntentBits.Guilds, { shard: [shard, 2] }));
    const readies = await Promise.all(shards.map((client) => client.dispatch('READY')));
    const expected = (shard: number) => fake.guilds.filter((guild) => Number((BigInt(guild.id) >> 22n) % 2n) === shard).map((guild) => guild.id);
    readies.forEach((ready, shard) => expect((ready.d as { guilds: { id: string }[] }).guilds.map((guild) => guild.id)).toEqual(expected(shard)));
    for (const guild of fake.guilds) {
      const handle = fake.dispatchCommand({ name: 'quiz', guildId: guild.id });
      const shard = Number((BigInt(guild.id) >> 22n) % 2n);
      const payload = await shards[shard]!.next((received) => (received.d as { id?: string } | null)?.id === handle.id);
      expect(payload.t).toBe('INTERACTION_CREATE');
    }
  });

  it('compresses with zlib-stream when asked', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${fake.port}/gateway?v=10&encoding=json&compress=zlib-stream`);
    const inflate = createInflate({ flush: zlibConstants.Z_SYNC_FLUSH });
    const text: string[] = [];
    inflate.on('data', (chunk: Buffer) => text.push(chunk.toString('utf8')));
    const [data] = (await once(socket, 'message')) as [Buffer];
    expect(data.subarray(-4)).toEqual(Buffer.from([0, 0, 0xff, 0xff]));
    inflate.write(data);
    await new Promise<void>((resolve) => inflate.flush(() => resolve()));
    expect(JSON.parse(text.join(''))).toMatchObject({ op: GatewayOpcodes.Hello });
    socket.terminate();
  });
});
