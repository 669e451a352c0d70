import { isAlnum, isBullet, isCloser, isDash, isDigit, isInlineSpace, isLineBreak, isLower, isSpace, isTerminal, isUpper } from './chars.js';
import { markerAt } from './list-markers.js';

/** A line at least this long that breaks before a lowercase word is wrapped prose, not a list item. */
export const WRAPPED_LINE = 50;

/** Does a sentence end at this line break? [lineStart, gapStart) is the line before it, `next` the next token. */
export type LineJudge = (lineStart: number, gapStart: number, firstBreak: number, next: number) => boolean;

/**
 * The line-break judge for one block [.., end). A break that follows no stop ends a sentence before a list item,
 * a bullet, a dash item or a capital. Before a lowercase word, a digit or a parenthesis it continues the sentence
 * when the line was wrapped: it ends in a space (soft wrap), it is long, or the lines that run on from it (each
 * opening in lowercase) reach a stop; short lines with no stop ("features / contact manager / events, activities")
 * are items of their own. Each character is read once by the run-on test.
 */
export function lineJudge(norm: string, end: number, markers: ReadonlyMap<number, number>): LineJudge {
  let runUntil = -1;
  let runStops = false;

  /** The run of lowercase-opened lines from `p` reaches a stop. */
  const reachesStop = (p: number): boolean => {
    if (p < runUntil) return runStops;
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
    runUntil = q;
    runStops = stops;
    return stops;
  };

  return (lineStart, gapStart, firstBreak, next) => {
    const c = norm.charCodeAt(next);
    if ((isTerminal(c) || c === 44 || c === 59) && !isAlnum(norm.charCodeAt(next + 1))) return false;
    if (markers.has(next) || isBullet(c) || markerAt(norm, next, end) !== null) return true;
    if ((isDash(c) || c === 42) && isSpace(norm.charCodeAt(next + 1))) return true;
    if (isUpper(c)) return true;
    if (isLower(c) || isDigit(c) || c === 40) {
      if (firstBreak > gapStart) return false;
      if (gapStart - lineStart >= WRAPPED_LINE) return false;
      return !reachesStop(next);
    }
    return true;
  };
}
