/**
 * A small tokenizer for the number scanners: numbers (digits with their separators), words, single symbols and
 * skipped chunks (URLs, e-mail addresses). One pass, no regular expressions on the input, offsets into the text.
 */

export type TokenKind = 'num' | 'word' | 'sym' | 'skip';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Lowercased text (words and symbols). */
  lower: string;
  /** What separates this token from the previous one: 0 nothing, 1 spaces, 2 a line break. */
  gap: 0 | 1 | 2;
  /** num: the value. */
  value: number;
  /** num: digits before the decimal point, without separators. */
  intDigits: number;
  /** num: written with a decimal point or comma. */
  decimal: boolean;
  /** num: written with thousands separators ("1,200", "1 200", "4,91,207"). */
  grouped: boolean;
  /** num: written with a leading zero ("007", "0143"), which quantities rarely have. */
  leadingZero: boolean;
  /**
   * A word of ASCII letters and apostrophes: the slot of its lowercased text in a SlotTable (a 16-bit hash), so that
   * a lexicon look-up can be skipped for a word no entry shares a slot with. -1 for every other token.
   */
  slot: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export const isSpaceCode = (c: number): boolean =>
  c === 32 || c === 10 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x2028 ||
  c === 0x2029 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff || c === 0x85;

const LETTER = /\p{L}|\p{M}/u;

/**
 * The regular expression's answers for the ranges news text uses most (Latin, Greek, Cyrillic, Hebrew, Arabic,
 * Indic scripts; general punctuation), read once: the same answers, with no string per character.
 */
function letterTable(from: number, to: number): Uint8Array {
  const table = new Uint8Array(to - from);
  for (let c = from; c < to; c++) table[c - from] = LETTER.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
}
const LOW_TABLE = letterTable(0x80, 0x1000);
const PUNCT_TABLE = letterTable(0x2000, 0x2070);

export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0x1000) return LOW_TABLE[c - 0x80] === 1;
  if (c >= 0x2000 && c < 0x2070) return PUNCT_TABLE[c - 0x2000] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(c));
}

/** One step of the word hash: the hash so far and the next (lowercased) code. */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** The hash of a string, as hashStep builds it one code at a time. */
export function hashOf(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
  return h;
}

/** The slot of a hash in a SlotTable. */
export const slotOf = (h: number): number => h & 0xffff;

/**
 * Which slots the words of a lexicon fill: a word token whose slot is empty is surely none of them, and is not
 * looked up. Words are hashed as written, so a lexicon of lowercase words answers for Token.lower. One bit per slot,
 * folded to the fewest bits that keep about one slot in 64 filled (256 bytes for a list of 30 words, 8 KB at most):
 * a small table stays in the first-level cache, where the hash tables of the lexicons, touched once per word, do
 * not. Element 0 holds the mask that folds a 16-bit slot to the table's size.
 */
export type SlotTable = Int32Array;

export function slotTable(words: Iterable<string>): SlotTable {
  const list = [...words];
  let size = 2048;
  while (size < 0x10000 && size < list.length * 64) size *= 2;
  const table = new Int32Array(1 + (size >>> 5));
  table[0] = size - 1;
  for (const w of list) {
    const slot = slotOf(hashOf(w)) & (size - 1);
    table[1 + (slot >>> 5)]! |= 1 << (slot & 31);
  }
  return table;
}

/** Is the slot filled? */
export function inSlots(table: SlotTable, slot: number): boolean {
  const s = slot & table[0]!;
  return (table[1 + (s >>> 5)]! & (1 << (s & 31))) !== 0;
}

/** False only when t.lower is surely no word of the table's lexicon (a token with no slot is always looked up). */
export const mayBeIn = (table: SlotTable, t: Token): boolean => t.slot < 0 || inSlots(table, t.slot);

