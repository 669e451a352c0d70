import { isAlnum, isDigit, isSpace } from './chars.js';

/** Longest quotation or parenthesis, in UTF-16 units, inside which no sentence ends. */
export const MAX_PAIR_SPAN = 1500;

const PAREN = 0;
const BRACKET = 1;
const STRAIGHT_DOUBLE = 2;
const CURLY_DOUBLE = 3;
const STRAIGHT_SINGLE = 4;
const CURLY_SINGLE = 5;
const GUILLEMET = 6;
const SINGLE_GUILLEMET = 7;
const KINDS = 8;

/** The ASCII characters the pair scan stops at: ( ) [ ] " ' ` (1); every other one is stepped over (0). */
const ASCII_PAIR_MARK: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const ch of '()[]"\'`') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** A character that may open a pair: ( [ " ' ` “ „ ‘ « ‹. */
export const isPairOpener = (c: number): boolean =>
  c === 40 || c === 91 || c === 34 || c === 39 || c === 96 || c === 0x201c || c === 0x201e || c === 0x2018 ||
  c === 0xab || c === 0x2039;

/** A character before which a straight quote opens: start, space, or an opening mark. */
function opensAfter(c: number): boolean {
  return Number.isNaN(c) || isSpace(c) || c === 40 || c === 91 || c === 123 || c === 0x201c || c === 0x2018 ||
    c === 0xab || c === 34 || c === 39 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47;
}

/** A character before which a straight quote closes: end, space, or punctuation. */
function closesBefore(c: number): boolean {
  return Number.isNaN(c) || isSpace(c) || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 ||
    c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 0x2014 ||
    c === 0x2013 || c === 45 || c === 0x2026;
}

/**
 * Matching quotation marks and brackets in [start, end): opener index -> closer index, for pairs no longer than
 * `maxSpan`. One pass with a stack; a closer with no opener of its kind is ignored, and the openers it would
 * skip over are dropped, so one stray mark cannot swallow the rest of the text. Apostrophes (a straight or curly
 * single quote between two letters) are not quotation marks.
 */
export function matchPairs(norm: string, start: number, end: number, maxSpan = MAX_PAIR_SPAN): Map<number, number> {
  const pairs = new Map<number, number>();
  const kinds: number[] = [];
  const positions: number[] = [];
  const open = new Int32Array(KINDS);

  const push = (kind: number, at: number): void => {
    kinds.push(kind);
    positions.push(at);
    open[kind]!++;
  };
  const close = (kind: number, at: number): void => {
    if (open[kind] === 0) return;
    for (;;) {
      const k = kinds.pop()!;
      const p = positions.pop()!;
      open[k]!--;
      if (k === kind) {
        if (at - p <= maxSpan) pairs.set(p, at);
        return;
      }
    }
  };

  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c < 128 ? ASCII_PAIR_MARK[c] === 0 : c < 0xab) continue;
    switch (c) {
      case 40: push(PAREN, i); break;
      case 41: close(PAREN, i); break;
      case 91: push(BRACKET, i); break;
      case 93: close(BRACKET, i); break;
      case 0x201c: case 0x201e: push(CURLY_DOUBLE, i); break;
      case 0x201d: close(CURLY_DOUBLE, i); break;
      case 0xab: push(GUILLEMET, i); break;
      case 0xbb: close(GUILLEMET, i); break;
      case 0x2039: push(SINGLE_GUILLEMET, i); break;
      case 0x203a: close(SINGLE_GUILLEMET, i); break;
      case 96: push(STRAIGHT_SINGLE, i); break;
      case 34: {
        const before = i > start ? norm.charCodeAt(i - 1) : NaN;
        const after = i + 1 < end ? norm.charCodeAt(i + 1) : NaN;
        const opener = opensAfter(before);
        const closer = closesBefore(after);
        if (open[STRAIGHT_DOUBLE]! > 0 && (closer || !opener)) close(STRAIGHT_DOUBLE, i);
        else if (opener && !closer) push(STRAIGHT_DOUBLE, i);
        break;
      }
      case 39: case 0x2018: case 0x2019: {
        const before = i > start ? norm.charCodeAt(i - 1) : NaN;
        const after = i + 1 < end ? norm.charCodeAt(i + 1) : NaN;
        if (isAlnum(before) && isAlnum(after)) break; // an apostrophe
        if (c !== 0x2018 && isDigit(after) && !isAlnum(before)) break; // an elided century: '90s
        if ((before === 115 || before === 83) && isSpace(after) && isAlnum(norm.charCodeAt(i + 2))) break; // Smiths' house
        const kind = c === 39 ? STRAIGHT_SINGLE : CURLY_SINGLE;
        if (c === 0x2018) { push(kind, i); break; }
        const opener = opensAfter(before) && !closesBefore(after);
        const closer = !isSpace(before) && closesBefore(after);
        if (c === 0x2019 || closer) {
          if (open[kind]! > 0 && !opener) close(kind, i);
          else if (open[STRAIGHT_SINGLE]! > 0 && c === 0x2019 && !opener) close(STRAIGHT_SINGLE, i);
        } else if (opener) push(kind, i);
        break;
      }
      default:
    }
  }
  return pairs;
}
