import { isBullet, isCloser, isDigit, isLower, isSpace, isUpper } from './chars.js';

/** A list marker's shape: "1." "1)" "1.)" "(1)", with numbers, letters or roman numerals. */
export interface MarkerShape {
  /** Index after the marker (and its bullet, when one is glued to it). */
  end: number;
  /** Punctuation form plus the case of letters, so "a)" and "b)" match but "a)" and "2." do not. */
  style: string;
  number: number;
  letter: number;
  roman: number;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 };

function romanValue(s: string): number {
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN[s[k]!];
    const next = k + 1 < s.length ? ROMAN[s[k + 1]!] : 0;
    if (v === undefined) return 0;
    total += next !== undefined && next > v ? -v : v;
  }
  return total > 0 && total < 40 ? total : 0;
}

/**
 * The list marker that starts at `p` (the start of a token), if any: an optional glued bullet, then "(x)", "x)",
 * "x.)" or "x." where x is 1-3 digits, one letter or a short roman numeral; a space must follow. "x." with a
 * letter needs a lowercase letter (so "E. Smith" is no marker) and with a number needs a capital after it (so
 * "for 1. above" is none).
 */
export function markerAt(norm: string, p: number, end: number): MarkerShape | null {
  let q = p;
  if (isBullet(norm.charCodeAt(q))) q++;
  let paren = false;
  if (norm.charCodeAt(q) === 40) { paren = true; q++; }
  const bodyStart = q;
  while (q < end && q - bodyStart < 4 && (isDigit(norm.charCodeAt(q)) || isLower(norm.charCodeAt(q)) ||
    isUpper(norm.charCodeAt(q)))) q++;
  if (q === bodyStart || (norm.charCodeAt(q) !== 41 && norm.charCodeAt(q) !== 46)) return null;
  const body = norm.slice(bodyStart, q);
  let form: string;
  if (norm.charCodeAt(q) === 41) { form = paren ? '()' : ')'; q++; }
  else if (!paren && norm.charCodeAt(q) === 46 && norm.charCodeAt(q + 1) === 41) { form = '.)'; q += 2; }
  else if (!paren && norm.charCodeAt(q) === 46) { form = '.'; q++; }
  else return null;
  if (q >= end || !isSpace(norm.charCodeAt(q))) return null;
  let r = q;
  while (r < end && isSpace(norm.charCodeAt(r)) && r - q < 8) r++;
  if (r >= end) return null;

  let number = 0;
  let letter = 0;
  let roman = 0;
  let kind: string;
  if (/^\d{1,3}$/.test(body)) {
    number = Number(body);
    kind = 'n';
    if (form === '.' && !isUpper(norm.charCodeAt(r))) return null;
  } else {
    const lower = body.toLowerCase();
    const upper = body !== lower;
    if (body !== (upper ? body.toUpperCase() : lower)) return null;
    if (body.length === 1) letter = lower.charCodeAt(0) - 96;
    roman = romanValue(lower);
    if (letter === 0 && roman === 0) return null;
    if (form === '.' && (upper || letter === 0)) return null;
    kind = upper ? 'A' : 'a';
  }
  return { end: q, style: form + kind, number, letter, roman };
}

/** A "." or ")" among the first six characters of the token at `i`: the cheap test before markerAt. */
function punctuatedSoon(norm: string, i: number, end: number): boolean {
  const stop = Math.min(end, i + 6);
  for (let q = i; q < stop; q++) {
    const d = norm.charCodeAt(q);
    if (d === 46 || d === 41) return true;
    if (d <= 32) return false;
  }
  return false;
}

const follows = (a: MarkerShape, b: MarkerShape): boolean =>
  (a.number > 0 && b.number === a.number + 1) || (a.letter > 0 && b.letter === a.letter + 1) ||
  (a.roman > 0 && b.roman === a.roman + 1);

/** A character that ends what stands before a list: a stop, a colon or a semicolon. */
const leadsList = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026;

/**
 * List markers in [start, end) that belong to a list. A list opens at a marker that stands where an item can
 * begin: at the start of the block or of a line, after a stop, a colon or a semicolon (also behind a closing
 * quotation mark), or after a lone bullet. A marker then counts when the previous marker of the same style is its
 * predecessor (1 then 2, a then b, iii then iv) with at least one word between them; both count. So
 * "1. The first item 2. The second item" is a list and "Line 1. Line 2." is not. Returns marker start -> index
 * after the marker.
 */
export function findListMarkers(norm: string, start: number, end: number): Map<number, number> {
  const confirmed = new Map<number, number>();
  const last = new Map<string, { at: number; token: number; shape: MarkerShape }>();
  let prevSpace = true;
  let lineStart = true;
  let prevTokStart = -1;
  let prevLast = NaN;
  let prevBeforeLast = NaN;
  let token = 0;
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (!prevSpace && c > 32 && c < 128) continue;
    if (isSpace(c)) {
      if (!prevSpace) {
        prevLast = norm.charCodeAt(i - 1);
        prevBeforeLast = i - 2 >= start ? norm.charCodeAt(i - 2) : NaN;
      }
      if (c === 10) lineStart = true;
      prevSpace = true;
      continue;
    }
    if (!prevSpace) continue;
    prevSpace = false;
    token++;
    const opens = lineStart || leadsList(prevLast) || (isCloser(prevLast) && leadsList(prevBeforeLast)) ||
      (prevTokStart >= 0 && isBullet(prevLast) && norm.charCodeAt(prevTokStart) === prevLast);
    lineStart = false;
    prevTokStart = i;
    if (!punctuatedSoon(norm, i, end)) continue;
    const shape = markerAt(norm, i, end);
    if (shape === null) continue;
    const before = last.get(shape.style);
    if (before && follows(before.shape, shape) && token > before.token + 1) {
      confirmed.set(before.at, before.shape.end);
      confirmed.set(i, shape.end);
      last.set(shape.style, { at: i, token, shape });
    } else if (opens) {
      last.set(shape.style, { at: i, token, shape });
    }
    i = shape.end - 1;
  }
  return confirmed;
}