/** Tokens of norm[start, end). Linear in the length of the range. */
export function tokenize(norm: string, start = 0, end = norm.length): Token[] {
  const out: Token[] = [];
  let i = start;
  let gap: 0 | 1 | 2 = 0;
  let chunkStart = true;
  // a URL or address needs "://", "@" or a "www." head: with no ":" or "@" in the range, only the head is looked at
  const range = norm.slice(start, end);
  const linkMarks = range.indexOf(':') !== -1 || range.indexOf('@') !== -1;
  while (i < end) {
    const c = norm.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (gap === 0) gap = 1;
      if (c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85) gap = 2;
      i++;
      chunkStart = true;
      continue;
    }
    if (chunkStart) {
      chunkStart = false;
      const skipEnd = linkMarks || wwwAt(norm, i, end) ? skippableChunk(norm, i, end) : i;
      if (skipEnd > i) {
        out.push(make('skip', norm, i, skipEnd, gap));
        gap = 0;
        i = skipEnd;
        continue;
      }
    }
    let j: number;
    if (isDigit(c) || (c === 46 && isDigit(norm.charCodeAt(i + 1)) && !isDigit(norm.charCodeAt(i - 1)) && i + 1 < end)) {
      const tok = readNumber(norm, i, end, gap);
      if (tok.end > i) {
        out.push(tok);
        i = tok.end;
        gap = 0;
        continue;
      }
      // A number that reads as nothing (".5" after a dot run) is a symbol: the scan always moves on.
      j = i + 1;
      out.push(make('sym', norm, i, j, gap));
    } else if (isLetterCode(c)) {
      // ascii: only ASCII letters and apostrophes, hashed lowercased as h; lowercase: and none of them in A-Z
      let ascii = c < 128;
      let lowercase = c >= 97 && c <= 122;
      let h = hashStep(0, c | 32);
      j = i + 1;
      while (j < end) {
        const d = norm.charCodeAt(j);
        if (d >= 97 && d <= 122) {
          h = hashStep(h, d);
          j++;
        } else if (d >= 65 && d <= 90) {
          h = hashStep(h, d | 32);
          lowercase = false;
          j++;
        } else if (isLetterCode(d)) {
          ascii = false;
          lowercase = false;
          j++;
        } else if (d === 39 && j + 1 < end && isLetterCode(norm.charCodeAt(j + 1))) {
          h = hashStep(h, 39);
          j++; // the letter is read next turn
        } else break;
      }
      out.push(make('word', norm, i, j, gap, ascii && lowercase, ascii ? slotOf(h) : -1));
    } else {
      j = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && j < end) j++;
      // an ASCII symbol is no letter, so it is its own lowercase
      out.push(make('sym', norm, i, j, gap, c < 128));
    }
    gap = 0;
    i = j;
  }
  return out;
}

/**
 * A token of norm[start, end). `lowercase` says the text is known to be its own lowercase, so no lowercased copy is
 * asked for: toLowerCase costs a call per token, and on a two-byte text (curly quotes, dashes) a new string each time.
 */
function make(kind: TokenKind, norm: string, start: number, end: number, gap: 0 | 1 | 2, lowercase = false, slot = -1): Token {
  const text = norm.slice(start, end);
  const lower = lowercase ? text : text.toLowerCase();
  return { kind, start, end, text, lower, gap, value: NaN, intDigits: 0, decimal: false, grouped: false, leadingZero: false, slot };
}

/** The longest URL or e-mail chunk read whole; a longer run of non-spaces is cut there. */
export const MAX_CHUNK = 2048;

/**
 * "www." at i, in any case (no other code lowercases to "w" or "."). The four codes are read and compared on every
 * call, with no early exit: a test reached only after "ww" ran first on the first web address, long after the
 * tokenizer was optimised, and sent it back to be compiled again.
 */
function wwwAt(norm: string, i: number, end: number): boolean {
  if (i + 4 > end) return false; // the reads below stay inside the text: a read past it is another costly case
  const diff = ((norm.charCodeAt(i) | 32) ^ 119) | ((norm.charCodeAt(i + 1) | 32) ^ 119) |
    ((norm.charCodeAt(i + 2) | 32) ^ 119) | (norm.charCodeAt(i + 3) ^ 46);
  return diff === 0;
}

/** End of a URL or e-mail chunk starting at i, or i when the chunk is neither. */
function skippableChunk(norm: string, i: number, end: number): number {
  let j = i;
  let url = false;
  let at = -1;
  while (j < end && !isSpaceCode(norm.charCodeAt(j))) {
    const c = norm.charCodeAt(j);
    if (c === 58 && norm.charCodeAt(j + 1) === 47 && norm.charCodeAt(j + 2) === 47) url = true;
    else if (c === 64) at = j;
    j++;
    if (j - i > MAX_CHUNK) break;
  }
  if (wwwAt(norm, i, end)) url = true;
  if (!url && at > i && isLetterCode(norm.charCodeAt(at - 1)) && isLetterCode(norm.charCodeAt(at + 1))) url = true;
  if (!url) return i;
  // a URL or address ends before trailing sentence punctuation
  while (j > i && ',.;:!?)]"\''.includes(norm[j - 1]!)) j--;
  return j;
}

/**
 * A number written in digits at i: "1,234,567.89", "12,34,567", "1 234 567", ".08", "1e10", "5,00".
 * Separators are taken only where they group digits the way a number does; "192.168.1.2" is four numbers.
 */
