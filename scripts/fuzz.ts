/**
 * Fuzzes extract() with the generators of the hostile tests, far longer than the suite does: for use before a
 * release. Every case checks what tests/hostile/check-analysis.ts checks (no throw, schema, spans, ids,
 * references, determinism), and the run watches for hangs and crashes (out of memory) too.
 *
 *   npm run fuzz [-- --cases 100000] [--seed 42] [--size small|large|mixed] [--hang 30] [--out .tmp/fuzz]
 *                [--seconds S] [--shrink-seconds 60] [--keep-going] [--json]
 *   npm run fuzz -- --replay .tmp/fuzz/failure-....json
 *
 * --seconds stops the run after S seconds (a pass, if nothing failed); --json ends the output with one line
 * "FUZZ-RESULT {json}" for tests/hostile to read. --keep-going does not stop (nor shrink) at a failure: it saves
 * the first case of each kind of failure, counts the rest, and lists the kinds at the end (exit 1 if any).
 *
 * Prints progress and a summary; exits non-zero on the first failure, after saving the failing input (as found,
 * and shrunk by fast-check) to a JSON file under --out, with the seed and path that reproduce it. A case that
 * runs longer than --hang seconds, or kills the process, is saved as a failure too (see supervise()).
 */
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

function save(dir: string, failure: Failure, kind = 'failure'): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${kind}-${new Date().toISOString().replace(/[:.]/g, '-')}-seed${failure.seed}.json`);
  writeFileSync(file, `${JSON.stringify(failure, null, 2)}\n`);
  return file;
}

/**
 * The fuzzing runs in a child process that writes each case to `current` before running it. The parent watches:
 * when the child dies (out of memory, a crash) or the file stands unchanged for `hangMs` (a hang; the child is
 * killed then), the case in that file is the culprit, and the parent saves it as a failure.
 */
function supervise(args: string[], hangMs: number, dir: string, seed: number, json: boolean): void {
  mkdirSync(dir, { recursive: true });
  const current = join(dir, `current-${process.pid}.json`);
  rmSync(current, { force: true });
  const child = spawn(process.execPath, ['--max-old-space-size=2048', '--import', 'tsx', fileURLToPath(import.meta.url),
    ...args, '--seed', String(seed), '--child', current], { stdio: 'inherit' });
  let hung = false;
  const timer = setInterval(() => {
    let changed = 0;
    try {
      changed = statSync(current).mtimeMs;
    } catch {
      return;
    }
    if (Date.now() - changed > hangMs) {
      hung = true;
      child.kill('SIGKILL');
    }
  }, Math.min(1000, hangMs / 4));
  child.on('exit', (code, signal) => {
    clearInterval(timer);
    if (code === 0 || code === 1 && !hung) {
      rmSync(current, { force: true });
      process.exitCode = code;
      return;
    }
    const why = hung ? `hang: ran longer than ${hangMs} ms` : `crash: the process died (${signal ?? `exit ${code}`})`;
    let saved = '';
    try {
      const c = JSON.parse(readFileSync(current, 'utf8')) as { text: string; options: unknown; index: number };
      saved = save(dir, { seed, problems: [`${why} on case ${c.index}`], text: c.text, options: c.options }, hung ? 'hang' : 'crash');
      rmSync(current, { force: true });
    } catch {
      saved = '(no case recorded)';
    }
    console.log(`fuzz: FAILED: ${why}; input saved to ${saved}`);
    console.log(`  replay with: npm run fuzz -- --replay ${saved}`);
    if (json) result({ ok: false, cases: null, problems: [why], file: saved });
    process.exitCode = 1;
  });
}

interface Result {
  ok: boolean;
  /** Cases run before the first failure (all of them on a pass); null when the process died. */
  cases: number | null;
  problems: string[];
  file: string | null;
  /** The failing input, shrunk when it could be. */
  text?: string;
}

function result(r: Result): void {
  console.log(`FUZZ-RESULT ${JSON.stringify(r)}`);
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
  const seconds = Number(flag(args, '--seconds', '0'));
  const json = args.includes('--json');
  if (!Number.isInteger(cases) || cases <= 0 || !['small', 'large', 'mixed'].includes(size)) {
    console.error('usage: npm run fuzz -- [--cases N] [--seed S] [--size small|large|mixed] [--hang SECONDS] [--out DIR]');
    process.exit(2);
  }
  const text = size === 'mixed'
    ? fc.oneof({ weight: 4, arbitrary: hostileText('small') }, { weight: 1, arbitrary: hostileText('large') })
    : hostileText(size as 'small' | 'large');
  const arb = fc.tuple(text, validOptions) as fc.Arbitrary<Case>;

  const current = flag(args, '--child', '');
  if (!current) {
    console.log(`fuzz: ${cases} cases, seed ${seed}, sizes ${size}; failures go to ${out}`);
    return supervise(args, hangMs, out, seed, json);
  }
  const t0 = performance.now();
  let done = 0;
  let chars = 0;
  let slowest = { ms: 0, chars: 0 };
  let firstFailure: Failure | null = null;
  let lastPrint = t0;
  // Shrinking a slow property can take long: past this budget every further candidate "passes", which ends it.
  const shrinkRuns = 2000;
  const shrinkMs = Number(flag(args, '--shrink-seconds', '60')) * 1000;
  let shrinkStart = 0;
  let shrinkCount = 0;

  // --keep-going: a failing case is saved (first of its kind only) and counted, and the run goes on.
  const keepGoing = args.includes('--keep-going');
  const kinds = new Map<string, { count: number; file: string; problem: string }>();

  const predicate = ([input, options]: Case): boolean => {
    if (firstFailure !== null && (++shrinkCount > shrinkRuns || performance.now() - shrinkStart > shrinkMs)) return true;
    writeFileSync(current, JSON.stringify({ index: done + 1, text: input, options: encodeOptions(options) }));
    const c0 = performance.now();
    const { problems } = runExtract(input, options);
    const ms = performance.now() - c0;
    if (firstFailure === null) {
      done++;
      chars += input.length;
      if (ms > slowest.ms) slowest = { ms, chars: input.length };
      if (problems.length > 0 && keepGoing) {
        const problem = problems[0]!.split('\n')[0]!;
        const kind = problem.replace(/\d+/g, 'N');
        const seen = kinds.get(kind);
        if (seen) seen.count++;
        else {
          const file = save(out, { seed, problems, text: input, options: encodeOptions(options) });
          kinds.set(kind, { count: 1, file, problem });
          console.log(`\nfuzz: case ${done} fails: ${problem}; saved to ${file}; going on`);
        }
      } else if (problems.length > 0) {
        firstFailure = { seed, problems, text: input, options: encodeOptions(options) };
        shrinkStart = performance.now();
        console.log(`\nfuzz: case ${done} fails: ${problems[0]!.split('\n')[0]}; shrinking...`);
      }
      const now = performance.now();
      if (now - lastPrint > 5000 || done === cases) {
        lastPrint = now;
        const s = (now - t0) / 1000;
        console.log(`  ${done}/${cases} cases, ${(done / s).toFixed(0)} cases/s, ${(chars / 1e6).toFixed(1)} M chars, ${s.toFixed(0)} s`);
      }
    }
    return keepGoing || problems.length === 0;
  };

  const details = fc.check(fc.property(arb, predicate), {
    numRuns: cases, seed, endOnFailure: false,
    ...(seconds > 0 ? { interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false } : {}),
  });
  const elapsed = (performance.now() - t0) / 1000;

  if (details.failed && firstFailure !== null) {
    const failure = firstFailure as Failure;
    failure.path = details.counterexamplePath ?? undefined;
    if (details.counterexample) {
      const [[t, o]] = details.counterexample; // one arbitrary: a one-element tuple
      failure.shrunk = { text: t, options: encodeOptions(o), problems: runExtract(t, o).problems };
    }
    const file = save(out, failure);
    console.log(`fuzz: FAILED after ${done} cases (${elapsed.toFixed(0)} s).`);
    console.log(`  ${(failure.shrunk?.problems ?? failure.problems).slice(0, 3).join('\n  ')}`);
    console.log(`  shrunk input: ${JSON.stringify(failure.shrunk?.text ?? failure.text).slice(0, 300)}`);
    console.log(`  saved to ${file}; replay with: npm run fuzz -- --replay ${file}`);
    console.log(`  reproduce the run with: npm run fuzz -- --cases ${cases} --seed ${seed} --size ${size}`);
    if (json) {
      result({ ok: false, cases: done, problems: failure.shrunk?.problems ?? failure.problems, file,
        text: failure.shrunk?.text ?? failure.text });
    }
    process.exitCode = 1;
    return;
  }
  if (details.failed) {
    console.log(`fuzz: FAILED: ${details.errorInstance ?? 'unknown error'}`);
    if (json) result({ ok: false, cases: done, problems: [String(details.errorInstance)], file: null });
    process.exitCode = 1;
    return;
  }
  if (kinds.size > 0) {
    const failed = [...kinds.values()].reduce((n, k) => n + k.count, 0);
    console.log(`fuzz: ${failed} of ${details.numRuns} cases FAILED, ${kinds.size} kinds of failure (${elapsed.toFixed(0)} s):`);
    for (const k of kinds.values()) console.log(`  ${k.count} x ${k.problem.slice(0, 160)}\n      first: ${k.file}`);
    if (json) result({ ok: false, cases: details.numRuns, problems: [...kinds.values()].map((k) => k.problem), file: null });
    process.exitCode = 1;
    return;
  }
  const stopped = details.interrupted ? ` (stopped at the ${seconds} s limit)` : '';
  console.log(`fuzz: ${details.numRuns} cases passed in ${elapsed.toFixed(0)} s${stopped} ` +
    `(${(details.numRuns / elapsed).toFixed(0)} cases/s), ${(chars / 1e6).toFixed(1)} M chars; ` +
    `slowest case ${slowest.ms.toFixed(0)} ms (${slowest.chars} chars); seed ${seed}`);
  if (json) result({ ok: true, cases: details.numRuns, problems: [], file: null });
}

main();
