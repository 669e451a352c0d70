import type { Analysis, Claim } from '../schema/index.js';
import type { Gold, GoldClaim } from './gold.js';
import { type Counts, type Ratio, overlapLength } from './prf.js';
import { inRegions, indexOutside } from './regions.js';

interface Range {
  start: number;
  end: number;
}

export interface ClaimScore {
  counts: Counts;
  unit: Ratio;
  bound: Ratio;
  /** Found claims attributed to a speaker in the gold whose source is that speaker. */
  source: Ratio;
  errors: string[];
}

const sameValue = (a: number | null, b: number | null): boolean =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

/**
 * A gold claim is found when a predicted claim overlaps the gold text and has the gold value; unit and bound
 * are then scored on their own. Claims outside the body are wrong.
 */
export function scoreClaims(gold: Gold, analysis: Analysis, text: string, regions: readonly Range[]): ClaimScore {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const unit: Ratio = { right: 0, total: 0 };
  const bound: Ratio = { right: 0, total: 0 };
  const source: Ratio = { right: 0, total: 0 };
  const errors: string[] = [];
  const used = new Set<Claim>();
  const located = gold.claims.map((g) => ({ g, range: locate(g, text, regions) }));

  for (const { g, range } of located) {
    const hit = range ? analysis.claims.find((c) => !used.has(c) && overlapLength(c.span, range) > 0 && sameValue(c.value, g.value)) : undefined;
    if (!hit) {
      if (!g.optional) {
        counts.fn++;
        const near = range ? analysis.claims.find((c) => overlapLength(c.span, range) > 0) : undefined;
        errors.push(`missed claim "${g.text}" = ${g.value}${range ? '' : ' (not located in text)'}${near ? ` (got "${near.span.text}" = ${near.value})` : ''}`);
      }
      continue;
    }
    used.add(hit);
    if (g.optional) continue;
    counts.tp++;
    unit.total++;
    if ((hit.unit ?? null) === (g.unit ?? null)) unit.right++;
    else errors.push(`unit of "${g.text}": ${JSON.stringify(g.unit ?? null)}, got ${JSON.stringify(hit.unit)}`);
    bound.total++;
    if (hit.bound === (g.bound ?? (g.upper != null ? 'range' : 'exact'))) bound.right++;
    else errors.push(`bound of "${g.text}": ${g.bound ?? 'exact'}, got ${hit.bound}`);
    if (g.attributedTo) {
      source.total++;
      if (hit.source === g.attributedTo) source.right++;
      else errors.push(`source of "${g.text}": ${g.attributedTo}, got ${hit.source}`);
    }
  }
  const optionalRanges = located.filter(({ g, range }) => g.optional && range).map(({ range }) => range as Range);
  for (const c of analysis.claims) {
    if (used.has(c)) continue;
    if (!inRegions(regions, c.span.start) && optionalRanges.some((r) => overlapLength(c.span, r) > 0)) continue;
    counts.fp++;
    errors.push(`spurious claim "${c.span.text}" = ${c.value}${inRegions(regions, c.span.start) ? ' outside the body' : ''} (${c.rule})`);
  }
  return { counts, unit, bound, source, errors };
}

function locate(g: GoldClaim, text: string, regions: readonly Range[]): Range | null {
  let from = 0;
  if (g.sentence) {
    const s = indexOutside(text, g.sentence, regions);
    if (s >= 0) from = s;
  }
  const at = indexOutside(text, g.text, regions, from);
  return at < 0 ? null : { start: at, end: at + g.text.length };
}
