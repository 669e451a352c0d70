import { isAlnum, isBullet, isCloser, isDash, isDigit, isLineBreak, isLower, isSpace, isTerminal, isUpper } from './chars.js';
import { markerAt } from './list-markers.js';

/** A line at least this long that breaks before a lowercase word is wrapped prose, not a list item. */
export const WRAPPED_LINE = 50;

/**
 * Does a sentence end at a line break that follows no stop? The previous line is [lineStart, gapStart), the
 * whitespace [gapStart, next) holds the break at `firstBreak`. A list item, a bullet, a dash item or a capital
 * on the next line starts a new sentence. A lowercase word, a digit or a parenthesis continues the sentence when
 * the line was wrapped: it ends in a space (soft wrap), it is long, or the next line runs on to a stop; short
 * lines with no stop ("features / contact manager / events, activities") are items of their own.
 */
export function lineBreakEnds(
  norm: string, lineStart: number, gapStart: number, firstBreak: number, next: number, end: number,
  markers: ReadonlyMap<number, number>,
): boolean {
  const c = norm.charCodeAt(next);
  if ((isTerminal(c) || c === 44 || c === 59) && !isAlnum(norm.charCodeAt(next + 1))) return false;
  if (markers.has(next) || isBullet(c) || markerAt(norm, next, end) !== null) return true;
  if ((isDash(c) || c === 42) && isSpace(norm.charCodeAt(next + 1))) return true;
  if (isUpper(c)) return true;
  if (isLower(c) || isDigit(c) || c === 40) {
    if (firstBreak > gapStart) return false;
    if (gapStart - lineStart >= WRAPPED_LINE) return false;
    return !lineHasStop(norm, next, end);
  }
  return true;
}

/** The line starting at `p` holds a stop followed by a space, a closing mark or its end. */
function lineHasStop(norm: string, p: number, end: number): boolean {
  for (let q = p; q < end; q++) {
    const c = norm.charCodeAt(q);
    if (isLineBreak(c)) return false;
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      const d = norm.charCodeAt(q + 1);
      if (q + 1 >= end || isSpace(d) || isCloser(d)) return true;
    }
  }
  return false;
}
