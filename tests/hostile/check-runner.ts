/**
 * Child process for tests/hostile: runs extract() (twice, via runExtract) on each case of a JSON file
 * ([{name, text, options?}]) and prints one JSON line per case ({name, ms, problems}). In its own process so
 * that an input that hangs or exhausts memory fails the test instead of hanging the suite.
 *
 *   node --import tsx tests/hostile/check-runner.ts cases.json
 */
import { readFileSync } from 'node:fs';
import type { ExtractOptions } from '../../src/index.js';
import { runExtract } from './check-analysis.js';

export interface CheckCase {
  name: string;
  text: string;
  options?: ExtractOptions;
}

export interface CheckLine {
  name: string;
  ms: number;
  problems: string[];
}

const cases = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as CheckCase[];
for (const c of cases) {
  const t0 = performance.now();
  const { problems } = runExtract(c.text, c.options);
  const line: CheckLine = { name: c.name, ms: performance.now() - t0, problems: problems.slice(0, 5) };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
