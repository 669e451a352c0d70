/// <reference types="node" />
/**
 * What the entity stage costs beside wink-nlp's readDoc and the rest of extract(), over the Wikinews sample
 * (../shared/external/wikinews/wikinews.jsonl) or corpus/*.txt when ../shared is absent:
 *   npx tsx scripts/bench-entities.ts
 * Prints MB/s for readDoc, for building the Doc (segmentation and tokens) and for findEntities alone, and
 * the time on one long text made of every article, to show the cost grows linearly.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildDoc, type Doc } from '../src/doc.js';
import { findEntities } from '../src/entities/index.js';
import { resolveOptions } from '../src/options.js';
import { segment } from '../src/segment/index.js';
import { normalize } from '../src/text/normalize.js';

const ROOT = resolve(import.meta.dirname, '..');
const WIKI = resolve(ROOT, '..', 'shared', 'external', 'wikinews', 'wikinews.jsonl');
const texts = existsSync(WIKI)
  ? readFileSync(WIKI, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text)
  : readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8'));
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);

/** The best of a few rounds: the run's own figure when it returns one, else its wall time. */
function best(run: () => number | void, rounds = 5): number {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const own = run();
    min = Math.min(min, typeof own === 'number' ? own : performance.now() - t0);
  }
  return min;
}

const docOf = (text: string): Doc => {
  const norm = normalize(text);
  return buildDoc(text, norm, resolveOptions(text, {}), segment(text, norm));
};

const nlp = winkNLP(model);
const mbs = (ms: number): string => `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`;
// Each text read by wink and by findEntities in turn, so that both meet the same load on a busy machine; one
// Doc at a time, as extract() holds it (keeping every Doc alive would make the collector's work the figure).
let wink = Infinity;
let ents = Infinity;
let build = Infinity;
for (let round = 0; round < 5; round++) {
  let w = 0;
  let e = 0;
  let b = 0;
  for (const t of texts) {
    let t0 = performance.now();
    nlp.readDoc(t);
    w += performance.now() - t0;
    t0 = performance.now();
    const doc = docOf(t);
    b += performance.now() - t0;
    t0 = performance.now();
    findEntities(doc);
    e += performance.now() - t0;
  }
  wink = Math.min(wink, w);
  ents = Math.min(ents, e);
  build = Math.min(build, b);
}
console.log(`${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`wink readDoc        ${wink.toFixed(0).padStart(6)} ms  ${mbs(wink)}`);
console.log(`buildDoc            ${build.toFixed(0).padStart(6)} ms  ${mbs(build)}`);
console.log(`findEntities        ${ents.toFixed(0).padStart(6)} ms  ${mbs(ents)}  (${((ents / wink) * 100).toFixed(0)}% of readDoc)`);
const long = docOf(texts.join('\n\n'));
const longMs = best(() => { findEntities(long); }, 3);
console.log(`findEntities, one text of all: ${longMs.toFixed(0)} ms (${(longMs / ents).toFixed(2)}x the sum of the parts)`);
