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
  // Most tokens met here are words before a stop ("said."): rejected before any string is cut from them.
  if (!markerBodyShape(norm, bodyStart, q)) return null;
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

/**
 * [from, to) may be the body of a marker: one character, 1-3 digits, or ASCII roman-numeral letters (i v x l in
 * either case). Every other body is one markerAt turns down (no number, letter or roman value), so testing the
 * shape first changes nothing but the cost.
 */
function markerBodyShape(norm: string, from: number, to: number): boolean {
  if (to - from === 1) return true;
  let digits = true;
  let roman = true;
  for (let q = from; q < to; q++) {
    const c = norm.charCodeAt(q) | 32;
    if (!isDigit(norm.charCodeAt(q))) digits = false;
    if (c !== 105 && c !== 118 && c !== 120 && c !== 108) roman = false;
  }
  return (digits && to - from <= 3) || roman;
}

const follows = (a: MarkerShape, b: MarkerShape): boolean =>
  (a.number > 0 && b.number === a.number + 1) || (a.letter > 0 && b.letter === a.letter + 1) ||
  (a.roman > 0 && b.roman === a.roman + 1);

/** A character that ends what stands before a list: a stop, a colon or a semicolon. */
const leadsList = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026;

/** A marker seen earlier, the last of its style that could open or continue a list. */
interface SeenMarker {
  at: number;
  shape: MarkerShape;
  /** First non-space index after the marker: a word stands between it and a later marker that starts beyond. */
  nextToken: number;
}

/**
 * List markers in [start, end) that belong to a list. A list opens at a marker that stands where an item can
 * begin: at the start of the block or of a line, after a stop, a colon or a semicolon (also behind a closing
 * quotation mark), or after a lone bullet. A marker then counts when the previous marker of the same style is its
 * predecessor (1 then 2, a then b, iii then iv) with at least one word between them; both count. So
 * "1. The first item 2. The second item" is a list and "Line 1. Line 2." is not. Returns marker start -> index
 * after the marker.
 *
 * Tokens are runs of non-space characters. A marker has its "." or ")" among the first six characters of its
 * token, so only the tokens around the "." and ")" of the block (found by native search) are looked at; what a
 * token needs to know of the one before it is read backwards from its start.
 */
export function findListMarkers(norm: string, start: number, end: number): Map<number, number> {
  const confirmed = new Map<number, number>();
  const last = new Map<string, SeenMarker>();
  const text = norm.slice(start, end);
  let dot = text.indexOf('.');
  let paren = text.indexOf(')');
  /** Start of the last token looked at: a token is looked at once, however many stops it holds. */
  let seen = -1;
  while (dot >= 0 || paren >= 0) {
    let d: number;
    if (paren < 0 || (dot >= 0 && dot < paren)) { d = start + dot; dot = text.indexOf('.', dot + 1); }
    else { d = start + paren; paren = text.indexOf(')', paren + 1); }
    const t = tokenStartNear(norm, start, d);
    if (t < 0 || t <= seen) continue;
    seen = t;
    const shape = markerAt(norm, t, end);
    if (shape === null) continue;
    const before = last.get(shape.style);
    if (before && follows(before.shape, shape) && before.nextToken < t) {
      confirmed.set(before.at, before.shape.end);
      confirmed.set(t, shape.end);
      last.set(shape.style, seenMarker(norm, t, shape, end));
    } else if (opensList(norm, start, t)) {
      last.set(shape.style, seenMarker(norm, t, shape, end));
    }
  }
  return confirmed;
}

/**
 * The start of the token holding `d`, when it is at most 5 characters before `d` (else -1): the "." or ")" at `d`
 * is then among the token's first six characters, which is all the search needs before markerAt is asked.
 */
function tokenStartNear(norm: string, start: number, d: number): number {
  let t = d;
  while (t > start && !isSpace(norm.charCodeAt(t - 1))) {
    if (d - t >= 5) return -1;
    t--;
  }
  return t;
}

function seenMarker(norm: string, at: number, shape: MarkerShape, end: number): SeenMarker {
  let q = shape.end;
  while (q < end && isSpace(norm.charCodeAt(q))) q++;
  return { at, shape, nextToken: q };
}

/**
 * Can a list open at the token starting at `t`? It is the first token of the block or of a line, or the token
 * before it ends in a stop, a colon or a semicolon (maybe behind a closing mark), or is a lone bullet.
 */
function opensList(norm: string, start: number, t: number): boolean {
  let g = t;
  let newline = false;
  while (g > start && isSpace(norm.charCodeAt(g - 1))) {
    if (norm.charCodeAt(g - 1) === 10) newline = true;
    g--;
  }
  if (g === start || newline) return true;
  const prevLast = norm.charCodeAt(g - 1);
  const prevBeforeLast = g - 2 >= start ? norm.charCodeAt(g - 2) : -1;
  if (leadsList(prevLast) || (isCloser(prevLast) && leadsList(prevBeforeLast))) return true;
  if (!isBullet(prevLast)) return false;
  let prevStart = g - 1;
  while (prevStart > start && !isSpace(norm.charCodeAt(prevStart - 1))) prevStart--;
  return norm.charCodeAt(prevStart) === prevLast;
}
