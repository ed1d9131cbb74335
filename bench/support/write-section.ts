import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const BENCHMARKS_FILE = join(import.meta.dirname, '../../docs/benchmarks.md');
const HEADER = '# Benchmarks\n\nEach section is written by its benchmark script; rerun the command shown to refresh it.\n';

/** One line naming the machine, so figures are never read without their context. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

/**
 * Replaces (or appends) the section of docs/benchmarks.md between this benchmark's markers,
 * leaving every other benchmark's figures untouched.
 */
export function writeSection(name: string, command: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const stamp = new Date().toISOString().slice(0, 10);
  const section = `${start}\n_Command: \`${command}\` · machine: ${describeMachine()} · run ${stamp}_\n\n${body.trim()}\n${end}`;
  const current = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : HEADER;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from !== -1 && to > from
      ? current.slice(0, from) + section + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(BENCHMARKS_FILE, next);
}
