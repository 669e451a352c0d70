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

/** A character that may open a pair: ( [ " ' ` “ „ ‘ « ‹. */
export const isPairOpener = (c: number): boolean =>
  c === 40 || c === 91 || c === 34 || c === 39 || c === 96 || c === 0x201c || c === 0x201e || c === 0x2018 ||
  c === 0xab || c === 0x2039;

/** A character before which a straight quote opens: start (-1), space, or an opening mark. */
function opensAfter(c: number): boolean {
  return c < 0 || isSpace(c) || c === 40 || c === 91 || c === 123 || c === 0x201c || c === 0x2018 ||
    c === 0xab || c === 34 || c === 39 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47;
}

/** A character before which a straight quote closes: end (-1), space, or punctuation. */
function closesBefore(c: number): boolean {
  return c < 0 || isSpace(c) || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 ||
    c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 0x2014 ||
    c === 0x2013 || c === 45 || c === 0x2026;
}

const NONE = 0;
const PUSH = 1;
const CLOSE = 2;

/**
 * Matching quotation marks and brackets in [start, end): opener index -> closer index, for pairs no longer than
 * `maxSpan`. One pass with a stack; a closer with no opener of its kind is ignored, and the openers it would
 * skip over are dropped, so one stray mark cannot swallow the rest of the text. Apostrophes (a straight or curly
 * single quote between two letters) are not quotation marks.
 *
 * Each mark only decides what to do (push or close, and which kind); the one push and the one close below do it.
 * Characters past the range are -1, never NaN, so every value here stays a small integer.
 */
export function matchPairs(norm: string, start: number, end: number, maxSpan = MAX_PAIR_SPAN): Map<number, number> {
  const pairs = new Map<number, number>();
  const kinds: number[] = [];
  const positions: number[] = [];
  const open = new Int32Array(KINDS);

  // The marks are found by a native search over the block (most characters are none), a fresh regex per call so
  // that its lastIndex is no state shared between calls.
  // redos-ok: one character class, no quantifier: each match is one character and nothing backtracks.
  const marks = /[()[\]"'`\u00ab\u00bb\u2018\u2019\u201c\u201d\u201e\u2039\u203a]/g;
  const text = norm.slice(start, end);
  while (marks.test(text)) {
    const i = start + marks.lastIndex - 1;
    const c = norm.charCodeAt(i);
    let act = NONE;
    let kind = 0;
    switch (c) {
      case 40: act = PUSH; kind = PAREN; break;
      case 41: act = CLOSE; kind = PAREN; break;
      case 91: act = PUSH; kind = BRACKET; break;
      case 93: act = CLOSE; kind = BRACKET; break;
      case 0x201c: case 0x201e: act = PUSH; kind = CURLY_DOUBLE; break;
      case 0x201d: act = CLOSE; kind = CURLY_DOUBLE; break;
      case 0xab: act = PUSH; kind = GUILLEMET; break;
      case 0xbb: act = CLOSE; kind = GUILLEMET; break;
      case 0x2039: act = PUSH; kind = SINGLE_GUILLEMET; break;
      case 0x203a: act = CLOSE; kind = SINGLE_GUILLEMET; break;
      case 96: act = PUSH; kind = STRAIGHT_SINGLE; break;
      case 34: {
        const before = i > start ? norm.charCodeAt(i - 1) : -1;
        const after = i + 1 < end ? norm.charCodeAt(i + 1) : -1;
        const opener = opensAfter(before);
        const closer = closesBefore(after);
        kind = STRAIGHT_DOUBLE;
        if (open[STRAIGHT_DOUBLE]! > 0 && (closer || !opener)) act = CLOSE;
        else if (opener && !closer) act = PUSH;
        break;
      }
      case 39: case 0x2018: case 0x2019: {
        const before = i > start ? norm.charCodeAt(i - 1) : -1;
        const after = i + 1 < end ? norm.charCodeAt(i + 1) : -1;
        if (isAlnum(before) && isAlnum(after)) break; // an apostrophe
        if (c !== 0x2018 && isDigit(after) && !isAlnum(before)) break; // an elided century: '90s
        if ((before === 115 || before === 83) && isSpace(after) && isAlnum(norm.charCodeAt(i + 2))) break; // Smiths' house
        kind = c === 39 ? STRAIGHT_SINGLE : CURLY_SINGLE;
        if (c === 0x2018) { act = PUSH; break; }
        const opener = opensAfter(before) && !closesBefore(after);
        const closer = !isSpace(before) && closesBefore(after);
        if (c === 0x2019 || closer) {
          if (open[kind]! > 0 && !opener) act = CLOSE;
          else if (open[STRAIGHT_SINGLE]! > 0 && c === 0x2019 && !opener) { act = CLOSE; kind = STRAIGHT_SINGLE; }
        } else if (opener) act = PUSH;
        break;
      }
      default:
    }
    if (act === PUSH) {
      kinds.push(kind);
      positions.push(i);
      open[kind]!++;
    } else if (act === CLOSE && open[kind]! > 0) {
      // Pops down to the nearest opener of this kind, dropping the openers of other kinds above it.
      for (;;) {
        const k = kinds.pop()!;
        const p = positions.pop()!;
        open[k]!--;
        if (k === kind) {
          if (i - p <= maxSpan) pairs.set(p, i);
          break;
        }
      }
    }
  }
  return pairs;
}
