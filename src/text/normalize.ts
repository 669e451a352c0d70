/**
 * A normalised copy of the input with exactly the same length, so that every offset found in it is an offset
 * into the input. Only one UTF-16 unit is ever replaced by one other:
 * - exotic spaces (no-break, thin, ideographic, zero-width, BOM) and carriage returns become a plain space;
 * - line and paragraph separators become "\n";
 * - curly apostrophes and primes (’ ‘ ′ ʼ) used inside words become "'"; quote characters are left alone
 *   (quote detection needs to tell them apart).
 */
export function normalize(input: string): string {
  // Unchanged stretches are copied whole, between the characters replaced.
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    let r = -1;
    if (c === 13 || c === 0xa0 || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff ||
        c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 9 || c === 11 || c === 12) {
      r = 32;
    } else if (c === 0x2028 || c === 0x2029 || c === 0x85) {
      r = 10;
    } else if ((c === 0x2019 || c === 0x2bc || c === 0x2032) && isWordChar(input.charCodeAt(i - 1)) &&
               isWordChar(input.charCodeAt(i + 1))) {
      r = 39;
    }
    if (r >= 0) {
      if (out === null) out = [];
      out.push(input.slice(from, i), String.fromCharCode(r));
      from = i + 1;
    }
  }
  if (out === null) return input;
  out.push(input.slice(from));
  return out.join('');
}

/** Letters and digits, ASCII and beyond (a rough test good enough for apostrophes). */
export function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code <= 0x3ff) ||
    (code >= 0x400 && code <= 0x4ff);
}