function readNumber(norm: string, i: number, end: number, gap: 0 | 1 | 2): Token {
  let j = i;
  while (j < end && isDigit(norm.charCodeAt(j))) j++;
  const firstGroup = j - i;
  let digits = norm.slice(i, j);
  let grouped = false;
  let decimalComma = false;
  // comma groups: western 1-3 then 3s; Indian 1-2 then 2s then a final 3
  if (firstGroup > 0 && firstGroup <= 3 && norm.charCodeAt(j) === 44 && isDigit(norm.charCodeAt(j + 1))) {
    const groups: string[] = [];
    let k = j;
    while (k < end && norm.charCodeAt(k) === 44 && isDigit(norm.charCodeAt(k + 1))) {
      let m = k + 1;
      while (m < end && isDigit(norm.charCodeAt(m))) m++;
      groups.push(norm.slice(k + 1, m));
      k = m;
      if (groups.length > 12) break;
    }
    const western = groups.every((g) => g.length === 3);
    const indian = firstGroup <= 2 && groups.length >= 2 && groups[groups.length - 1]!.length === 3 &&
      groups.slice(0, -1).every((g) => g.length === 2);
    const prevIsList = i > 0 && norm.charCodeAt(i - 1) === 44 && isDigit(norm.charCodeAt(i - 2));
    if (western || indian) {
      digits += groups.join('');
      grouped = true;
      j = k;
    } else if (groups.length === 1 && groups[0]!.length <= 2 && !prevIsList && !(norm.charCodeAt(k) === 46 && isDigit(norm.charCodeAt(k + 1)))) {
      decimalComma = true; // "5,00", "1,3"
      j = k;
    }
  } else if (firstGroup > 0 && firstGroup <= 3 && norm.charCodeAt(j) === 32 && isDigit(norm.charCodeAt(j + 1))) {
    // space groups: "1 234 567", "40 000"
    let k = j;
    let got = '';
    while (k < end && norm.charCodeAt(k) === 32 && isDigit(norm.charCodeAt(k + 1)) && isDigit(norm.charCodeAt(k + 2)) &&
           isDigit(norm.charCodeAt(k + 3)) && !isDigit(norm.charCodeAt(k + 4)) && !(norm.charCodeAt(k + 4) === 44 && isDigit(norm.charCodeAt(k + 5))) &&
           !(norm.charCodeAt(k + 4) === 47)) {
      got += norm.slice(k + 1, k + 4);
      k += 4;
    }
    if (got.length > 0) {
      digits += got;
      grouped = true;
      j = k;
    }
  }
  let frac = '';
  if (decimalComma) {
    frac = norm.slice(i + firstGroup + 1, j);
  } else if (norm.charCodeAt(j) === 46 && isDigit(norm.charCodeAt(j + 1))) {
    let m = j + 1;
    while (m < end && isDigit(norm.charCodeAt(m))) m++;
    // "192.168.1.2": a dotted chain is several numbers, not a decimal
    const chain = (norm.charCodeAt(m) === 46 && isDigit(norm.charCodeAt(m + 1))) ||
      (i >= 2 && norm.charCodeAt(i - 1) === 46 && isDigit(norm.charCodeAt(i - 2)));
    if (!chain) {
      frac = norm.slice(j + 1, m);
      j = m;
    }
  }
  let value = Number((digits.length > 0 ? digits : '0') + (frac.length > 0 ? '.' + frac : ''));
  // exponent: "1e10", "-127.32e13", "12.32e+14"
  const e = norm.charCodeAt(j);
  if ((e === 101 || e === 69) && j + 1 < end) {
    let m = j + 1;
    const s = norm.charCodeAt(m);
    if (s === 43 || s === 45) m++;
    const ds = m;
    while (m < end && isDigit(norm.charCodeAt(m))) m++;
    if (m > ds && !isLetterCode(norm.charCodeAt(m)) && m - ds <= 3) {
      value = Number(norm.slice(i, j).replace(/[, ]/g, '').replace(/^\./, '0.') + 'e' + norm.slice(j + 1, m));
      j = m;
    }
  }
  // digits and separators are their own lowercase; only an exponent's "E" is not
  const tok = make('num', norm, i, j, gap, !hasUpperE(norm, i, j));
  tok.value = value;
  tok.intDigits = digits.length;
  tok.decimal = frac.length > 0;
  tok.grouped = grouped;
  tok.leadingZero = digits.length > 1 && digits.charCodeAt(0) === 48;
  return tok;
}

/** An "E" in norm[from, to). */
function hasUpperE(norm: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (norm.charCodeAt(k) === 69) return true;
  return false;
}
