/**
 * Fuzzes extract() with the generators of the hostile tests, far longer than the suite does: for use before a
 * release. Every case checks what tests/hostile/check-analysis.ts checks (no throw, schema, spans, ids,
 * references, determinism).
 *
 *   npm run fuzz [-- --cases 100000] [--seed 42] [--size small|large|mixed] [--hang 30] [--out .tmp/fuzz]
 *   npm run fuzz -- --replay .tmp/fuzz/failure-....json
 *
 * Prints progress and a summary; exits non-zero on the first failure, after saving the failing input (as found,
 * and shrunk by fast-check) to a JSON file under --out, with the seed and path that reproduce it. A case that
 * runs longer than --hang seconds is a failure too: a watchdog thread saves it and ends the process.
 */
import fc from 'fast-check';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../src/index.js';
import { hostileText, validOptions } from '../tests/hostile/arbitraries.js';
import { runExtract } from '../tests/hostile/check-analysis.js';

type Case = [string, ExtractOptions | undefined];

interface Failure {
  seed: number;
  path?: string;
  problems: string[];
  text: string;
  options: unknown;
  shrunk?: { text: string; options: unknown; problems: string[] };
}

function flag(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
}

/** Options survive JSON except a Date, saved as {"$date": "..."}. */
const encodeOptions = (o: unknown): unknown =>
  o && typeof o === 'object' && (o as { publishedAt?: unknown }).publishedAt instanceof Date
    ? { ...o, publishedAt: { $date: ((o as { publishedAt: Date }).publishedAt).toISOString() } }
    : o;
const decodeOptions = (o: unknown): ExtractOptions | undefined => {
  const p = (o as { publishedAt?: { $date?: string } } | undefined)?.publishedAt;
  return p && typeof p === 'object' && p.$date ? { ...(o as object), publishedAt: new Date(p.$date) } : (o as ExtractOptions | undefined);
};

function save(dir: string, failure: Failure): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `failure-${new Date().toISOString().replace(/[:.]/g, '-')}-seed${failure.seed}.json`);
  writeFileSync(file, `${JSON.stringify(failure, null, 2)}\n`);
  return file;
}

/**
 * A thread that watches the main one: the main thread bumps a counter and copies each case's text into shared
 * memory before running it; when the counter stands still for `hangMs`, the watchdog saves that text and kills
 * the process (a synchronous extract() that hangs cannot be stopped any other way).
 */
function startWatchdog(hangMs: number, dir: string, seed: number): { before: (text: string) => void; stop: () => void } {
  const maxChars = 4_000_000;
  const control = new Int32Array(new SharedArrayBuffer(8)); // [case counter, text length]
  const chars = new Uint16Array(new SharedArrayBuffer(maxChars * 2));
  const code = `
    const { workerData } = require('node:worker_threads');
    const fs = require('node:fs');
    const path = require('node:path');
    const { control, chars, hangMs, dir, seed } = workerData;
    let last = -1, since = Date.now();
    setInterval(() => {
      const n = Atomics.load(control, 0);
      if (n !== last) { last = n; since = Date.now(); return; }
      if (n === 0 || Date.now() - since < hangMs) return;
      const len = Atomics.load(control, 1);
      let text = '';
      for (let i = 0; i < len; i += 8192) text += String.fromCharCode(...chars.subarray(i, Math.min(len, i + 8192)));
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'hang-' + new Date().toISOString().replace(/[:.]/g, '-') + '-seed' + seed + '.json');
      fs.writeFileSync(file, JSON.stringify({ seed, problems: ['hang: case ' + n + ' ran longer than ' + hangMs + ' ms'], text, options: null }, null, 2));
      // Straight to fd 2: a worker's process.stderr goes through the main thread, which is stuck.
      fs.writeSync(2, '\\nfuzz: case ' + n + ' hangs (over ' + hangMs + ' ms); input saved to ' + file + '\\n');
      process.kill(process.pid, 'SIGKILL');
    }, Math.min(1000, hangMs / 4));
  `;
  const worker = new Worker(code, { eval: true, workerData: { control, chars, hangMs, dir, seed } });
  worker.unref();
  return {
    before: (text: string) => {
      const len = Math.min(text.length, maxChars);
      for (let i = 0; i < len; i++) chars[i] = text.charCodeAt(i);
      Atomics.store(control, 1, len);
      Atomics.add(control, 0, 1);
    },
    stop: () => void worker.terminate(),
  };
}

