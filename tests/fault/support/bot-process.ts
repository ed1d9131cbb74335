import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
const BARE_BOT = join(ROOT, 'bench/support/load-bare-bot.ts');
export const READY_MESSAGE = 'connected to Discord and ready';

export interface BotProcessOptions {
  /** `quizbot`: the real `quizbot start`; `bare`: the constant-reply discord.js baseline of bench:load. */
  kind?: 'quizbot' | 'bare';
  token: string;
  apiUrl: string;
  storeUrl?: string;
  logLevel?: string;
  /** Extra arguments for node itself, e.g. `--cpu-prof`. */
  nodeArgs?: readonly string[];
  /** Where stderr (the JSON log) goes; default a file in a fresh temporary folder. */
  logFile?: string;
  /** The checkout whose `bin/quizbot.js` runs (to measure an older version); default this one. */
  root?: string;
}

export interface BotProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly logFile: string;
  /** Everything logged so far. */
  log(): string;
  /** Resolves once a log line with this `msg` appears; rejects if the process exits first. */
  logged(msg: string, timeoutMs?: number): Promise<void>;
  /** Resident set size in bytes (from /proc), or undefined once the process is gone. */
  rssBytes(): number | undefined;
  /** User + system CPU seconds used so far (from /proc). */
  cpuSeconds(): number | undefined;
  /** SIGTERM and wait for the exit (the bot finishes interactions in flight and closes its store). */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL and wait for the exit: nothing gets a chance to flush. */
  kill(): Promise<void>;
}

/**
 * Runs the bot as a real, separate process against a fake Discord, its log in a file (reading a pipe would
 * cost the test process CPU under load). Linux only for the /proc figures.
 */
export function startBotProcess(options: BotProcessOptions): BotProcess {
  const kind = options.kind ?? 'quizbot';
  // An empty working directory, so a developer's .env cannot leak into the run.
  const cwd = mkdtempSync(join(tmpdir(), 'quizbot-proc-'));
  const logFile = options.logFile ?? join(cwd, 'bot.log');
  const fd = openSync(logFile, 'a');
  // tsx is resolved here: the child runs in an empty folder where a bare `--import tsx` would not be found.
  const script = kind === 'quizbot' ? [join(options.root ?? ROOT, 'bin/quizbot.js'), 'start'] : ['--import', import.meta.resolve('tsx'), BARE_BOT];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...script], {
    cwd,
    stdio: ['ignore', 'ignore', fd],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DISCORD_TOKEN: options.token,
      DISCORD_API_URL: options.apiUrl,
      LOG_LEVEL: options.logLevel ?? 'info',
      ...(options.storeUrl ? { STORE_URL: options.storeUrl } : {}),
    },
  });
  closeSync(fd);
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let gone = false;
  void exited.then(() => (gone = true));

  const log = () => readFileSync(logFile, 'utf8');
  const proc = (file: string) => {
    if (gone) return undefined;
    try {
      return readFileSync(`/proc/${child.pid}/${file}`, 'utf8');
    } catch {
      return undefined;
    }
  };

  return {
    child,
    pid: child.pid!,
    logFile,
    log,
    async logged(msg, timeoutMs = 30_000) {
      const needle = `"msg":"${msg}"`;
      const deadline = Date.now() + timeoutMs;
      while (!log().includes(needle)) {
        if (gone) throw new Error(`the bot exited before logging "${msg}":\n${log().slice(-4000)}`);
        if (Date.now() > deadline) throw new Error(`the bot did not log "${msg}" within ${timeoutMs} ms:\n${log().slice(-4000)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    rssBytes() {
      const match = /VmRSS:\s+(\d+) kB/.exec(proc('status') ?? '');
      return match ? Number(match[1]) * 1024 : undefined;
    },
    cpuSeconds() {
      // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name) are utime and stime in clock ticks.
      const stat = proc('stat');
      if (!stat) return undefined;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    async stop() {
      if (!gone) child.kill('SIGTERM');
      const [code, signal] = await exited;
      return { code, signal };
    },
    async kill() {
      if (!gone) child.kill('SIGKILL');
      await exited;
    },
  };
}
