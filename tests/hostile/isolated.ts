/**
 * Runs hostile checks in a child process with a deadline: a synchronous extract() that loops forever or runs out
 * of memory cannot be stopped from inside the test process, and would hang the whole suite (and CI with it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import type { CheckCase, CheckLine } from './check-runner.js';

export interface ChildRun {
  stdout: string;
  /** Why the child did not end cleanly ("killed after 60000 ms", "exit 134: ..."), or null. */
  error: string | null;
}

/**
 * `node --import tsx SCRIPT ...args` from the project root, killed after `timeoutMs`. The heap is capped
 * (`heapMb`) so that a runaway allocation fails in seconds rather than after filling the machine's memory.
 */
export function runTs(script: string, args: string[], timeoutMs: number, okCodes: number[] = [0], heapMb = 2048): ChildRun {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', join(ROOT, script), ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: Math.ceil(timeoutMs), maxBuffer: 64 * 1024 * 1024 });
  let error: string | null = null;
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') error = `killed after ${timeoutMs} ms`;
  else if (r.error) error = String(r.error);
  else if (r.status === null || !okCodes.includes(r.status)) {
    error = `exit ${r.status ?? r.signal}: ${(r.stderr ?? '').split('\n').filter((l) => !/^\s*\d+: 0x/.test(l)).join('\n').slice(-1500)}`;
  }
  return { stdout: r.stdout ?? '', error };
}

/**
 * Checks each case with runExtract in a child process, `timeoutMs` per child. When a case hangs or crashes the
 * child, it is recorded as a failure with the reason, and a new child goes on from the next case.
 */
export function checkIsolated(cases: CheckCase[], timeoutMs: number): Map<string, CheckLine> {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-hostile-'));
  const lines = new Map<string, CheckLine>();
  try {
    let rest = cases;
    while (rest.length > 0) {
      const file = join(dir, 'cases.json');
      writeFileSync(file, JSON.stringify(rest));
      const { stdout, error } = runTs('tests/hostile/check-runner.ts', [file], timeoutMs, [0], 1024);
      let done = 0;
      for (const l of stdout.split('\n')) if (l.startsWith('{')) {
        const line = JSON.parse(l) as CheckLine;
        lines.set(line.name, line);
        done++;
      }
      if (done < rest.length) {
        const culprit = rest[done]!;
        lines.set(culprit.name, { name: culprit.name, ms: NaN, problems: [`hang or crash: ${error ?? 'no result'}`] });
        done++;
      }
      rest = rest.slice(done);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
