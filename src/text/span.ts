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
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  const trimmed = a === 0 && b === s.length ? s : s.slice(a, b);
  return trimmed.replace(SPACE_RUN_TO_FOLD, ' ');
}

/**
 * The runs of the characters `isSpace` accepts that folding changes: two or more of them, or a single one that
 * is not a plain space. A lone plain space (most of them) is no match, which keeps the native replace cheap.
 * Each alternative is one class with one quantifier: linear.
 */
const SPACE_RUN_TO_FOLD =
  /[\t-\r \u00a0\u200b\ufeff\u2028\u2029\u202f\u3000\u2000-\u200a]{2,}|[\t-\r\u00a0\u200b\ufeff\u2028\u2029\u202f\u3000\u2000-\u200a]/g;

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
