import type { StepResult } from './load-driver.ts';

export interface BotRun {
  kind: 'bare' | 'quizbot';
  idleRssBytes: number;
  steps: StepResult[];
  /** Error and fatal lines in the bot's log over the whole run. */
  loggedErrors: number;
  firstError: string | undefined;
}

/**
 * What moved the figures, measured with this benchmark before and after each change (same machine).
 * Kept here so the section is regenerated with it.
 */
export const CHANGES: readonly string[] = [];

const ms = (value: number) => (Number.isNaN(value) ? '—' : value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`);
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
/** Clicks not answered with "locked in" (a click may show up under several problems, so they are not summed). */
const problemsOf = (step: StepResult) => step.dispatched - step.lockedIn + (step.rate * step.seconds - step.dispatched);

function verdict(quizbot: StepResult, bare: StepResult | undefined): string {
  const sustained = quizbot.throughput >= quizbot.rate * 0.97 && problemsOf(quizbot) === 0;
  const fast = quizbot.latency.p99 < 50;
  const close = bare ? quizbot.latency.p99 <= bare.latency.p99 * 1.5 : false;
  return [sustained ? 'sustained' : 'NOT sustained', fast ? 'p99 < 50 ms' : 'p99 ≥ 50 ms', close ? '≤ 1.5×' : '> 1.5×'].join(', ');
}

export function renderLoadSection(input: { quick: boolean; seconds: number; roundSeconds: number; guilds: number; bare: BotRun; quizbot: BotRun }): string {
  const { bare, quizbot } = input;
  const lines: string[] = [];
  lines.push(
    `Answer clicks dispatched through the fake Discord's gateway (one process, with the load driver) to a bot in`,
    `another process; latency is from the gateway dispatch to the interaction callback's arrival at the fake.`,
    `quizbot is the real \`quizbot start\` (discord.js client, services, SQLite with WAL and synchronous=FULL, pino`,
    `logging at info to a file); the baseline is a bare discord.js client replying with a constant ephemeral message.`,
    `Each step clicks for ${input.seconds} s, spread over just enough /quiz rounds (${input.roundSeconds} s timers, in up to`,
    `${input.guilds * 5} channels of ${input.guilds} servers) that each member answers each round once; quizbot's rounds are revealed`,
    `(scored, message edited) between steps. Each step runs against bare and then quizbot, so both meet the same`,
    `conditions. CPU is the share of one core the bot used while clicks flowed; "other load" is what every other`,
    `process on the machine used meanwhile (the fake and driver excluded): a pair of steps disturbed by more than 25 %`,
    `of a core was run again, up to three times, and the least disturbed pair kept.`,
    `Targets (SPEC §7): 500 clicks/s sustained, p99 < 50 ms, within 1.5× of bare.`,
    '',
    '| members | clicks/s | bare p50 / p99 | quizbot p50 / p99 | p99 ratio | quizbot throughput | errors | quizbot CPU (bare) | quizbot RSS (bare) | other load | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const step of quizbot.steps) {
    const base = bare.steps.find((candidate) => candidate.members === step.members && candidate.rate === step.rate);
    const ratio = base ? step.latency.p99 / base.latency.p99 : Number.NaN;
    lines.push(
      `| ${thousands(step.members)} | ${thousands(step.rate)} | ${base ? `${ms(base.latency.p50)} / ${ms(base.latency.p99)}` : '—'} | ${ms(step.latency.p50)} / ${ms(step.latency.p99)} | ` +
        `${Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)}×`} | ${thousands(step.throughput)}/s | ${problemsOf(step)} of ${thousands(step.dispatched)} | ` +
        `${Math.round(step.botCpu * 100)} % (${base ? `${Math.round(base.botCpu * 100)} %` : '—'}) | ${mib(step.rss.maxBytes)} (${base ? mib(base.rss.maxBytes) : '—'}) | ` +
        `${Math.round(Math.max(step.othersCpu, base?.othersCpu ?? 0) * 100)} % | ${verdict(step, base)} |`,
    );
  }
  const reveal = quizbot.steps.map((step) => step.revealLagMs ?? 0);
  lines.push(
    '',
    `Idle RSS after start-up: quizbot ${mib(quizbot.idleRssBytes)}, bare ${mib(bare.idleRssBytes)}. Slowest round reveal after its deadline: ${ms(Math.max(...reveal))}.`,
    `Error lines in quizbot's log over the whole run, repeated steps included: ${quizbot.loggedErrors}` +
      `${quizbot.firstError ? ` (first: \`${quizbot.firstError.slice(0, 160)}\`)` : ''}.`,
  );
  const problems = [...quizbot.steps, ...bare.steps].flatMap((step) => Object.entries(step.problems).map(([what, count]) => `${count} × ${what}`));
  if (problems.length > 0) lines.push('', `Problems seen: ${problems.join('; ')}.`);
  if (CHANGES.length > 0) lines.push('', 'What we changed (before → after, measured with this benchmark):', '', ...CHANGES.map((change) => `- ${change}`));
  if (input.quick) lines.push('', '_Quick mode: fewer steps, shorter; not written to docs/benchmarks.md._');
  return lines.join('\n');
}
