import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord, type FakeDiscordOptions } from '../../support/fake-discord/index.ts';
import { RawGatewayClient } from '../../support/raw-gateway-client.ts';

let fake: FakeDiscord;
let bot: RawGatewayClient | undefined;
let now: number;

async function startFake(options: FakeDiscordOptions = {}): Promise<void> {
  now = Date.now();
  fake = new FakeDiscord({ clock: () => now, ...options });
  await fake.start();
  // A bare gateway client stands in for the bot, so dispatches have a session to go to.
  bot = await RawGatewayClient.connect(`ws://127.0.0.1:${fake.port}/gateway`);
  bot.identify(fake.token);
  await bot.dispatch('READY');
}

async function api(method: string, path: string, body?: unknown, auth = true) {
  const headers: Record<string, string> = {};
  if (auth) headers.authorization = `Bot ${fake.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${fake.restUrl}/v10${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

const callback = (id: string, token: string, body: unknown, query = '') => api('POST', `/interactions/${id}/${token}/callback${query}`, body, false);
const reply = (content: string, extra: Record<string, unknown> = {}) => ({ type: 4, data: { content, allowed_mentions: { parse: [] }, ...extra } });

beforeEach(() => startFake());
afterEach(async () => {
  bot?.close();
  await fake.stop();
});

describe('fake Discord REST', () => {
  it('requires the bot token, and hands out its own gateway URL', async () => {
    expect(await api('GET', '/gateway/bot', undefined, false)).toMatchObject({ status: 401, json: { code: 0, message: '401: Unauthorized' } });
    const gateway = await api('GET', '/gateway/bot');
    expect(gateway.status).toBe(200);
    expect(gateway.json).toMatchObject({ url: `ws://127.0.0.1:${fake.port}/gateway`, shards: 1, session_start_limit: { max_concurrency: 1 } });
    expect((await api('GET', '/users/@me')).json).toMatchObject({ id: fake.applicationId, bot: true });
  });

  it('answers unknown routes and methods with Discord-shaped errors', async () => {
    expect(await api('GET', '/nowhere')).toMatchObject({ status: 404, json: { code: 0, message: '404: Not Found' } });
    expect(await api('DELETE', '/gateway/bot')).toMatchObject({ status: 405, json: { code: 0 } });
    expect(await api('POST', `/channels/${fake.channel.id}/messages`, undefined)).toMatchObject({ status: 400, json: { code: 50006 } });
    const raw = await fetch(`${fake.restUrl}/v10/channels/${fake.channel.id}/messages`, {
      method: 'POST',
      headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(await raw.json()).toEqual({ code: 50109, message: 'The request body contains invalid JSON.' });
  });

  it('sends rate-limit headers and answers 429 once a bucket is spent', async () => {
    bot?.close();
    await fake.stop();
    await startFake({ rateLimits: { channelMessages: { limit: 2, windowMs: 1000 } } });
    const send = () => api('POST', `/channels/${fake.channel.id}/messages`, { content: 'hi', allowed_mentions: { parse: [] } });
    const first = await send();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(first.headers.get('x-ratelimit-reset-after')).toBe('1.000');
    expect(first.headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{32}$/);
    expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.json).toMatchObject({ message: 'You are being rate limited.', retry_after: 1, global: false });
    now += 1001;
    expect((await send()).status).toBe(200);
  });

  it('accepts one initial response: a second gets 40060, a late one 10062', async () => {
    const first = fake.dispatchCommand({ name: 'quiz' });
    expect((await callback(first.id, first.token, reply('one'))).status).toBe(204);
    expect(await callback(first.id, first.token, reply('two'))).toMatchObject({
      status: 400,
      json: { code: 40060, message: 'Interaction has already been acknowledged.' },
    });
    expect(first.original()?.api.content).toBe('one');

    const late = fake.dispatchCommand({ name: 'quiz' });
    now += 3001;
    expect(await callback(late.id, late.token, reply('late'))).toMatchObject({ status: 404, json: { code: 10062, message: 'Unknown interaction' } });
    expect(late.acknowledged).toBe(false);
    expect(late.errors).toEqual([{ path: `/interactions/${late.id}/${late.token}/callback`, status: 404, code: 10062, message: 'Unknown interaction' }]);
    expect(await callback(late.id, 'wrong-token', reply('x'))).toMatchObject({ status: 404, json: { code: 10062 } });
  });

  it('refuses a payload over the limits with Invalid Form Body and records the violation', async () => {
    const handle = fake.dispatchCommand({ name: 'quiz' });
    const tooLong = { type: 1, components: [{ type: 2, style: 1, custom_id: 'a', label: 'x'.repeat(81) }] };
    const answer = await callback(handle.id, handle.token, reply('q', { components: [tooLong] }));
    expect(answer).toMatchObject({
      status: 400,
      json: {
        code: 50035,
        message: 'Invalid Form Body',
        errors: { data: { components: { 0: { components: { 0: { label: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } } } } },
      },
    });
    expect(handle.acknowledged).toBe(false);
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatchObject({ kind: 'limit', interactionId: handle.id, problems: ['data.components[0].components[0].label: Must be 80 or fewer in length (got 81).'] });
    expect(() => fake.assertNoViolations()).toThrow(/label: Must be 80 or fewer/);
  });

  it('records a payload without allowed_mentions, and the ping it would cause', async () => {
    const handle = fake.dispatchCommand({ name: 'quiz' });
    expect((await callback(handle.id, handle.token, { type: 4, data: { content: 'Hello @everyone' } })).status).toBe(204);
    expect(fake.violations.map((violation) => violation.kind)).toEqual(['policy']);
    expect(fake.pings).toEqual([{ messageId: handle.original()!.api.id, channelId: fake.channel.id, everyone: true, users: [], roles: [] }]);
    expect(handle.original()?.api.mention_everyone).toBe(true);

    fake.clearRecords();
    const safe = fake.dispatchCommand({ name: 'quiz' });
    await callback(safe.id, safe.token, reply('Hello @everyone and <@123456789012345678>'));
    expect(fake.pings).toEqual([]);
    expect(safe.original()?.api).toMatchObject({ mention_everyone: false, mentions: [] });
    fake.assertNoViolations();
  });

  it('returns the callback resource when asked with_response', async () => {
    const handle = fake.dispatchCommand({ name: 'quiz' });
    const answer = await callback(handle.id, handle.token, reply('hi', { flags: 64 }), '?with_response=true');
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      interaction: { id: handle.id, type: 2, response_message_ephemeral: true, response_message_loading: false },
      resource: { type: 4, message: { content: 'hi', flags: 64 } },
    });
  });

  it('lets the first follow-up fill a deferred reply, later ones stand alone; tokens expire after 15 minutes', async () => {
    const handle = fake.dispatchCommand({ name: 'quiz' });
    const hook = `/webhooks/${fake.applicationId}/${handle.token}`;
    expect(await api('POST', hook, { content: 'too early', allowed_mentions: { parse: [] } }, false)).toMatchObject({ status: 404, json: { code: 10015 } });
    await callback(handle.id, handle.token, { type: 5, data: { flags: 64 } });
    expect(handle.original()).toMatchObject({ loading: true, ephemeral: true });
    const filled = await api('POST', hook, { content: 'done', allowed_mentions: { parse: [] } }, false);
    expect(filled.json).toMatchObject({ id: handle.original()!.api.id, content: 'done', flags: 64 });
    expect((await handle.reply()).api.content).toBe('done');
    await api('POST', hook, { content: 'more', allowed_mentions: { parse: [] } }, false);
    expect(handle.followUps().map((message) => [message.api.content, message.ephemeral])).toEqual([['more', false]]);
    const edited = await api('PATCH', `${hook}/messages/@original`, { content: 'edited', allowed_mentions: { parse: [] } }, false);
    expect(edited.json).toMatchObject({ content: 'edited' });
    expect((await api('GET', `${hook}/messages/@original`, undefined, false)).json).toMatchObject({ content: 'edited' });
    now += 15 * 60_000 + 1;
    expect(await api('PATCH', `${hook}/messages/@original`, { content: 'x', allowed_mentions: { parse: [] } }, false)).toMatchObject({
      status: 401,
      json: { code: 50027 },
    });
  });

  it('routes a button click to its message and applies an update', async () => {
    const created = await api('POST', `/channels/${fake.channel.id}/messages`, {
      content: 'Round',
      allowed_mentions: { parse: [] },
      components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'quiz:answer:1:r:0', label: 'A' }] }],
    });
    const messageId = created.json!.id as string;
    expect(() => fake.dispatchButton({ message: messageId, customId: 'other' })).toThrow(/has no button "other"/);
    const click = fake.dispatchButton({ message: messageId, customId: 'quiz:answer:1:r:0' });
    expect(click.payload).toMatchObject({ type: 3, data: { custom_id: 'quiz:answer:1:r:0', component_type: 2 }, message: { id: messageId } });
    await callback(click.id, click.token, { type: 7, data: { content: 'Revealed', components: [], allowed_mentions: { parse: [] } } });
    expect(fake.message(messageId)?.api).toMatchObject({ content: 'Revealed', components: [] });
    expect((await click.reply()).api.id).toBe(messageId);
    expect(await callback(click.id, click.token, { type: 6 })).toMatchObject({ status: 400, json: { code: 40060 } });
    const command = fake.dispatchCommand({ name: 'quiz' });
    expect(await callback(command.id, command.token, { type: 7, data: { content: 'x' } })).toMatchObject({ status: 400, json: { code: 50035 } });
  });

  it('keeps ephemeral messages out of the channel endpoints', async () => {
    const handle = fake.dispatchCommand({ name: 'quiz' });
    await callback(handle.id, handle.token, reply('secret', { flags: 64 }));
    const id = handle.original()!.api.id;
    expect(await api('GET', `/channels/${fake.channel.id}/messages/${id}`)).toMatchObject({ status: 404, json: { code: 10008 } });
    expect(await api('POST', '/channels/1/messages', { content: 'x' })).toMatchObject({ status: 404, json: { code: 10003 } });
  });

  it('bulk-overwrites commands, keeping ids by name, and refuses invalid definitions whole', async () => {
    const route = `/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`;
    const first = await api('PUT', route, [{ name: 'quiz', description: 'Play' }, { name: 'stats', description: 'Stats' }]);
    expect(first.status).toBe(200);
    const again = await api('PUT', route, [{ name: 'quiz', description: 'Play a round' }]);
    const [quiz] = again.json as unknown as { id: string; name: string; guild_id: string }[];
    expect(quiz).toMatchObject({ name: 'quiz', guild_id: fake.guild.id, id: (first.json as unknown as { id: string }[])[0]!.id });
    expect(await api('PUT', route, [{ name: 'Bad Name', description: 'x' }])).toMatchObject({ status: 400, json: { code: 50035 } });
    expect(fake.commands(fake.guild.id).map((command) => command.name)).toEqual(['quiz']);
    expect(await api('PUT', `/applications/${fake.applicationId}/guilds/1/commands`, [])).toMatchObject({ status: 404, json: { code: 10004 } });
    expect(() => fake.dispatchCommand({ name: 'stats' })).toThrow(/no command "\/stats" is registered/);
  });

  it('serves registered attachments and stores uploaded files', async () => {
    const attachment = fake.registerAttachment({ filename: 'bank.json', content: '{"version":1}' });
    const download = await fetch(attachment.url);
    expect(download.headers.get('content-type')).toContain('application/json');
    expect(await download.text()).toBe('{"version":1}');

    const form = new FormData();
    form.append('files[0]', new Blob(['{"questions":[]}'], { type: 'application/json' }), 'export.json');
    form.append('payload_json', JSON.stringify({ content: 'Export', allowed_mentions: { parse: [] }, attachments: [{ id: 0 }] }));
    const upload = await fetch(`${fake.restUrl}/v10/channels/${fake.channel.id}/messages`, { method: 'POST', headers: { authorization: `Bot ${fake.token}` }, body: form });
    const message = (await upload.json()) as { attachments: { url: string; filename: string }[] };
    expect(message.attachments).toMatchObject([{ filename: 'export.json' }]);
    expect(fake.fileContent(message.attachments[0]!.url).toString()).toBe('{"questions":[]}');
  });

  it('skips limit checks in the cheap mode but still records a missing allowed_mentions', async () => {
    bot?.close();
    await fake.stop();
    await startFake({ validation: 'off' });
    const handle = fake.dispatchCommand({ name: 'quiz' });
    const label = { type: 1, components: [{ type: 2, style: 1, custom_id: 'a', label: 'x'.repeat(81) }] };
    expect((await callback(handle.id, handle.token, { type: 4, data: { content: 'x', components: [label] } })).status).toBe(204);
    expect(fake.violations.map((violation) => violation.kind)).toEqual(['policy']);
  });
});
