/** Character classes of the sentence splitter, on UTF-16 code units (NaN or -1, past either end, is in none). */

export const isSpace = (c: number): boolean =>
  c <= 32 ? c === 32 || (c >= 9 && c <= 13) :
    c >= 0x85 && (c === 0x85 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
      c === 0x202f || c === 0x3000 || c === 0xfeff);

/** Spaces that do not break a line. */
export const isInlineSpace = (c: number): boolean => isSpace(c) && c !== 10 && c !== 0x2028 && c !== 0x2029 && c !== 0x85;

export const isLineBreak = (c: number): boolean => c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

export function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

export const isLetter = (c: number): boolean => isUpper(c) || isLower(c);

export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);

/** . ! ? and their full-width, doubled and ellipsis forms; the Devanagari danda, Arabic and Urdu stops. */
export const isTerminal = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || (c >= 0x2026 && (c === 0x2026 || isWideTerminal(c) || c === 0x203c ||
    c === 0x2047 || c === 0x2048 || c === 0x2049)) || c === 0x964 || c === 0x965 || c === 0x61f || c === 0x6d4 ||
  c === 0x1362;

/** Full-width and ideographic stops end a sentence even with no space after them. */
export const isWideTerminal = (c: number): boolean => c === 0xff0e || c === 0x3002 || c === 0xff01 || c === 0xff1f;

/** Quotation marks and brackets that close: " ' ” ’ » › ) ]. */
export const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 41 || c === 93;

/** Quotation marks and brackets that open, and inverted marks: " ' ` “ ‘ „ ‚ « ‹ ( [ { ¿ ¡. */
export const isOpener = (c: number): boolean =>
  c === 34 || c === 39 || c === 96 || c === 0x201c || c === 0x2018 || c === 0x201e || c === 0x201a || c === 0xab ||
  c === 0x2039 || c === 40 || c === 91 || c === 123 || c === 0xbf || c === 0xa1;

export const isQuoteMark = (c: number): boolean =>
  c === 34 || c === 39 || c === 96 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2039 ||
  c === 0x203a;

/** Hyphen, en dash, em dash and their relatives. */
export const isDash = (c: number): boolean => c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;

/** List bullets. A hyphen or an asterisk is a bullet only at the start of a line. */
export const isBullet = (c: number): boolean =>
  c === 0x2022 || c === 0x2043 || c === 0x25aa || c === 0x25e6 || c === 0x2023 || c === 0x25cf || c === 0x25a0 ||
  c === 0x25ba || c === 0x25b6 || c === 0x2219 || c === 0x27a2 || c === 0x2756;

/**
 * ASCII characters the scanner can step over without a second look: letters, digits and punctuation that is no
 * stop, quotation mark or bracket (1), against whitespace, . ! ? " ' ` ( ) [ ] (0).
 */
export const ASCII_PLAIN: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 33; c < 127; c++) t[c] = 1;
  for (const ch of '.!?"\'`()[]') t[ch.charCodeAt(0)] = 0;
  return t;
})();
