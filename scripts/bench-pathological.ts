/**
 * Throughput of extract() on each pathological input of issue 7 next to ordinary news text of the same size
 * (Wikinews concatenated from ../shared, or corpus/ when ../shared is absent). Target: every input at no less
 * than a fifth of ordinary text's throughput. out/in is the size of the result as JSON over the input's.
 *
 *   npm run bench:hostile [-- --timeout 120] [--repeat 2] [--only "base64"] [--scale 0.5]
 *
 * Each run is a child process (tests/hostile/pathological-runner.ts) killed after --timeout seconds, so one
 * input that hangs is reported as such and the rest still run. --scale multiplies every size.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MB, PATHOLOGICAL, ordinarySource } from '../tests/hostile/pathological-inputs.js';
import type { RunnerLine } from '../tests/hostile/pathological-runner.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNNER = join(ROOT, 'tests/hostile/pathological-runner.ts');
const TARGET = 0.2;

function flag(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
}

function measure(name: string, size: number, repeat: number, timeoutS: number): RunnerLine | string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', RUNNER, name, String(size), '--repeat', String(repeat)],
    { cwd: ROOT, encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 16 * MB });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return `killed after ${timeoutS} s`;
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  if (r.status !== 0 || !line) return `failed (exit ${r.status ?? r.signal}) ${r.stderr.trim().split('\n').pop() ?? ''}`;
  return JSON.parse(line) as RunnerLine;
}

const mbps = (l: RunnerLine): number => l.size / MB / (l.ms / 1000);
const fmtSize = (n: number): string => (n >= MB ? `${(n / MB).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`);

function main(): void {
  const args = process.argv.slice(2);
  const timeoutS = Number(flag(args, '--timeout', '120'));
  const repeat = Number(flag(args, '--repeat', '1'));
  const scale = Number(flag(args, '--scale', '1'));
  const only = flag(args, '--only', '').toLowerCase();
  const inputs = PATHOLOGICAL.filter((p) => p.name.toLowerCase().includes(only));

  console.log(`ordinary text: ${ordinarySource().source}; best of ${repeat}; each run killed after ${timeoutS} s`);
  console.log(`${'input'.padEnd(34)} ${'size'.padStart(8)} ${'MB/s'.padStart(8)} ${'ordinary'.padStart(9)} ${'ratio'.padStart(6)} ` +
    `${'out/in'.padStart(7)}  verdict`);
  const ordinary = new Map<number, RunnerLine | string>();
  let failures = 0;
  for (const p of inputs) {
    const size = Math.max(1, Math.round(p.size * scale));
    if (!ordinary.has(size)) ordinary.set(size, measure('ordinary', size, repeat, timeoutS));
    const base = ordinary.get(size)!;
    const got = measure(p.name, size, repeat, timeoutS);
    const baseCol = typeof base === 'string' ? base : mbps(base).toFixed(2);
    if (typeof got === 'string') {
      failures++;
      console.log(`${p.name.padEnd(34)} ${fmtSize(size).padStart(8)} ${'-'.padStart(8)} ${baseCol.padStart(9)} ${'-'.padStart(6)} ` +
        `${'-'.padStart(7)}  ${got}`);
      continue;
    }
    const ratio = typeof base === 'string' ? NaN : mbps(got) / mbps(base);
    const ok = Number.isNaN(ratio) || ratio >= TARGET;
    if (!ok) failures++;
    const out = got.outChars < 0 ? 'too big' : (got.outChars / got.size).toFixed(1);
    console.log(`${p.name.padEnd(34)} ${fmtSize(got.size).padStart(8)} ${mbps(got).toFixed(2).padStart(8)} ` +
      `${baseCol.padStart(9)} ${(Number.isNaN(ratio) ? '-' : ratio.toFixed(2)).padStart(6)} ${out.padStart(7)}  ` +
      `${ok ? 'ok' : `below ${TARGET}`}`);
  }
  console.log(`${inputs.length - failures} of ${inputs.length} inputs at or above ${TARGET}x ordinary throughput`);
  process.exitCode = failures > 0 ? 1 : 0;
}

main();
