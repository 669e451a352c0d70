import { DOUBLE_CLOSE, DOUBLE_EITHER, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER, SINGLE_OPEN } from '../lexicons/quote-marks.js';
import { isWordChar } from '../text/normalize.js';
import { firstAtOrAfter } from '../text/search.js';

/** A stretch of text between quotation marks inside one paragraph. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends first. */
  close: number;
  /** The words inside: [open + width, close), or to the paragraph's end when unclosed. */
  start: number;
  end: number;
  /** Just past the closing mark (the paragraph's end when unclosed). */
  after: number;
  /** Double or single marks. */
  double: boolean;
  /** Nesting depth: 0 outermost. */
  depth: number;
}

type Role = 'open' | 'close' | 'either' | 'none';

const dOpen = new Set<string>(DOUBLE_OPEN);
const dClose = new Set<string>(DOUBLE_CLOSE);
const sOpen = new Set<string>(SINGLE_OPEN);
const sClose = new Set<string>(SINGLE_CLOSE);
const dEither = new Set<string>(DOUBLE_EITHER);
const sEither = new Set<string>(SINGLE_EITHER);

/**
 * The neighbours of a mark are read by character code, -1 standing for the paragraph's edge (a string of one
 * character or undefined, as before, made V8 deoptimise on the mix of the two).
 */
