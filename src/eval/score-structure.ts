import type { Analysis } from '../schema/index.js';
import type { Gold } from './gold.js';
import type { Ratio } from './prf.js';
import { inRegions } from './regions.js';

interface Range {
  start: number;
  end: number;
}

export interface StructureScore {
  /** Checks passed: title, byline, dateline, and each gold non-body paragraph kept out of the body. */
  checks: Ratio;
  errors: string[];
}

export function scoreStructure(gold: Gold, analysis: Analysis, regions: readonly Range[]): StructureScore {
  const checks: Ratio = { right: 0, total: 0 };
  const errors: string[] = [];
  const check = (ok: boolean, what: string): void => {
    checks.total++;
    if (ok) checks.right++;
    else errors.push(what);
  };
  if (gold.title !== undefined) {
    check((analysis.title?.text ?? null) === (gold.title ?? null), `title: expected ${JSON.stringify(gold.title)}, got ${JSON.stringify(analysis.title?.text ?? null)}`);
  }
  if (gold.byline !== undefined) {
    const want = gold.byline === null ? [] : ([] as string[]).concat(gold.byline);
    const got = analysis.byline?.names ?? [];
    check(want.every((n) => got.includes(n)) && got.length === want.length, `byline: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  if (gold.dateline) {
    check(analysis.dateline?.text === gold.dateline, `dateline: expected ${JSON.stringify(gold.dateline)}, got ${JSON.stringify(analysis.dateline?.text ?? null)}`);
  }
  for (const p of analysis.paragraphs) {
    if (p.zone === 'title' || p.zone === 'byline') continue;
    const goldOut = inRegions(regions, p.start);
    const predOut = (p.zone !== 'body' && p.zone !== 'heading') || p.duplicateOf !== null;
    if (goldOut || predOut) {
      check(goldOut === predOut,
        `paragraph ${p.index} "${p.text.slice(0, 50)}": ${goldOut ? 'not article body' : 'article body'}, got zone ${p.zone}${p.duplicateOf !== null ? ' (repeat)' : ''}`);
    }
  }
  for (const h of gold.headings ?? []) {
    const p = analysis.paragraphs.find((x) => x.text === h);
    check(p?.zone === 'heading', `heading "${h}": got ${p?.zone ?? 'no such paragraph'}`);
  }
  return { checks, errors };
}
