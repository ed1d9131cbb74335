// npm run bench:load [-- --quick]: answer clicks through a fake Discord (this process) into the real bot
// (another process: discord.js, services, SQLite) at rising rates for 100, 1,000 and 10,000 members, and the
// same load against a bare discord.js bot that answers with a constant reply, step by step in turn.
// Working options (nothing is written to docs/benchmarks.md with them): --only quizbot|bare, --profile
// (CPU profiles of the bot processes), --root DIR (quizbot from another checkout, for before/after figures),
// LOAD_PLAN='{"members":[1000],"rates":[2000],"seconds":5}' (chosen steps).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandRegistry } from '../src/discord/commands/command-registry.ts';
import { loadCommandModules } from '../src/discord/commands/load-commands.ts';
import { READY_MESSAGE, startBotProcess, type BotProcess } from '../tests/fault/support/bot-process.ts';
import { createLoadWorld, runStep, type LoadWorld, type StepResult } from './support/load-driver.ts';
import { renderLoadSection, type BotRun } from './support/load-report.ts';
import { writeSection } from './support/write-section.ts';

type Kind = 'bare' | 'quizbot';
const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const quick = process.argv.includes('--quick') || process.env.LOAD_QUICK === '1';
const profile = process.argv.includes('--profile');
const only = argument('--only') as Kind | undefined;
const root = argument('--root');
const custom = process.env.LOAD_PLAN ? (JSON.parse(process.env.LOAD_PLAN) as { members: number[]; rates: number[]; seconds: number }) : undefined;
const plan =
  custom ??
  (quick ? { members: [1000], rates: [100, 500, 2000], seconds: 3 } : { members: [100, 1000, 10_000], rates: [100, 500, 1000, 2000], seconds: 5 });
const writes = !quick && !only && !custom && !root && !profile;

// Enough channels for the busiest step: every member answers each round at most once.
const guilds = Math.ceil(Math.max(...plan.rates.map((rate) => Math.ceil((rate * plan.seconds) / Math.min(...plan.members)))) / 5);
const roundSeconds = Math.max(5, plan.seconds + 3);
const definitions = [...new CommandRegistry(await loadCommandModules()).definitions()];
const work = mkdtempSync(join(tmpdir(), 'quizbot-bench-load-'));
const profileDir = join(work, 'profiles');

interface Subject {
  kind: Kind;
  world: LoadWorld;
  bot: BotProcess;
  idleRssBytes: number;
  steps: StepResult[];
}

/** A fake Discord of its own and the bot process connected to it, warmed up (JIT, connections, SQLite pages). */
async function startSubject(kind: Kind): Promise<Subject> {
  const world = await createLoadWorld({ guilds, users: Math.max(...plan.members) });
  for (const guild of world.fake.guilds) world.fake.registerCommands(definitions, guild.id);
  const bot = startBotProcess({
    kind,
    token: world.fake.token,
    apiUrl: world.fake.restUrl,
    storeUrl: `sqlite://${join(work, `${kind}.sqlite`)}`,
    logFile: join(work, `${kind}.log`),
    ...(root ? { root } : {}),
    ...(profile ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {}),
  });
  await bot.logged(READY_MESSAGE, 60_000);
  const idleRssBytes = bot.rssBytes() ?? 0;
  await runStep(world, bot, { members: 1000, rate: 200, seconds: 2, roundSeconds: 5, awaitReveal: kind === 'quizbot' }, 99);
  return { kind, world, bot, idleRssBytes, steps: [] };
}

function report(subject: Subject, result: StepResult): void {
  const problems = Object.keys(result.problems).length ? ` problems ${JSON.stringify(result.problems)}` : '';
  process.stderr.write(
    `${subject.kind.padEnd(7)} N=${String(result.members).padStart(5)} ${String(result.rate).padStart(4)}/s: p50 ${result.latency.p50.toFixed(2)} ms, ` +
      `p99 ${result.latency.p99.toFixed(2)} ms, ${Math.round(result.throughput)}/s, locked in ${result.lockedIn}/${result.dispatched}, ` +
      `cpu ${Math.round(result.botCpu * 100)} % (fake ${Math.round(result.fakeCpu * 100)} %, others ${Math.round(result.othersCpu * 100)} %), ` +
      `rss ${Math.round(result.rss.maxBytes / 2 ** 20)} MiB${problems}\n` +
      (process.env.LOAD_TIMELINE ? `        worst latency per 250 ms: ${result.worstByQuarter.join(' ')}\n` : ''),
  );
}

/** Other processes using more than this share of a core during a step make it worth running again. */
const DISTURBED = 0.25;
const MAX_ATTEMPTS = quick ? 1 : 3;
const disturbance = (pair: readonly StepResult[]) => Math.max(...pair.map((result) => result.othersCpu));

const subjects: Subject[] = [];
try {
  for (const kind of ['bare', 'quizbot'] as const) if (only === undefined || only === kind) subjects.push(await startSubject(kind));
  // Each step against one bot and then the other, so both meet the same conditions on the machine. Other
  // processes can steal a core from either: a pair disturbed by them is run again (up to three tries) and
  // the least disturbed pair is kept; the table shows how much other load there was.
  let seed = 1;
  for (const members of plan.members) {
    for (const rate of plan.rates) {
      let kept: StepResult[] | undefined;
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        const pair: StepResult[] = [];
        for (const subject of subjects) {
          const result = await runStep(subject.world, subject.bot, { members, rate, seconds: plan.seconds, roundSeconds, awaitReveal: subject.kind === 'quizbot' }, seed++);
          pair.push(result);
          report(subject, result);
        }
        if (!kept || disturbance(pair) < disturbance(kept)) kept = pair;
        if (disturbance(kept) <= DISTURBED) break;
      }
      kept!.forEach((result, index) => subjects[index]!.steps.push(result));
    }
  }
  const runOf = (kind: Kind): BotRun => {
    const subject = subjects.find((candidate) => candidate.kind === kind);
    const errors = subject ? subject.bot.log().split('\n').filter((line) => /"level":(50|60)/.test(line)) : [];
    return { kind, idleRssBytes: subject?.idleRssBytes ?? 0, steps: subject?.steps ?? [], loggedErrors: errors.length, firstError: errors[0] };
  };
  const body = renderLoadSection({ quick, seconds: plan.seconds, roundSeconds, guilds, bare: runOf('bare'), quizbot: runOf('quizbot') });
  if (writes) writeSection('load', 'npm run bench:load', body);
  process.stdout.write(`${body}\n`);
} finally {
  for (const subject of subjects) {
    await subject.bot.stop();
    await subject.world.fake.stop();
  }
  if (profile) process.stderr.write(`CPU profiles kept in ${profileDir}\n`);
  else rmSync(work, { recursive: true, force: true });
}
