import { isAlnum, isBullet, isCloser, isDash, isDigit, isInlineSpace, isLineBreak, isLower, isSpace, isTerminal, isUpper } from './chars.js';
import { markerAt } from './list-markers.js';

/** A line at least this long that breaks before a lowercase word is wrapped prose, not a list item. */
export const WRAPPED_LINE = 50;

/**
 * The line-break judge for one block [.., end): `ends(lineStart, gapStart, firstBreak, next)` says whether a
 * sentence ends at a line break, [lineStart, gapStart) being the line before it and `next` the next token. A break
 * that follows no stop ends a sentence before a list item, a bullet, a dash item or a capital. Before a lowercase
 * word, a digit or a parenthesis it continues the sentence when the line was wrapped: it ends in a space (soft
 * wrap), it is long, or the lines that run on from it (each opening in lowercase) reach a stop; short lines with no
 * stop ("features / contact manager / events, activities") are items of their own. Each character is read once by
 * the run-on test. A class, not closures, so that one set of functions serves every block.
 */
export class LineJudge {
  // Declared only: the constructor gives every field its first value, in one order.
  private declare readonly norm: string;
  private declare readonly end: number;
  private declare readonly markers: ReadonlyMap<number, number>;
  private declare runUntil: number;
  private declare runStops: boolean;

  constructor(norm: string, end: number, markers: ReadonlyMap<number, number>) {
    this.norm = norm;
    this.end = end;
    this.markers = markers;
    this.runUntil = -1;
    this.runStops = false;
  }

  /** The run of lowercase-opened lines from `p` reaches a stop. */
  private reachesStop(p: number): boolean {
    if (p < this.runUntil) return this.runStops;
    const norm = this.norm;
    const end = this.end;
    let q = p;
    let stops = false;
    while (q < end) {
      const c = norm.charCodeAt(q);
      if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
        const d = norm.charCodeAt(q + 1);
        if (q + 1 >= end || isSpace(d) || isCloser(d)) { stops = true; break; }
      } else if (isLineBreak(c)) {
        let r = q + 1;
        while (r < end && isInlineSpace(norm.charCodeAt(r))) r++;
        const d = norm.charCodeAt(r);
        if (!(isLower(d) || isDigit(d) || d === 40) || markerAt(norm, r, end) !== null) break;
        q = r;
        continue;
      }
      q++;
    }
    this.runUntil = q;
    this.runStops = stops;
    return stops;
  }

  ends(lineStart: number, gapStart: number, firstBreak: number, next: number): boolean {
    const norm = this.norm;
    const end = this.end;
    const c = norm.charCodeAt(next);
    if ((isTerminal(c) || c === 44 || c === 59) && !isAlnum(norm.charCodeAt(next + 1))) return false;
    if (this.markers.has(next) || isBullet(c) || markerAt(norm, next, end) !== null) return true;
    if ((isDash(c) || c === 42) && isSpace(norm.charCodeAt(next + 1))) return true;
    if (isUpper(c)) return true;
    if (isLower(c) || isDigit(c) || c === 40) {
      if (firstBreak > gapStart) return false;
      if (gapStart - lineStart >= WRAPPED_LINE) return false;
      return !this.reachesStop(next);
    }
    return true;
  }
}
