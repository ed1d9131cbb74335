// npm run soak: 10 minutes of steady answer clicks into the real bot (its own process) through the fake
// Discord, bot memory sampled every 10 s; writes the curve to docs/soak.md and a summary to
// docs/benchmarks.md. Not part of CI. SOAK_MINUTES shortens it while working on it (nothing is written then).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandRegistry } from '../src/discord/commands/command-registry.ts';
import { loadCommandModules } from '../src/discord/commands/load-commands.ts';
import { READY_MESSAGE, startBotProcess } from '../tests/fault/support/bot-process.ts';
import { createLoadWorld, runStep } from './support/load-driver.ts';
import { linearFit, renderSoakPage, renderSoakSection, type MemorySample, type SoakSummary } from './support/soak-report.ts';
import { describeMachine, writeSection } from './support/write-section.ts';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const RATE = 200;
const MEMBERS = 1000;
const STEP_SECONDS = 20;
const SAMPLE_MS = 10_000;
const WARMUP_SECONDS = 60;
const COMMAND = 'npm run soak';

const work = mkdtempSync(join(tmpdir(), 'quizbot-soak-'));
const roundsPerStep = Math.ceil((RATE * STEP_SECONDS) / MEMBERS);
// Two sets of channels used in turn: a step's rounds are revealed while the next step's take answers.
// The fake keeps Discord's default retention, so its own memory stays bounded and its curve means something.
const world = await createLoadWorld({ guilds: Math.ceil((2 * roundsPerStep) / 5), users: MEMBERS, retained: 20_000 });
for (const guild of world.fake.guilds) world.fake.registerCommands([...new CommandRegistry(await loadCommandModules()).definitions()], guild.id);
const bot = startBotProcess({ token: world.fake.token, apiUrl: world.fake.restUrl, storeUrl: `sqlite://${join(work, 'soak.sqlite')}`, logFile: join(work, 'bot.log') });

try {
  await bot.logged(READY_MESSAGE, 60_000);
  const started = Date.now();
  const samples: MemorySample[] = [];
  let answered = 0;
  const stopCounting = world.fake.onCallback(() => (answered += 1));
  const sample = () => {
    samples.push({ t: (Date.now() - started) / 1000, botRssBytes: bot.rssBytes() ?? 0, fakeHeapBytes: process.memoryUsage().heapUsed, answered });
    answered = 0;
  };
  sample();
  const sampler = setInterval(sample, SAMPLE_MS);
  const steps: SoakSummary['steps'] = [];
  for (let index = 0; Date.now() - started < MINUTES * 60_000; index += 1) {
    const t = (Date.now() - started) / 1000;
    const step = await runStep(
      world,
      bot,
      { members: MEMBERS, rate: RATE, seconds: STEP_SECONDS, roundSeconds: STEP_SECONDS + 3, awaitReveal: false, firstSlot: (index % 2) * roundsPerStep },
      index + 1,
    );
    const problems = Object.values(step.problems).reduce((sum, value) => sum + value, 0);
    steps.push({ t, p50: step.latency.p50, p99: step.latency.p99, throughput: step.throughput, problems });
    process.stderr.write(`${Math.round(t)} s: p50 ${step.latency.p50.toFixed(2)} ms, p99 ${step.latency.p99.toFixed(2)} ms, rss ${Math.round((bot.rssBytes() ?? 0) / 2 ** 20)} MiB${problems ? `, ${problems} problems` : ''}\n`);
  }
  clearInterval(sampler);
  sample();
  stopCounting();

  const settled = samples.filter((point) => point.t >= WARMUP_SECONDS);
  const fit = (pick: (point: MemorySample) => number) => linearFit(settled.map((point) => ({ minutes: point.t / 60, bytes: pick(point) })));
  const summary: SoakSummary = {
    minutes: MINUTES,
    rate: RATE,
    members: MEMBERS,
    warmupSeconds: WARMUP_SECONDS,
    samples,
    bot: fit((point) => point.botRssBytes),
    fake: fit((point) => point.fakeHeapBytes),
    steps,
  };
  const section = renderSoakSection(summary);
  if (process.env.SOAK_MINUTES === undefined) {
    writeFileSync(join(import.meta.dirname, '../docs/soak.md'), renderSoakPage(summary, COMMAND, describeMachine()));
    writeSection('soak', COMMAND, section);
  }
  process.stdout.write(`${section}\n`);
} finally {
  await bot.stop();
  await world.fake.stop();
  rmSync(work, { recursive: true, force: true });
}
