import type { Span } from '../schema/span.js';

/** The one way to make a Span: the text is always the slice of the input. */
export function makeSpan(input: string, start: number, end: number): Span {
  return { start, end, text: input.slice(start, end) };
}

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x200b || code === 0xfeff ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);

export { isSpace };

/** [start, end) shrunk past whitespace on both sides. */
export function trimRange(input: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(input.charCodeAt(start))) start++;
  while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** A Span of [start, end) after trimming whitespace, or null when nothing is left. */
export function trimmedSpan(input: string, start: number, end: number): Span | null {
  const [s, e] = trimRange(input, start, end);
  return s < e ? makeSpan(input, s, e) : null;
}

/** Whitespace folded to single spaces, trimmed: for comparing paragraphs. */
export function foldSpace(s: string): string {
  const n = s.length;
  if (isFolded(s)) return s;
  // One native pass: runs of exactly the characters isSpace accepts become one space, then the ends go.
  const out = s.replace(SPACE_RUN, ' ');
  const from = out.charCodeAt(0) === 32 ? 1 : 0;
  const to = out.length > from && out.charCodeAt(out.length - 1) === 32 ? out.length - 1 : out.length;
  return from === 0 && to === out.length ? out : out.slice(from, to);
}

/** A run of the characters `isSpace` accepts (one class, one quantifier: linear). */
const SPACE_RUN = /[\t-\r \u00a0\u200b\ufeff\u2028\u2029\u202f\u3000\u2000-\u200a]+/g;

/** Already folded: no space at either end, and every space a single plain one. */
function isFolded(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(n - 1))) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0xa0) continue;
    if (c === 32 ? s.charCodeAt(i + 1) === 32 : isSpace(c)) return false;
  }
  return true;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
