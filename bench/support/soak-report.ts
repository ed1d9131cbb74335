export interface MemorySample {
  /** Seconds since the load started. */
  t: number;
  botRssBytes: number;
  /** This process (the fake Discord and the driver), to tell its growth from the bot's. */
  fakeHeapBytes: number;
  /** Clicks answered since the previous sample. */
  answered: number;
}

export interface Fit {
  /** Bytes per minute. */
  slope: number;
  /** Half-width of the slope's 95 % confidence interval, bytes per minute. */
  slope95: number;
  intercept: number;
  r2: number;
}

/** Least-squares line through (minutes, bytes), with the slope's 95 % interval (normal approximation). */
export function linearFit(points: ReadonlyArray<{ minutes: number; bytes: number }>): Fit {
  const n = points.length;
  const meanX = points.reduce((sum, point) => sum + point.minutes, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.bytes, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const { minutes, bytes } of points) {
    sxx += (minutes - meanX) ** 2;
    sxy += (minutes - meanX) * (bytes - meanY);
    syy += (bytes - meanY) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residual = points.reduce((sum, point) => sum + (point.bytes - (intercept + slope * point.minutes)) ** 2, 0);
  const slopeError = Math.sqrt(residual / Math.max(1, n - 2) / sxx);
  return { slope, slope95: 1.96 * slopeError, intercept, r2: syy === 0 ? 0 : 1 - residual / syy };
}

const mib = (bytes: number) => bytes / 2 ** 20;

/** A plain-text chart of one series: time across, MiB up. */
export function asciiChart(samples: readonly MemorySample[], pick: (sample: MemorySample) => number, height = 12): string {
  const values = samples.map((sample) => mib(pick(sample)));
  const low = Math.floor(Math.min(...values) / 10) * 10;
  const high = Math.max(low + 10, Math.ceil(Math.max(...values) / 10) * 10);
  const rows: string[] = [];
  for (let row = height - 1; row >= 0; row -= 1) {
    const top = low + ((row + 1) * (high - low)) / height;
    const bottom = low + (row * (high - low)) / height;
    const label = row === height - 1 ? `${high} MiB` : row === 0 ? `${low} MiB` : '';
    const cells = values.map((value) => (value >= bottom && (value < top || row === height - 1) ? '●' : value >= top ? '│' : ' ')).join('');
    rows.push(`${label.padStart(8)} ┤${cells}`);
  }
  const minutes = samples.at(-1)?.t ?? 0;
  rows.push(`${''.padStart(8)} └${'─'.repeat(values.length)}`);
  rows.push(`${''.padStart(10)}0 s${' '.repeat(Math.max(1, values.length - 9))}${Math.round(minutes)} s`);
  return rows.join('\n');
}

export interface SoakSummary {
  minutes: number;
  rate: number;
  members: number;
  warmupSeconds: number;
  samples: MemorySample[];
  bot: Fit;
  fake: Fit;
  steps: Array<{ t: number; p50: number; p99: number; throughput: number; problems: number }>;
}

/** A growth trend when the slope's 95 % interval lies wholly above zero; otherwise none can be told from noise. */
export function growthVerdict(fit: Fit): string {
  const perMinute = mib(fit.slope);
  const interval = `95 % interval ${mib(fit.slope - fit.slope95).toFixed(2)} to ${mib(fit.slope + fit.slope95).toFixed(2)}, R² ${fit.r2.toFixed(2)}`;
  if (fit.slope - fit.slope95 > 0) return `growing: ${perMinute.toFixed(2)} MiB/min, about ${Math.round(perMinute * 60)} MiB an hour (${interval})`;
  return `no growth trend: ${perMinute.toFixed(2)} MiB/min (${interval})`;
}

export function renderSoakPage(summary: SoakSummary, command: string, machine: string): string {
  const { samples } = summary;
  const lines = [
    '# Soak run',
    '',
    `_Command: \`${command}\` · machine: ${machine} · run ${new Date().toISOString().slice(0, 10)}_`,
    '',
    `${summary.minutes} minutes of ${summary.rate} answer clicks per second from ${summary.members.toLocaleString('en-US')} members into the real bot`,
    '(`quizbot start` in its own process, SQLite store) through the fake Discord, rounds running back to back',
    `and revealed while the next ones take answers. Memory sampled every 10 s; the fit leaves out the first ${summary.warmupSeconds} s (warm-up).`,
    '',
    `**Bot RSS: ${growthVerdict(summary.bot)}.** Fake Discord heap (this process): ${growthVerdict(summary.fake)}.`,
    '',
    '```',
    'bot RSS',
    asciiChart(samples, (sample) => sample.botRssBytes),
    '```',
    '',
    '| t | bot RSS | fake heap | clicks answered in the last 10 s |',
    '| --- | --- | --- | --- |',
    ...samples.map((sample) => `| ${Math.round(sample.t)} s | ${mib(sample.botRssBytes).toFixed(1)} MiB | ${mib(sample.fakeHeapBytes).toFixed(1)} MiB | ${sample.answered.toLocaleString('en-US')} |`),
    '',
    'Latency and throughput per load step along the way:',
    '',
    '| step start | p50 | p99 | clicks/s answered | problems |',
    '| --- | --- | --- | --- | --- |',
    ...summary.steps.map((step) => `| ${Math.round(step.t)} s | ${step.p50.toFixed(2)} ms | ${step.p99.toFixed(2)} ms | ${Math.round(step.throughput)} | ${step.problems} |`),
  ];
  return `${lines.join('\n')}\n`;
}

export function renderSoakSection(summary: SoakSummary): string {
  const rss = summary.samples.map((sample) => mib(sample.botRssBytes));
  const p99s = summary.steps.map((step) => step.p99).sort((a, b) => a - b);
  const problems = summary.steps.reduce((sum, step) => sum + step.problems, 0);
  return [
    `${summary.minutes} minutes at ${summary.rate} clicks/s from ${summary.members.toLocaleString('en-US')} members, bot memory sampled every 10 s (curve and table: docs/soak.md).`,
    '',
    '| what | figure |',
    '| --- | --- |',
    `| bot RSS, first / last / max sample | ${rss[0]?.toFixed(0)} / ${rss.at(-1)?.toFixed(0)} / ${Math.max(...rss).toFixed(0)} MiB |`,
    `| bot RSS trend after ${summary.warmupSeconds} s warm-up (least squares) | ${growthVerdict(summary.bot)} |`,
    `| per-step p99 latency, median / worst | ${p99s[Math.floor(p99s.length / 2)]?.toFixed(1)} / ${p99s.at(-1)?.toFixed(1)} ms |`,
    `| clicks not answered with "locked in" | ${problems} |`,
  ].join('\n');
}
