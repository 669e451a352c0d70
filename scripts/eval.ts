/**
 * Scores extract() against the gold corpora and prints each article's errors, then precision, recall and F1
 * per task: corpus/ (ours), and when ../shared is there, the seed article and PolNeAR dev (speech cues).
 *   npm run eval                   everything
 *   npm run eval -- --quiet        the summaries only
 *   npm run eval -- --update-floors  raise tests/eval-floors.json to today's figures (floors never fall)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prf, ratio, summarize } from '../src/eval/index.js';
import { FLOORS_PATH, ROOT, SHARED, headline, polnearHeadline, runGoldFolder, runPolnear, type CorpusResult } from './corpus-eval.js';

const quiet = process.argv.includes('--quiet');
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function printCorpus(r: CorpusResult): string {
  if (!quiet) {
    for (const a of r.articles) {
      const s = summarize(a);
      console.log(`\n== ${a.id}  quotes P/R ${pct(s.quotes.precision)}/${pct(s.quotes.recall)}  speaker ${pct(s.speakerAccuracy)}  entities F1 ${pct(s.entities.f1)}  claims F1 ${pct(s.claims.f1)}  structure ${pct(s.structureAccuracy)}`);
      for (const e of a.errors) console.log(`   ${e}`);
    }
  }
  const s = summarize(r.total);
  const row = (task: string, p: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }): string =>
    `  ${task.padEnd(10)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
  console.log(`\n### ${r.name}: ${r.articles.length} articles`);
  console.log(row('quotes', s.quotes));
  console.log(`             speaker accuracy ${pct(s.speakerAccuracy)}  cue ${pct(s.cueAccuracy)}  kind ${pct(s.kindAccuracy)}`);
  console.log(row('entities', s.entities));
  console.log(row('claims', s.claims));
  console.log(`             unit accuracy ${pct(s.claimUnitAccuracy)}  bound ${pct(s.claimBoundAccuracy)}  source ${pct(s.claimSourceAccuracy)}`);
  console.log(`  structure  ${pct(s.structureAccuracy)} of checks`);
  return `${r.name}: quotes F1 ${pct(s.quotes.f1)}, speaker ${pct(s.speakerAccuracy)}, entities F1 ${pct(s.entities.f1)}, claims F1 ${pct(s.claims.f1)} (unit ${pct(s.claimUnitAccuracy)}, bound ${pct(s.claimBoundAccuracy)}), structure ${pct(s.structureAccuracy)}`;
}

const lines: string[] = [];
const corpus = runGoldFolder('corpus', join(ROOT, 'corpus'));
if (corpus) lines.push(printCorpus(corpus));
const seed = runGoldFolder('seed', join(SHARED, 'corpus', 'seed'));
if (seed) lines.push(printCorpus(seed));
else console.log('\n(../shared is absent: the seed article and PolNeAR dev are skipped)');
const polnear = runPolnear();
if (polnear) {
  if (!quiet) {
    for (const a of polnear.errors) {
      if (a.errors.length === 0) continue;
      console.log(`\n== ${a.id}`);
      for (const e of a.errors) console.log(`   ${e}`);
    }
  }
  const c = prf(polnear.content);
  console.log(`\n### PolNeAR dev (speech cues): ${polnear.articles} articles`);
  console.log(`  content    P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  console.log(`             speaker accuracy ${pct(ratio(polnear.speaker))} (${polnear.speaker.right}/${polnear.speaker.total})`);
  lines.push(`PolNeAR dev: content F1 ${pct(c.f1)}, speaker ${pct(ratio(polnear.speaker))}`);
}

if (process.argv.includes('--update-floors')) {
  const old = existsSync(FLOORS_PATH) ? JSON.parse(readFileSync(FLOORS_PATH, 'utf8')) : {};
  const now: Record<string, Record<string, number>> = {};
  if (corpus) now.corpus = headline(corpus);
  if (seed) now.seed = headline(seed);
  if (polnear) now.polnear = polnearHeadline(polnear);
  for (const [set, figures] of Object.entries(now)) {
    old[set] ??= {};
    for (const [k, v] of Object.entries(figures)) old[set][k] = Math.max(old[set][k] ?? 0, v);
  }
  writeFileSync(FLOORS_PATH, `${JSON.stringify(old, null, 2)}\n`);
  console.log(`\nfloors written to ${FLOORS_PATH}`);
}

console.log(`\n${lines.join('\n')}`);
