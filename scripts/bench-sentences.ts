/**
 * npm run bench:sentences [-- --verbose]: the sentence splitter's scores on the three suites in
 * ../shared/external/sentences (Golden Rules, further cases, news checks) against their targets, wink-nlp's
 * scores for comparison, and throughput in MB/s over the Wikinews texts (ours and wink-nlp's sentence pipe),
 * plus one paragraph of growing size (the cost per byte must stay flat). --verbose lists every failed case.
 */
import { resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitSentences } from '../src/segment/sentences/index.js';
import { normalize } from '../src/text/normalize.js';
import { bytesOf, loadTexts } from './bench/texts.js';
import { fmt, measure, table, verdict } from './bench/measure.js';
import { loadSuites, ourSentences, scoreSuite, type SuiteScore } from './sentence-scores.js';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const log = (s = '') => process.stdout.write(`${s}\n`);
const progress = (s: string) => process.stderr.write(`bench:sentences: ${s}\n`);

const wink = winkNLP(model, ['sbd']);
const winkSentences = (t: string): string[] => wink.readDoc(t).sentences().out();

// Scores.
const dir = resolve(import.meta.dirname, '..', '..', 'shared', 'external', 'sentences');
const suites = loadSuites(dir);
if (suites === null) {
  log(`scores: skipped, ${dir} is absent`);
} else {
  const ours = suites.map((s) => scoreSuite(s, ourSentences));
  const theirs = suites.map((s) => scoreSuite(s, winkSentences));
  log(table([
    ['suite', 'whosaid', 'target', '', 'wink-nlp'],
    ...ours.map((r, k) => [
      r.name, `${r.passed}/${r.total}`, `>= ${r.target}`, verdict(r.passed >= r.target),
      `${theirs[k]!.passed}/${theirs[k]!.total}`,
    ]),
  ]));
  if (verbose) for (const r of ours) printFailures(r);
  else log('(--verbose lists the failed cases)');
  log();
}

// Throughput over the articles, each text normalised beforehand as the pipeline does.
const { source, articles } = loadTexts();
const texts = articles.map((a) => a.text);
const norms = texts.map(normalize);
const bytes = bytesOf(texts);
log(`texts: ${texts.length} articles, ${fmt(bytes / 1e6, 2)} MB (${source})`);
const runOurs = (t: string): number => splitSentences(t, 0, t.length).length;
const runWink = (t: string): number => winkSentences(t).length;
progress('warming up');
for (const t of norms) runOurs(t);
for (const t of texts.slice(0, 30)) runWink(t);
progress('whosaid splitSentences');
const oursRate = measure(norms, bytes, runOurs, 3000);
progress('wink-nlp sentences');
const winkRate = measure(texts, bytes, runWink, 3000);
const sentenceCount = norms.reduce((n, t) => n + runOurs(t), 0);
log(table([
  ['over the articles', 'MB/s', 'articles/s', 'passes', 'sentences'],
  ['whosaid splitSentences', fmt(oursRate.mbPerS, 1), fmt(oursRate.articlesPerS, 0), String(oursRate.passes), String(sentenceCount)],
  ['wink-nlp readDoc, sbd pipe', fmt(winkRate.mbPerS, 1), fmt(winkRate.articlesPerS, 0), String(winkRate.passes), String(texts.reduce((n, t) => n + runWink(t), 0))],
]));
log(`whosaid is ${fmt(oursRate.mbPerS / winkRate.mbPerS, 1)}x wink-nlp`);
log();

// One paragraph (no blank line) of growing size.
progress('one paragraph of growing size');
const flat = norms.join(' ').replace(/\n/g, ' ');
const sizes: Array<[string, number]> = [['64 KB', 64 * 1024], ['1 MB', 1024 * 1024], ['4 MB', 4 * 1024 * 1024]];
const scaling = sizes.map(([label, chars]) => {
  let doc = flat;
  while (doc.length < chars) doc += ` ${flat}`;
  doc = doc.slice(0, chars);
  runOurs(doc);
  return { label, rate: measure([doc], bytesOf([doc]), runOurs, 1500, 2) };
});
const first = scaling[0]!.rate.mbPerS;
log(table([
  ['one paragraph', 'MB/s', 'ms each', 'runs', 'vs 64 KB'],
  ...scaling.map(({ label, rate }) => [label, fmt(rate.mbPerS, 1), fmt(rate.msPerPass, 1), String(rate.passes), fmt(rate.mbPerS / first, 2)]),
]));

function printFailures(r: SuiteScore): void {
  if (r.failures.length === 0) return;
  log();
  log(`${r.name}: ${r.failures.length} failed`);
  for (const f of r.failures) {
    const input = f.input.length > 300 ? `${f.input.slice(0, 300)}… (${f.input.length} chars)` : f.input;
    log(`  ${f.id} ${f.name}: ${JSON.stringify(input)}`);
    const want = new Set(f.expected.map((s) => s.replace(/\s+/g, ' ').trim()));
    const got = new Set(f.got.map((s) => s.replace(/\s+/g, ' ').trim()));
    for (const s of got) if (!want.has(s)) log(`    got   ${JSON.stringify(s).slice(0, 200)}`);
    for (const s of want) if (!got.has(s)) log(`    want  ${JSON.stringify(s).slice(0, 200)}`);
  }
}
