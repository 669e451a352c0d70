import { foldSpace } from './span.js';

/** Lowercased, whitespace folded, and stripped of surrounding punctuation and bullets: for lexicon look-ups. */
export function foldKey(s: string): string {
  const f = foldSpace(s).toLowerCase();
  let a = 0;
  let b = f.length;
  while (a < b && isEdgePunct(f.charCodeAt(a))) a++;
  while (b > a && isEdgePunct(f.charCodeAt(b - 1))) b--;
  return f.slice(a, b).replace(/[\u2019\u2018]/g, "'");
}

function isEdgePunct(c: number): boolean {
  // space . , : ; ! ? - – — • · * > | » « ( ) [ ]
  return c === 32 || c === 46 || c === 44 || c === 58 || c === 59 || c === 33 || c === 63 || c === 45 ||
    c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0xb7 || c === 42 || c === 62 || c === 124 ||
    c === 0xbb || c === 0xab || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2192 || c === 0x25b6;
}

/** Words of a string: runs of letters, digits, apostrophes and hyphens. */
export function words(s: string): string[] {
  return s.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length > 0);
}
