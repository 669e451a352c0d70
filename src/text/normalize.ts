/**
 * A normalised copy of the input with exactly the same length, so that every offset found in it is an offset
 * into the input. Only one UTF-16 unit is ever replaced by one other:
 * - exotic spaces (no-break, thin, ideographic, zero-width, BOM) and carriage returns become a plain space;
 * - line and paragraph separators become "\n";
 * - curly apostrophes and primes (’ ‘ ′ ʼ) used inside words become "'"; quote characters are left alone
 *   (quote detection needs to tell them apart).
 */
export function normalize(input: string): string {
  // One native search for the few characters that may change; most texts hold none or a handful, and an
  // unchanged text comes back as it is.
  return input.replace(MAY_CHANGE, replacement);
}

/**
 * Every character `normalize` may replace, and nothing else. A global regex used only through `replace`, which
 * starts it at 0 and leaves it at 0: no state is carried from one call to the next.
 * redos-ok: one character class, no quantifier: each match is one character and nothing backtracks.
 */
const MAY_CHANGE = /[\t\v\f\r\u0085\u00a0\u02bc\u2000-\u200d\u2019\u2028\u2029\u202f\u2032\u2060\u3000\ufeff]/g;

/** What the character `ch` at `i` of `input` becomes (itself when it stays). */
function replacement(ch: string, i: number, input: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return '\n';
  if (c === 0x2019 || c === 0x2bc || c === 0x2032) {
    // An apostrophe only inside a word: "don’t", "Côte d’Ivoire"; a closing quotation mark stays.
    return isWordChar(input.charCodeAt(i - 1)) && isWordChar(input.charCodeAt(i + 1)) ? "'" : ch;
  }
  return ' ';
}

/** Letters and digits, ASCII and beyond (a rough test good enough for apostrophes). */
export function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code <= 0x3ff) ||
    (code >= 0x400 && code <= 0x4ff);
}
