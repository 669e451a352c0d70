import { foldSpace } from './span.js';

/** Lowercased, whitespace folded, and stripped of surrounding punctuation and bullets: for lexicon look-ups. */
export function foldKey(s: string): string {
  return keyOfFolded(foldSpace(s));
}

/** `foldKey` of a string whose whitespace `foldSpace` has already folded. */
export function keyOfFolded(folded: string): string {
  const f = folded.toLowerCase();
  let a = 0;
  let b = f.length;
  while (a < b && isEdgePunct(f.charCodeAt(a))) a++;
  while (b > a && isEdgePunct(f.charCodeAt(b - 1))) b--;
  return f.slice(a, b).replace(/[\u2019\u2018]/g, "'");
}

/**
 * The first `headLength` characters of `keyOfFolded(folded)`, when that key is sure to be at least `minLength`
 * long (`minLength` >= `headLength`), else null: a key's head without lowercasing a whole long paragraph. It holds
 * because lowercasing never shortens a string and maps no character to or from the edge punctuation; null too
 * when the head cannot be lowercased alone (see lowerPrefix).
 */
export function longKeyHead(folded: string, minLength: number, headLength: number): string | null {
  let a = 0;
  let b = folded.length;
  if (b < minLength) return null;
  while (a < b && isEdgePunct(folded.charCodeAt(a))) a++;
  while (b > a && isEdgePunct(folded.charCodeAt(b - 1))) b--;
  if (b - a < minLength) return null;
  const head = lowerPrefix(folded, a, headLength);
  return head === null ? null : head.slice(0, headLength).replace(/[\u2019\u2018]/g, "'");
}

/**
 * `s.slice(from, from + n).toLowerCase()`, when that is a start of `s.slice(from).toLowerCase()`, else null
 * (`from` starting no surrogate pair's second half). Lowercasing goes character by character except for a
 * capital sigma, whose form depends on what follows (a slice holding one gives null), and a surrogate pair, which
 * the cut must not split (null again).
 */
export function lowerPrefix(s: string, from: number, n: number): string | null {
  const head = s.slice(from, from + n);
  const last = head.charCodeAt(head.length - 1);
  if (head.includes('\u03a3') || (last >= 0xd800 && last <= 0xdbff)) return null;
  return head.toLowerCase();
}

function isEdgePunct(c: number): boolean {
  // space . , : ; ! ? - – — • · * > | » « ( ) [ ]
  return c === 32 || c === 46 || c === 44 || c === 58 || c === 59 || c === 33 || c === 63 || c === 45 ||
    c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0xb7 || c === 42 || c === 62 || c === 124 ||
    c === 0xbb || c === 0xab || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2192 || c === 0x25b6;
}

const WIDE_WORD_CHAR = /^[\p{L}\p{N}\u2019]$/u;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** A character of a word in the sense of `words`: a letter, a digit, an apostrophe or a hyphen. */
function isWordChar(c: number, s: string, k: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
  // A surrogate pair is one character, a letter or not as a whole; a lone surrogate is none.
  if (isHigh(c)) return isLow(s.charCodeAt(k + 1)) && WIDE_WORD_CHAR.test(s.slice(k, k + 2));
  if (isLow(c)) return k > 0 && isHigh(s.charCodeAt(k - 1)) && WIDE_WORD_CHAR.test(s.slice(k - 1, k + 1));
  return WIDE_WORD_CHAR.test(s[k]!);
}

/**
 * How many words `words(s.slice(from, to))` would give, counting no further than `limit + 1`: the length
 * tests of the zone rules without splitting a whole paragraph.
 */
export function countWords(s: string, limit: number, from = 0, to = s.length): number {
  let n = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const w = isWordChar(s.charCodeAt(k), s, k);
    if (w && !inWord && ++n > limit) return n;
    inWord = w;
  }
  return n;
}

/** Words of a string: runs of letters, digits, apostrophes and hyphens. */
export function words(s: string): string[] {
  return s.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length > 0);
}
