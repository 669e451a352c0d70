import type { Candidate } from './candidate.js';
import { firstAtOrAfter } from '../text/search.js';

const PRIORITY: Readonly<Record<string, number>> = { direct: 3, mixed: 2, indirect: 1 };

/**
 * One quote per stretch of text: where two candidates share content, the direct quote wins over reported
 * speech, then the more confident, then the earlier cue. Missing quotes (no parts) never collide.
 */
export function removeOverlaps(cands: readonly Candidate[]): Candidate[] {
  // Among missing quotes of one sentence, the cue nearest the colon ("posted a tweet ..., which reads:").
  const ranked = [...cands].sort((a, b) =>
    (PRIORITY[b.kind]! - PRIORITY[a.kind]!) || (b.confidence - a.confidence) || ((a.parts[0]?.[0] ?? 0) - (b.parts[0]?.[0] ?? 0)) ||
    ((b.cue?.from ?? 0) - (a.cue?.from ?? 0)));
  const kept: Candidate[] = [];
  const taken = new DisjointRanges();
  const missingIn = new Set<number>();
  for (const c of ranked) {
    if (c.parts.length > 0) {
      if (c.parts.some(([s, e]) => taken.overlaps(s, e))) continue;
      for (const [s, e] of c.parts) taken.add(s, e);
    } else {
      if (missingIn.has(c.sentence)) continue;
      missingIn.add(c.sentence);
    }
    kept.push(c);
  }
  return kept;
}

/**
 * Ranges that do not overlap one another, sorted by start: whether a new range overlaps one of them is a binary
 * search (a document's thousands of quotes are not each compared with all the others).
 */
class DisjointRanges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first range starting at or after `pos`. */
  private lowerBound(pos: number): number {
    return firstAtOrAfter(this.starts, pos, (x) => x);
  }

  /** Whether [s, e) shares a position with a range held. */
  overlaps(s: number, e: number): boolean {
    const i = this.lowerBound(e);
    // Only the last range starting before `e` can reach past `s`: the ranges are disjoint and sorted.
    return i > 0 && this.ends[i - 1]! > s;
  }

  /** Holds [s, e) too; ranges it overlaps are merged with it, so that the ranges stay disjoint. */
  add(s: number, e: number): void {
    let i = this.lowerBound(s);
    if (i > 0 && this.ends[i - 1]! > s) i--;
    let j = i;
    while (j < this.starts.length && this.starts[j]! < e) j++;
    const start = j > i ? Math.min(s, this.starts[i]!) : s;
    const end = j > i ? Math.max(e, this.ends[j - 1]!) : e;
    this.starts.splice(i, j - i, start);
    this.ends.splice(i, j - i, end);
  }
}
