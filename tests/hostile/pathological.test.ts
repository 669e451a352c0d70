import { beforeAll, describe, expect, test } from 'vitest';
import { runTs } from './isolated.js';
import { MB, PATHOLOGICAL } from './pathological-inputs.js';
import type { RunnerLine } from './pathological-runner.js';

/**
 * Each pathological input runs in a child process (tests/hostile/pathological-runner.ts) that is killed when it
 * overruns, since a synchronous extract() that hangs cannot be stopped from inside. Guards are generous: they
 * catch super-linear blow-ups, not slowness (`npm run bench:hostile` prints the throughput figures):
 * - the input at its full size takes at most GUARD_FACTOR times ordinary news text's time per MB, and never
 *   less than FLOOR_MS of allowance; a run is killed at HARD_CAP_MS;
 * - growth from an eighth of the size to the full size is at most 8 x GROWTH_SLACK (quadratic cost gives 64);
 * - the result, as JSON, is at most OUTPUT_FACTOR times the input plus OUTPUT_BASE characters: every span carries
 *   its text, so a span repeated per item (a whole sentence as each claim's statement) can make the output grow
 *   with the square of the input even when the time does not.
 */
const GUARD_FACTOR = 25;
const FLOOR_MS = 5_000;
const HARD_CAP_MS = 90_000;
const GROWTH_SLACK = 3;
const OUTPUT_FACTOR = 50;
const OUTPUT_BASE = 1_000_000;
/** Below this the timings are too small and noisy to judge growth by. */
const GROWTH_MIN_MS = 400;

function run(name: string, sizes: number[], timeoutMs: number): { lines: RunnerLine[]; error: string | null } {
  const { stdout, error } = runTs('tests/hostile/pathological-runner.ts', [name, ...sizes.map(String), '--check'], timeoutMs);
  const lines = stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as RunnerLine);
  return { lines, error };
}

/** Ordinary news text's milliseconds per MB, measured once. */
let ordinaryMsPerMB = 0;

describe('hostile: pathological inputs run in time linear in their size', () => {
  beforeAll(() => {
    const { lines, error } = run('ordinary', [MB / 2], HARD_CAP_MS);
    if (error || lines.length === 0) throw new Error(`ordinary text did not run: ${error}`);
    ordinaryMsPerMB = lines[0]!.ms / (lines[0]!.size / MB);
  }, HARD_CAP_MS + 10_000);

  test.each(PATHOLOGICAL.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    const allowed = Math.max(FLOOR_MS, GUARD_FACTOR * ordinaryMsPerMB * (p.size / MB));
    // Room for process start (importing the NLP models) and the eighth-size run besides the allowance.
    const { lines, error } = run(p.name, [Math.floor(p.size / 8), p.size], Math.min(HARD_CAP_MS, 2 * allowed + 15_000));
    expect(error, `${p.name}: ${error}`).toBeNull();
    const [small, full] = lines;
    expect(full, `${p.name}: no result for the full size`).toBeDefined();
    expect(small!.problems.concat(full!.problems), `${p.name}: the result is not sound`).toEqual([]);
    expect(full!.outChars, `${p.name}: the result is too large to serialise as JSON`).toBeGreaterThanOrEqual(0);
    expect(full!.outChars, `${p.name}: ${full!.outChars} characters of JSON for ${full!.size} of input`)
      .toBeLessThanOrEqual(OUTPUT_FACTOR * full!.size + OUTPUT_BASE);
    const msPerMB = full!.ms / (full!.size / MB);
    expect(full!.ms, `${p.name}: ${msPerMB.toFixed(0)} ms/MB; ordinary text ${ordinaryMsPerMB.toFixed(0)} ms/MB`)
      .toBeLessThanOrEqual(allowed);
    if (full!.ms >= GROWTH_MIN_MS) {
      const growth = full!.ms / Math.max(1, small!.ms);
      const sizeRatio = full!.size / Math.max(1, small!.size);
      expect(growth, `${p.name}: ${small!.ms.toFixed(0)} ms at ${small!.size}, ${full!.ms.toFixed(0)} ms at ${full!.size}`)
        .toBeLessThanOrEqual(sizeRatio * GROWTH_SLACK);
    }
  }, 2 * HARD_CAP_MS);
});
