import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { APIUser } from 'discord-api-types/v10';
import { buttonsOf, FakeDiscord, type MessageRecord } from '../../tests/support/fake-discord/index.ts';

/** What the driver measures a bot process with (see tests/fault/support/bot-process.ts). */
export interface MeasuredProcess {
  rssBytes(): number | undefined;
  cpuSeconds(): number | undefined;
}

export interface LoadWorld {
  fake: FakeDiscord;
  /** Every simulated member; a step with N members uses the first N. */
  users: APIUser[];
  /** Where rounds can run: every text channel of every server (one round per channel at a time). */
  slots: Array<{ guildId: string; channelId: string }>;
}

/**
 * A fake Discord sized for load: `guilds` servers of five channels each (five rounds per server is the
 * default quota), payload limit checks and request recording off, and retention high enough that a round
 * message is never forgotten while its buttons are still being clicked.
 */
export async function createLoadWorld(options: { guilds: number; users: number; retained?: number }): Promise<LoadWorld> {
  const fake = new FakeDiscord({
    validation: 'off',
    maxRecordedRequests: 0,
    maxRetained: options.retained ?? 200_000,
    guilds: Array.from({ length: options.guilds }, (_, index) => ({
      name: `Load Server ${index + 1}`,
      channels: Array.from({ length: 5 }, (_, channel) => ({ name: `quiz-${channel + 1}` })),
    })),
  });
  await fake.start();
  const users = Array.from({ length: options.users }, (_, index) => fake.createUser(`member${index}`));
  const slots = fake.guilds.flatMap((guild) => guild.channels.map((channel) => ({ guildId: guild.id, channelId: channel.id })));
  return { fake, users, slots };
}

export interface StepSpec {
  members: number;
  /** Clicks per second. */
  rate: number;
  /** How long clicks are sent for. */
  seconds: number;
  /** The round timer given to /quiz; must outlast the clicking. */
  roundSeconds: number;
  /** Whether to wait for every round's reveal (the message edit) before returning. */
  awaitReveal: boolean;
  /** The first channel slot to use (back-to-back steps alternate, so rounds can end during the next step). */
  firstSlot?: number;
}

export interface StepResult extends StepSpec {
  rounds: number;
  dispatched: number;
  /** Clicks answered with an ephemeral "locked in". */
  lockedIn: number;
  /** Every other outcome, by a short description (no callback, a REST error, another reply). */
  problems: Record<string, number>;
  latency: { p50: number; p99: number; max: number };
  /** Clicks dispatched per second, as the driver managed it. */
  dispatchRate: number;
  /** Callbacks per second from the first dispatch to the last callback. */
  throughput: number;
  rss: { maxBytes: number; endBytes: number };
  /** Share of one core the bot process used while clicks were flowing. */
  botCpu: number;
  /** The same for this process (the fake Discord and the driver). */
  fakeCpu: number;
  /** Cores' worth of CPU used by everything else on the machine meanwhile (other processes skew figures). */
  othersCpu: number;
  /** How long after its deadline the last round of the step was revealed (when awaited). */
  revealLagMs: number | undefined;
  /** The worst latency of the clicks dispatched in each quarter second of the step, to tell a spike from a backlog. */
  worstByQuarter: number[];
}

interface Round {
  message: MessageRecord;
  customIds: string[];
  offset: number;
  deadline: number;
}

const LOCKED_IN = /locked in/i;
const CLICK_GRACE_MS = 10_000;

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

/** CPU seconds the whole machine has spent busy (all cores), from /proc/stat. */
function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return (fields.reduce((sum, value) => sum + value, 0) - idle) / 100;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A deterministic shuffle (members answer in a different order each run of the same step). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** Starts one round per slot with /quiz and returns the posted messages with their answer buttons. */
async function openRounds(world: LoadWorld, count: number, spec: StepSpec, seed: number): Promise<Round[]> {
  const first = spec.firstSlot ?? 0;
  if (first + count > world.slots.length) throw new Error(`the step needs ${count} rounds from channel ${first} but the world has ${world.slots.length} channels`);
  const handles = world.slots.slice(first, first + count).map((slot, index) =>
    world.fake.dispatchCommand({ name: 'quiz', options: { seconds: spec.roundSeconds }, user: world.users[index % spec.members]!, ...slot }),
  );
  return Promise.all(
    handles.map(async (handle, index) => {
      const message = await handle.reply();
      const customIds = buttonsOf(message.api).flatMap((button) => (button.custom_id && !button.disabled ? [button.custom_id] : []));
      if (customIds.length === 0) throw new Error(`/quiz answered without answer buttons: ${JSON.stringify(message.api.content || message.api.embeds)}`);
      return { message, customIds, offset: (seed * 7919 + index * 104_729) % spec.members, deadline: Date.now() + spec.roundSeconds * 1000 };
    }),
  );
}

/**
 * One load step: opens just enough rounds that each member answers each round at most once, then clicks
 * answer buttons at `rate` (spread over the rounds, each member in a shuffled order), and measures from the
 * gateway dispatch to the callback's arrival at the fake, for every click.
 */
