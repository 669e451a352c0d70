/**
 * Prints the analysis of an article in a form a person can read.
 *   npm run demo                 the bundled sample (corpus/us-city-council-budget.txt)
 *   npm run demo -- path.txt     any article
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { formatAnalysis } from './format-analysis.js';

const path = process.argv[2] ?? join(import.meta.dirname, '..', 'corpus', 'us-city-council-budget.txt');
const text = readFileSync(path, 'utf8');
const t0 = performance.now();
const analysis = extract(text);
const ms = performance.now() - t0;
process.stdout.write(formatAnalysis(analysis, text));
process.stdout.write(`\n(${path}: ${text.length} characters analysed in ${ms.toFixed(1)} ms)\n`);
