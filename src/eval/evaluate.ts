import type { Analysis } from '../schema/index.js';
import { Gold } from './gold.js';
import { type Counts, type Prf, type Ratio, addCounts, addRatio, prf, ratio } from './prf.js';
import { nonBodyRegions } from './regions.js';
import { scoreClaims } from './score-claims.js';
import { scoreEntities } from './score-entities.js';
import { scoreQuotes } from './score-quotes.js';
import { scoreStructure } from './score-structure.js';

/** Raw counts for one article: add them up over a corpus with `addScores`, then `summarize`. */
export interface Score {
  id: string;
  quotes: Counts;
  speaker: Ratio;
  cue: Ratio;
  kind: Ratio;
  entities: Counts;
  claims: Counts;
  claimUnit: Ratio;
  claimBound: Ratio;
  claimSource: Ratio;
  structure: Ratio;
  /** Everything that went wrong, one line each, for a person to read. */
  errors: string[];
}

export interface Summary {
  quotes: Prf;
  speakerAccuracy: number;
  cueAccuracy: number;
  kindAccuracy: number;
  entities: Prf;
  claims: Prf;
  claimUnitAccuracy: number;
  claimBoundAccuracy: number;
  claimSourceAccuracy: number;
  structureAccuracy: number;
}

/**
 * Holds an analysis against a gold annotation (../shared/corpus/GOLD-FORMAT.md) of the same text.
 * `gold` may be the parsed JSON as read from a .gold.json file.
 */
export function evaluate(gold: unknown, analysis: Analysis, text: string): Score {
  const parsed = Gold.safeParse(gold);
  if (!parsed.success) {
    throw new TypeError(`whosaid: expecting a gold annotation in the GOLD-FORMAT shape: ${parsed.error.issues[0]?.message ?? ''} at ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  }
  if (typeof text !== 'string') throw new TypeError('whosaid: expecting the article text as a string');
  const g = parsed.data;
  const regions = nonBodyRegions(g, text);
  const q = scoreQuotes(g, analysis, text, regions);
  const e = scoreEntities(g, analysis, regions);
  const c = scoreClaims(g, analysis, text, regions);
  const s = scoreStructure(g, analysis, regions);
  return {
    id: g.id,
    quotes: q.counts,
    speaker: q.speaker,
    cue: q.cue,
    kind: q.kind,
    entities: e.counts,
    claims: c.counts,
    claimUnit: c.unit,
    claimBound: c.bound,
    claimSource: c.source,
    structure: s.checks,
    errors: [...s.errors.map((x) => `structure: ${x}`), ...q.errors.map((x) => `quotes: ${x}`),
      ...e.errors.map((x) => `entities: ${x}`), ...c.errors.map((x) => `claims: ${x}`)],
  };
}

/** Sums the counts of several articles (micro-averaging). */
export function addScores(scores: readonly Score[]): Score {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const none: Ratio = { right: 0, total: 0 };
  return scores.reduce<Score>((a, b) => ({
    id: 'total',
    quotes: addCounts(a.quotes, b.quotes),
    speaker: addRatio(a.speaker, b.speaker),
    cue: addRatio(a.cue, b.cue),
    kind: addRatio(a.kind, b.kind),
    entities: addCounts(a.entities, b.entities),
    claims: addCounts(a.claims, b.claims),
    claimUnit: addRatio(a.claimUnit, b.claimUnit),
    claimBound: addRatio(a.claimBound, b.claimBound),
    claimSource: addRatio(a.claimSource, b.claimSource),
    structure: addRatio(a.structure, b.structure),
    errors: [],
  }), { id: 'total', quotes: zero, speaker: none, cue: none, kind: none, entities: zero, claims: zero, claimUnit: none, claimBound: none, claimSource: none, structure: none, errors: [] });
}

export function summarize(s: Score): Summary {
  return {
    quotes: prf(s.quotes),
    speakerAccuracy: ratio(s.speaker),
    cueAccuracy: ratio(s.cue),
    kindAccuracy: ratio(s.kind),
    entities: prf(s.entities),
    claims: prf(s.claims),
    claimUnitAccuracy: ratio(s.claimUnit),
    claimBoundAccuracy: ratio(s.claimBound),
    claimSourceAccuracy: ratio(s.claimSource),
    structureAccuracy: ratio(s.structure),
  };
}
