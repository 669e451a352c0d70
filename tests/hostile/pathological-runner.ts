/**
 * Child process for the pathological tests and the benchmark: runs extract() on one named input at the given
 * sizes and prints one JSON line per size ({name, size, ms, outChars, problems}). Run in its own process so that the parent
 * can kill a run that hangs: a synchronous extract() cannot be interrupted from inside.
 *
 *   node --import tsx tests/hostile/pathological-runner.ts "<name>|ordinary" SIZE [SIZE ...] [--check] [--repeat N]
 *
 * --check also checks every span and reference of the result (tests/hostile/check-analysis.ts);
 * --repeat N times the best of N runs.
 */
import { extract } from '../../src/index.js';
import { checkAnalysis, toJson } from './check-analysis.js';
import { PATHOLOGICAL, ordinaryText } from './pathological-inputs.js';

export interface RunnerLine {
  name: string;
  size: number;
  ms: number;
  /** Length of the result as JSON, or -1 when it is too large to serialise. */
  outChars: number;
  problems: string[];
}

function main(argv: string[]): void {
  const check = argv.includes('--check');
  const r = argv.indexOf('--repeat');
  const repeat = r >= 0 ? Math.max(1, Number(argv[r + 1])) : 1;
  const positional = argv.filter((a, i) => !a.startsWith('--') && (r < 0 || i !== r + 1));
  const [name, ...sizes] = positional;
  const make = name === 'ordinary' ? ordinaryText : PATHOLOGICAL.find((p) => p.name === name)?.make;
  if (!make || sizes.length === 0) {
    process.stderr.write(`pathological-runner: unknown input ${JSON.stringify(name)} or no size\n`);
    process.exit(2);
  }
  // Warm up (JIT, lexicon indexes built on first use) so that small inputs are timed in steady state.
  extract(ordinaryText(50_000));
  for (const size of sizes.map(Number)) {
    const text = make(size);
    let best = Infinity;
    let analysis = null;
    for (let i = 0; i < repeat; i++) {
      const t0 = performance.now();
      analysis = extract(text);
      best = Math.min(best, performance.now() - t0);
    }
    const problems = check ? checkAnalysis(text, analysis).slice(0, 5) : [];
    const json = toJson(analysis);
    const line: RunnerLine = { name: name!, size: text.length, ms: best, outChars: json === null ? -1 : json.length, problems };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

main(process.argv.slice(2));