export async function runStep(world: LoadWorld, bot: MeasuredProcess, spec: StepSpec, seed = 1): Promise<StepResult> {
  const total = Math.round(spec.rate * spec.seconds);
  const roundCount = Math.ceil(total / spec.members);
  const rounds = await openRounds(world, roundCount, spec, seed);
  const members = shuffled(world.users.slice(0, spec.members), seed);

  const pending = new Map<string, true>();
  const latencies: number[] = [];
  const worstByQuarter: number[] = [];
  let started = Number.POSITIVE_INFINITY;
  const problems: Record<string, number> = {};
  const count = (what: string) => (problems[what] = (problems[what] ?? 0) + 1);
  let lockedIn = 0;
  let lastCallbackHr = 0;
  const stopListening = world.fake.onCallback(({ interaction, callback }) => {
    if (!pending.delete(interaction.id)) return;
    lastCallbackHr = callback.hrTime;
    latencies.push(callback.latencyMs);
    const quarter = Math.max(0, Math.floor((interaction.dispatchedAtHr - started) / 250));
    worstByQuarter[quarter] = Math.max(worstByQuarter[quarter] ?? 0, callback.latencyMs);
    const data = callback.data as { content?: string; flags?: number } | null;
    if (callback.type === 4 && LOCKED_IN.test(data?.content ?? '') && ((data?.flags ?? 0) & 64) !== 0) lockedIn += 1;
    else count(`callback type ${callback.type}: ${(data?.content ?? '').slice(0, 80) || '(no content)'}`);
  });

  let rssMax = 0;
  const sampleRss = () => (rssMax = Math.max(rssMax, bot.rssBytes() ?? 0));
  const sampler = setInterval(sampleRss, 250);
  const cpuBefore = bot.cpuSeconds() ?? 0;
  const ownBefore = process.cpuUsage();
  const machineBefore = machineBusySeconds();
  started = performance.now();
  const handles: Array<{ id: string; errors: unknown[] }> = [];
  let sent = 0;
  try {
    while (sent < total) {
      const due = Math.min(total, Math.floor(((performance.now() - started) * spec.rate) / 1000) + 1);
      for (; sent < due; sent += 1) {
        const round = rounds[sent % roundCount]!;
        const member = members[(Math.floor(sent / roundCount) + round.offset) % spec.members]!;
        const customId = round.customIds[(sent * 31 + round.offset) % round.customIds.length]!;
        try {
          const handle = world.fake.dispatchButton({ message: round.message, customId, user: member });
          pending.set(handle.id, true);
          handles.push(handle.record);
        } catch (error) {
          count(`not dispatched: ${(error as Error).message.slice(0, 80)}`);
        }
      }
      await sleep(2);
    }
    const dispatchedIn = performance.now() - started;
    const cpuAfterClicks = bot.cpuSeconds() ?? cpuBefore;
    const own = process.cpuUsage(ownBefore);
    const machine = machineBusySeconds() - machineBefore;
    const cpuWall = dispatchedIn;
    const waitUntil = performance.now() + CLICK_GRACE_MS;
    while (pending.size > 0 && performance.now() < waitUntil) await sleep(20);
    for (const handle of handles) {
      for (const error of handle.errors as Array<{ code: number; message: string }>) count(`REST error ${error.code}: ${error.message.slice(0, 60)}`);
    }
    if (pending.size > 0) problems['no callback within 10 s'] = pending.size;
    sampleRss();
    const endRss = bot.rssBytes() ?? 0;
    const revealLagMs = spec.awaitReveal ? await awaitReveals(rounds) : undefined;
    latencies.sort((a, b) => a - b);
    return {
      ...spec,
      rounds: roundCount,
      dispatched: handles.length,
      lockedIn,
      problems,
      latency: { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies.at(-1) ?? Number.NaN },
      dispatchRate: (handles.length / dispatchedIn) * 1000,
      throughput: latencies.length / ((Math.max(lastCallbackHr, started + 1) - started) / 1000),
      rss: { maxBytes: rssMax, endBytes: endRss },
      botCpu: (cpuAfterClicks - cpuBefore) / (cpuWall / 1000),
      fakeCpu: (own.user + own.system) / 1000 / cpuWall,
      othersCpu: Math.max(0, machine - (cpuAfterClicks - cpuBefore) - (own.user + own.system) / 1e6) / (cpuWall / 1000),
      revealLagMs,
      worstByQuarter: Array.from(worstByQuarter, (value) => Math.round(value ?? 0)),
    };
  } finally {
    clearInterval(sampler);
    stopListening();
  }
}

/** Waits until every round message has been edited (revealed); returns how late the last one was. */
async function awaitReveals(rounds: Round[]): Promise<number> {
  const latest = Math.max(...rounds.map((round) => round.deadline));
  const giveUp = latest + 120_000;
  while (rounds.some((round) => round.message.edits === 0)) {
    if (Date.now() > giveUp) throw new Error(`${rounds.filter((round) => round.message.edits === 0).length} round(s) were not revealed 120 s after their deadline`);
    await sleep(50);
  }
  return Math.max(...rounds.map((round) => Date.parse(round.message.api.edited_timestamp ?? '') - round.deadline));
}
