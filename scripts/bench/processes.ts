/**
 * Measurements that need a fresh process: cold start, peak memory of extract() alone, and the CLI with N workers.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { median } from './measure.js';

/** Wall-clock milliseconds of `node args...`, with stdout and stderr discarded unless asked for. */
function timeNode(args: string[], env: Record<string, string> = {}, stdin: number | 'ignore' = 'ignore', stdout: 'pipe' | 'ignore' = 'pipe'): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: [stdin, stdout, 'pipe'], maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ').slice(0, 200)} failed (${r.status}): ${r.stderr.toString().slice(0, 500)}`);
  return { ms, stdout: r.stdout?.toString() ?? '' };
}

/** Median time of a new process that imports the built package and analyses one article, and of a bare `node`. */
export function coldStart(distIndex: string, articleFile: string, runs = 7): { ms: number; bareMs: number } {
  const code = `import { extract } from ${JSON.stringify(pathToFileURL(distIndex).href)};
import { readFileSync } from 'node:fs';
const a = extract(readFileSync(process.env.WHOSAID_ARTICLE, 'utf8'));
if (a.paragraphs.length === 0) process.exit(3);`;
  const env = { WHOSAID_ARTICLE: articleFile };
  timeNode(['--input-type=module', '-e', code], env);
  const ms = median(Array.from({ length: runs }, () => timeNode(['--input-type=module', '-e', code], env).ms));
  const bareMs = median(Array.from({ length: runs }, () => timeNode(['-e', '0']).ms));
  return { ms, bareMs };
}

/** Peak resident memory (MB) of a new process running extract() over every text in a JSON file of strings. */
export function peakRss(distIndex: string, textsFile: string): number {
  const code = `import { extract } from ${JSON.stringify(pathToFileURL(distIndex).href)};
import { readFileSync } from 'node:fs';
for (const t of JSON.parse(readFileSync(process.env.WHOSAID_TEXTS, 'utf8'))) extract(t);
process.stdout.write(String(process.resourceUsage().maxRSS));`;
  return Number(timeNode(['--input-type=module', '-e', code], { WHOSAID_TEXTS: textsFile }).stdout) / 1024;
}

/** CPU seconds used so far by finished child processes (Linux /proc), or null elsewhere. */
function childCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks / clockTicks() : null;
  } catch {
    return null;
  }
}

let ticksPerSecond = 0;
function clockTicks(): number {
  if (ticksPerSecond === 0) {
    const r = spawnSync('getconf', ['CLK_TCK']);
    ticksPerSecond = Number(r.stdout?.toString().trim()) || 100;
  }
  return ticksPerSecond;
}

export interface CliRun {
  /** Wall-clock seconds, start-up included (the fastest of the runs). */
  seconds: number;
  /** CPU seconds of that run, all threads (null where /proc is missing). */
  cpuSeconds: number | null;
}

/** `whosaid --jsonl --workers N` over a JSONL file, output discarded: the fastest of `runs`. */
export function cliRun(cli: string, jsonlFile: string, workers: number, runs = 2): CliRun {
  let best: CliRun | null = null;
  for (let i = 0; i < runs; i++) {
    const fd = openSync(jsonlFile, 'r');
    try {
      const cpu0 = childCpuSeconds();
      const seconds = timeNode([cli, '--jsonl', '--no-progress', '--workers', String(workers)], {}, fd, 'ignore').ms / 1000;
      const cpu1 = childCpuSeconds();
      const cpuSeconds = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;
      if (!best || seconds < best.seconds) best = { seconds, cpuSeconds };
    } finally {
      closeSync(fd);
    }
  }
  return best as CliRun;
}
