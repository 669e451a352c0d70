/** Runs extract() over the gold corpora and scores it: shared by `npm run eval` and the floor test. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import { type PolnearArticle, type Score, addScores, evaluate, prf, ratio, scorePolnear, summarize } from '../src/eval/index.js';
import type { Counts, Ratio } from '../src/eval/prf.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '..', 'shared');

export interface CorpusResult {
  name: string;
  articles: Score[];
  total: Score;
}

/** Scores every NAME.gold.json of a folder against extract() of its NAME.txt. */
export function runGoldFolder(name: string, dir: string): CorpusResult | null {
  if (!existsSync(dir)) return null;
  const articles: Score[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const text = readFileSync(join(dir, gold.text), 'utf8');
    articles.push(evaluate(gold, extract(text), text));
  }
  return articles.length ? { name, articles, total: addScores(articles) } : null;
}

export interface PolnearResult {
  articles: number;
  content: Counts;
  speaker: Ratio;
  errors: Array<{ id: string; errors: string[] }>;
}

export function runPolnear(): PolnearResult | null {
  const path = join(SHARED, 'external', 'quotes', 'polnear_dev.jsonl');
  if (!existsSync(path)) return null;
  const content: Counts = { tp: 0, fp: 0, fn: 0 };
  const speaker: Ratio = { right: 0, total: 0 };
  const errors: PolnearResult['errors'] = [];
  let n = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const art = JSON.parse(line) as PolnearArticle;
    const s = scorePolnear(art, extract(art.text));
    n++;
    content.tp += s.content.tp;
    content.fp += s.content.fp;
    content.fn += s.content.fn;
    speaker.right += s.speaker.right;
    speaker.total += s.speaker.total;
    errors.push({ id: art.id, errors: s.errors });
  }
  return { articles: n, content, speaker, errors };
}

/** The figures the floors are kept on, rounded down to 3 decimals. */
export function headline(r: CorpusResult): Record<string, number> {
  const s = summarize(r.total);
  const f = (x: number): number => Math.floor(x * 1000) / 1000;
  return {
    quotesF1: f(s.quotes.f1), speakerAccuracy: f(s.speakerAccuracy), entitiesF1: f(s.entities.f1),
    claimsF1: f(s.claims.f1), claimUnitAccuracy: f(s.claimUnitAccuracy), claimBoundAccuracy: f(s.claimBoundAccuracy),
    structureAccuracy: f(s.structureAccuracy),
  };
}

export function polnearHeadline(r: PolnearResult): Record<string, number> {
  const f = (x: number): number => Math.floor(x * 1000) / 1000;
  return { contentF1: f(prf(r.content).f1), speakerAccuracy: f(ratio(r.speaker)) };
}

export const FLOORS_PATH = join(ROOT, 'tests', 'eval-floors.json');