const EDGE = -1;
const isSpaceOrEdge = (c: number): boolean => c === EDGE || c === 32 || c === 10 || c === 9;
const codesOf = (chars: readonly string[]): Set<number> => new Set(chars.map((c) => c.charCodeAt(0)));
const OPEN_BEFORE = codesOf(['(', '[', '{', '\u2014', '\u2013', '-', '/', ':', ';']);
const CLOSE_AFTER = codesOf(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2014', '\u2013', '-', '\u2026']);

/** Whether a mark at `i` can open (it stands at the start of a word) or close (at the end of one). */
function position(s: string, i: number, from: number, to: number): Role {
  const before = i > from ? s.charCodeAt(i - 1) : EDGE;
  const after = i + 1 < to ? s.charCodeAt(i + 1) : EDGE;
  const canOpen = (isSpaceOrEdge(before) || OPEN_BEFORE.has(before) || isQuoteCode(before)) && !isSpaceOrEdge(after);
  const canClose = !isSpaceOrEdge(before) && (isSpaceOrEdge(after) || CLOSE_AFTER.has(after) || isQuoteCode(after));
  if (canOpen && canClose) return 'either';
  if (canOpen) return 'open';
  if (canClose) return 'close';
  return 'none';
}

/** Position of a two-character mark at i, i + 1. */
function position2(s: string, i: number, from: number, to: number): Role {
  const before = i > from ? s.charCodeAt(i - 1) : EDGE;
  const after = i + 2 < to ? s.charCodeAt(i + 2) : EDGE;
  const canOpen = (isSpaceOrEdge(before) || OPEN_BEFORE.has(before)) && !isSpaceOrEdge(after);
  const canClose = !isSpaceOrEdge(before) && (isSpaceOrEdge(after) || CLOSE_AFTER.has(after));
  if (canOpen && canClose) return 'either';
  return canOpen ? 'open' : canClose ? 'close' : 'none';
}

const quoteChars = [...new Set([...dOpen, ...dClose, ...sOpen, ...sClose, ...dEither, ...sEither])];
const quoteCodes = new Set(quoteChars.map((c) => c.charCodeAt(0)));
const isQuoteCode = (code: number): boolean => quoteCodes.has(code);
/** Any one quotation mark, for a search of a whole text (one code unit each: all lie in the BMP). */
const QUOTE_CHAR_SOURCE = `[${quoteChars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;

/**
 * Offsets of every quotation-mark character in `s`, in order. One search of the whole text by the regex
 * engine costs less than reading each character of each paragraph in turn; pairQuoteMarks takes the result.
 */
export function quoteMarkOffsets(s: string): number[] {
  const out: number[] = [];
  // redos-ok: one character class, no quantifier: each match is one character and nothing backtracks.
  const re = new RegExp(QUOTE_CHAR_SOURCE, 'g');
  while (re.test(s)) out.push(re.lastIndex - 1);
  return out;
}

/** Offsets of the quotation-mark characters in [from, to), read one character at a time. */
function quoteMarkOffsetsIn(s: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    // Most characters are no quotation mark: skip them without the set look-up.
    const code = s.charCodeAt(i);
    if (code < 128 ? code === 34 || code === 39 : isQuoteCode(code)) out.push(i);
  }
  return out;
}

interface Open {
  at: number;
  double: boolean;
  width: number;
}

/**
 * Pairs quotation marks in [from, to) (one paragraph). Straight marks open or close by position; curly ones
 * by shape, but only where they stand at a word's edge. A single mark inside a word, or one that closes
 * nothing ("the users’ data"), is an apostrophe and never pairs. A stack keeps nesting; a stray closing mark
 * is ignored; what is still open at the end comes back unclosed. Linear in the paragraph.
 * `marks`: the offsets of the quotation-mark characters of `s` (quoteMarkOffsets), at least those in [from, to),
 * sorted; found here when not given.
 */
export function pairQuoteMarks(s: string, from: number, to: number, marks: readonly number[] = quoteMarkOffsetsIn(s, from, to)): QuotedSpan[] {
  let m = firstAtOrAfter(marks, from, (x) => x);
  // Most paragraphs hold no quotation mark.
  if (m >= marks.length || marks[m]! >= to) return [];
  const out: QuotedSpan[] = [];
  const stack: Open[] = [];
  const closeTo = (double: boolean): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.double === double) return k;
    return -1;
  };
  let width = 1;
  const emit = (k: number, close: number): void => {
    // Marks opened inside the one closing now are dropped: they never closed.
    const o = stack[k]!;
    stack.length = k;
    out.push({ open: o.at, close, start: o.at + o.width, end: close, after: close + width, double: o.double, depth: k });
  };
  for (; m < marks.length && marks[m]! < to; m++) {
    const i = marks[m]!;
    // The most common mark by far: a straight apostrophe inside a word (don't, O'Brien), which never pairs;
    // told apart by character codes before the checks below (which skip it too).
    if (s.charCodeAt(i) === 39 && s.charCodeAt(i + 1) !== 39 && isWordChar(s.charCodeAt(i - 1)) && isWordChar(s.charCodeAt(i + 1))) continue;
    const c = s[i]!;
    // Two straight apostrophes stand for one double mark in some archives: ''like this''.
    const doubled = c === "'" && s[i + 1] === "'";
    width = doubled ? 2 : 1;
    const isD = dOpen.has(c) || dClose.has(c) || dEither.has(c) || doubled;
    const isS = !doubled && (sOpen.has(c) || sClose.has(c) || sEither.has(c));
    if (!isD && !isS) continue;
    if (isS && isWordChar(s.charCodeAt(i - 1)) && isWordChar(s.charCodeAt(i + 1))) continue; // don't, O'Brien
    const pos = doubled ? position2(s, i, from, to) : position(s, i, from, to);
    const shapeOpen = dOpen.has(c) || sOpen.has(c);
    const shapeClose = dClose.has(c) || sClose.has(c);
    const pending = closeTo(isD);
    if (shapeOpen) {
      if (pos !== 'close' || isD) stack.push({ at: i, double: isD, width });
    } else if (shapeClose) {
      if (pending >= 0 && pos !== 'open') emit(pending, i);
      else if (pending >= 0 && isD) emit(pending, i);
      // A lone ’ with nothing open is an apostrophe (users’, ’90s).
    } else if (pos === 'open' || (pos === 'either' && pending < 0)) {
      stack.push({ at: i, double: isD, width });
    } else if ((pos === 'close' || pos === 'either') && pending >= 0) {
      emit(pending, i);
    } else if (pos === 'none' && isD) {
      // A straight double mark between two spaces or glued on both sides: toggle.
      if (pending >= 0) emit(pending, i);
      else stack.push({ at: i, double: true, width });
    }
    // The second mark of a doubled one ('') is read with the first.
    if (doubled && marks[m + 1] === i + 1) m++;
  }
  for (const o of stack) out.push({ open: o.at, close: -1, start: o.at + o.width, end: to, after: to, double: o.double, depth: 0 });
  return out.sort((a, b) => a.open - b.open);
}