function replay(file: string): void {
  const f = JSON.parse(readFileSync(file, 'utf8')) as Failure;
  const cases: Array<[string, string, unknown]> = [['as found', f.text, f.options]];
  if (f.shrunk) cases.push(['shrunk', f.shrunk.text, f.shrunk.options]);
  let failed = false;
  for (const [label, text, options] of cases) {
    const t0 = performance.now();
    const { problems } = runExtract(text, decodeOptions(options));
    const ms = performance.now() - t0;
    console.log(`${label}: ${text.length} chars, ${ms.toFixed(0)} ms, ${problems.length === 0 ? 'sound' : 'FAILS'}`);
    for (const p of problems) console.log(`  ${p}`);
    failed ||= problems.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

function main(): void {
  const args = process.argv.slice(2);
  const replayFile = flag(args, '--replay', '');
  if (replayFile) return replay(replayFile);

  const cases = Number(flag(args, '--cases', '25000'));
  const seed = Number(flag(args, '--seed', String(Date.now() % 2 ** 31)));
  const size = flag(args, '--size', 'mixed');
  const hangMs = Number(flag(args, '--hang', '30')) * 1000;
  const out = resolve(flag(args, '--out', '.tmp/fuzz'));
  if (!Number.isInteger(cases) || cases <= 0 || !['small', 'large', 'mixed'].includes(size)) {
    console.error('usage: npm run fuzz -- [--cases N] [--seed S] [--size small|large|mixed] [--hang SECONDS] [--out DIR]');
    process.exit(2);
  }
  const text = size === 'mixed'
    ? fc.oneof({ weight: 4, arbitrary: hostileText('small') }, { weight: 1, arbitrary: hostileText('large') })
    : hostileText(size as 'small' | 'large');
  const arb = fc.tuple(text, validOptions) as fc.Arbitrary<Case>;

  console.log(`fuzz: ${cases} cases, seed ${seed}, sizes ${size}; failures go to ${out}`);
  const watchdog = startWatchdog(hangMs, out, seed);
  const t0 = performance.now();
  let done = 0;
  let chars = 0;
  let slowest = { ms: 0, chars: 0 };
  let firstFailure: Failure | null = null;
  let lastPrint = t0;

  const predicate = ([input, options]: Case): boolean => {
    watchdog.before(input);
    const c0 = performance.now();
    const { problems } = runExtract(input, options);
    const ms = performance.now() - c0;
    if (firstFailure === null) {
      done++;
      chars += input.length;
      if (ms > slowest.ms) slowest = { ms, chars: input.length };
      if (problems.length > 0) {
        firstFailure = { seed, problems, text: input, options: encodeOptions(options) };
        console.log(`\nfuzz: case ${done} fails: ${problems[0]!.split('\n')[0]}; shrinking...`);
      }
      const now = performance.now();
      if (now - lastPrint > 5000 || done === cases) {
        lastPrint = now;
        const s = (now - t0) / 1000;
        console.log(`  ${done}/${cases} cases, ${(done / s).toFixed(0)} cases/s, ${(chars / 1e6).toFixed(1)} M chars, ${s.toFixed(0)} s`);
      }
    }
    return problems.length === 0;
  };

  const details = fc.check(fc.property(arb, predicate), { numRuns: cases, seed, endOnFailure: false });
  watchdog.stop();
  const seconds = (performance.now() - t0) / 1000;

  if (details.failed && firstFailure !== null) {
    const failure = firstFailure as Failure;
    failure.path = details.counterexamplePath ?? undefined;
    if (details.counterexample) {
      const [[t, o]] = details.counterexample; // one arbitrary: a one-element tuple
      failure.shrunk = { text: t, options: encodeOptions(o), problems: runExtract(t, o).problems };
    }
    const file = save(out, failure);
    console.log(`fuzz: FAILED after ${done} cases (${seconds.toFixed(0)} s).`);
    console.log(`  ${(failure.shrunk?.problems ?? failure.problems).slice(0, 3).join('\n  ')}`);
    console.log(`  shrunk input: ${JSON.stringify(failure.shrunk?.text ?? failure.text).slice(0, 300)}`);
    console.log(`  saved to ${file}; replay with: npm run fuzz -- --replay ${file}`);
    console.log(`  reproduce the run with: npm run fuzz -- --cases ${cases} --seed ${seed} --size ${size}`);
    process.exitCode = 1;
    return;
  }
  if (details.failed) {
    console.log(`fuzz: FAILED: ${details.errorInstance ?? 'unknown error'}`);
    process.exitCode = 1;
    return;
  }
  console.log(`fuzz: ${details.numRuns} cases passed in ${seconds.toFixed(0)} s (${(details.numRuns / seconds).toFixed(0)} cases/s), ` +
    `${(chars / 1e6).toFixed(1)} M chars; slowest case ${slowest.ms.toFixed(0)} ms (${slowest.chars} chars); seed ${seed}`);
}

main();
