import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/index.ts';
import { startTestBot, type TestBot } from '../support/bot-harness.ts';
import { createGate, slowCommands } from './fixtures/test-commands.ts';

// The fake's clock runs ahead on demand, so an answer can miss Discord's 3 s window without the test waiting.
let skewMs = 0;
const gate = createGate();
let fake: FakeDiscord;
let testBot: TestBot;

beforeAll(async () => {
  fake = new FakeDiscord({ clock: () => Date.now() + skewMs });
  await fake.start();
  testBot = await startTestBot(fake, { commands: slowCommands(gate), autoDeferMs: 60_000 });
});
afterAll(async () => {
  gate.open();
  await testBot.stop();
  await fake.stop();
});

it('an answer that comes too late is logged as a warning, and nothing more is sent for that interaction', async () => {
  const handle = fake.dispatchCommand({ name: 'slow' });
  // The interaction was stamped at dispatch; from now on the fake sees it as 5 s old.
  skewMs = 5_000;
  gate.open();
  await vi.waitFor(() => expect(testBot.logs.some((line) => line.msg === 'the interaction could no longer be answered')).toBe(true), { timeout: 10_000 });
  expect(testBot.logs.find((line) => line.msg === 'the interaction could no longer be answered')).toMatchObject({ level: 40, code: 10062, interaction: handle.id });
  // A moment for any follow-up the bot might still try.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(handle.errors.map((error) => error.code)).toEqual([10062]);
  expect(testBot.logs.filter((line) => line.level >= 50)).toEqual([]);
});
