/**
 * npm run bench:warmup: how fast extract() reaches full speed in a fresh process. Prints the wall and CPU time of
 * each pass over the benchmark articles (../shared's Wikinews set, or corpus/): the first passes cost more while
 * V8 compiles the hot code, and CPU above wall is its compiler and garbage collector working on other threads.
 * Run with `node --trace-deopt` or `--trace-opt` (NODE_OPTIONS) to see which functions are compiled again after
 * a deoptimisation. Times the built package (npm run bench:warmup builds first).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTexts } from './bench/texts.js';

const DIST_INDEX = join(resolve(import.meta.dirname, '..'), 'dist', 'index.js');
if (!existsSync(DIST_INDEX)) throw new Error('bench:warmup: build first (npm run build)');
const { extract } = (await import(pathToFileURL(DIST_INDEX).href)) as typeof import('../src/index.js');

const PASSES = Number(process.argv[2] ?? 8);
const { source, articles } = loadTexts();
process.stdout.write(`extract() over ${articles.length} articles (${source}), ${PASSES} passes in this fresh process\n`);
process.stdout.write('pass  wall ms  CPU ms\n');
for (let pass = 1; pass <= PASSES; pass++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) extract(a.text);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(`${String(pass).padStart(4)}  ${wall.toFixed(0).padStart(7)}  ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(6)}\n`);
}
