/**
 * A word scanner for name finding over the normalised text: words with their offsets and the characters between
 * them. One pass, no regular expressions on unbounded input. Unlike wink's tokens it keeps "U.S.", "Sen.",
 * "Kovač", "al-Harbi" and "mRNA-1403" whole, and splits a possessive "'s" off as its own flag.
 */
export interface Word {
  readonly start: number;
  /** End of the word, without a possessive "'s" or "'". */
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** At least two letters, all capitals ("FTC", "WASHINGTON", "U.S."). */
  readonly caps: boolean;
  /** Holds a digit. */
  readonly digit: boolean;
  /** Holds a capital letter somewhere (when it does not, `lower` is `text` itself). */
  readonly upper: boolean;
  /** `lower` without a final full stop ("sen" for "Sen."). */
  readonly bare: string;
  /** Followed by a possessive "'s" (or a bare "'" after s). */
  readonly possessive: boolean;
  /** End including the possessive. */
  readonly outerEnd: number;
}

const upperCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ||
  (c > 0xff && c < 0x2000 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());

const wordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x250 && c <= 0x2af) ||
  (c >= 0x300 && c <= 0x36f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f) ||
  (c >= 0x1e00 && c <= 0x1eff);

/** Below this code every class is looked up in CLASS; at and above it no character is a word character or a capital. */
const TABLE_SIZE = 0x2000;
const WORD = 1;
const UPPER = 2;
const DIGIT_CODE = 4;
/** WORD, UPPER and DIGIT_CODE flags of each code below TABLE_SIZE, computed once when the module loads, never changed. */
const CLASS = ((): Uint8Array => {
  const t = new Uint8Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    t[c] = (wordCode(c) ? WORD : 0) | (upperCode(c) ? UPPER : 0) | (c >= 48 && c <= 57 ? DIGIT_CODE : 0);
  }
  return t;
})();

const isUpper = (c: number): boolean => c < TABLE_SIZE && (CLASS[c]! & UPPER) !== 0;

/** Letters (Latin, Greek, Cyrillic and combining marks) and digits. */
export function isWordCode(c: number): boolean {
  return c < TABLE_SIZE && (CLASS[c]! & WORD) !== 0;
}

const APOS = 39;
const RSQUO = 0x2019;

/** Abbreviations whose full stop belongs to the word ("Inc.", "Sen.", "St."). */
const DOTTED = new Set([
  'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'st', 'mt', 'ft', 'no', 'dr', 'mr', 'mrs', 'ms', 'prof', 'sen', 'rep', 'gov',
  'gen', 'lt', 'col', 'capt', 'sgt', 'det', 'rev', 'ald', 'cllr', 'hon', 'supt', 'insp', 'maj', 'adm', 'cmdr', 'cpl',
  'pvt', 'atty', 'asst', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'messrs', 'mme', 'mlle', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

const MAX_DOTTED = Math.max(...[...DOTTED].map((w) => w.length));

/** Lowercase words that follow a name with a hyphen and are no part of it ("Paris-based", "Labour-run"). */
const BOUND_SUFFIXES = new Set([
  'based', 'run', 'made', 'owned', 'led', 'backed', 'born', 'funded', 'style', 'era', 'area', 'wide', 'linked',
  'controlled', 'listed', 'headquartered', 'bound', 'affiliated', 'designed', 'built', 'focused', 'registered',
  'flagged', 'held', 'dominated', 'allied', 'aligned', 'appointed', 'sponsored', 'inspired', 'like', 'type',
  'related', 'specific', 'centric', 'themed', 'branded', 'certified', 'approved', 'friendly', 'only', 'bred',
]);

function boundSuffix(norm: string, from: number, to: number): boolean {
  let e = from;
  while (e < to && isWordCode(norm.charCodeAt(e))) e++;
  return BOUND_SUFFIXES.has(norm.slice(from, e));
}

/** The flags of a ScannedWord, packed in one number; the bits from POSSESSIVE_LENGTH on hold outerEnd - end. */
const CAP = 1;
const CAPS = 2;
const DIGIT = 4;
const HAS_UPPER = 8;
const POSSESSIVE = 16;
const POSSESSIVE_LENGTH = 5;

/**
 * A word whose strings are cut from the text only when first read: most words of a sentence are looked at
 * through their flags alone, and a text's hundreds of thousands of words then make no strings. Its flags and
 * the possessive's length are one number, not six fields: a text makes one of these per word.
 */
class ScannedWord implements Word {
  private textValue: string | null = null;
  private lowerValue: string | null = null;
  private bareValue: string | null = null;

  constructor(
    private readonly norm: string,
    readonly start: number,
    readonly end: number,
    private readonly flags: number,
  ) {}

  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }

  get caps(): boolean {
    return (this.flags & CAPS) !== 0;
  }

  get digit(): boolean {
    return (this.flags & DIGIT) !== 0;
  }

  get upper(): boolean {
    return (this.flags & HAS_UPPER) !== 0;
  }

  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }

  get outerEnd(): number {
    return this.end + (this.flags >> POSSESSIVE_LENGTH);
  }

  get text(): string {
    return (this.textValue ??= this.norm.slice(this.start, this.end));
  }

  /** Digits and the marks inside words have no case: a word without capitals is its own lowercase. */
  get lower(): string {
    return (this.lowerValue ??= this.upper ? this.text.toLowerCase() : this.text);
  }

  /** (Lowercasing keeps a final full stop: `lower` ends with one when the text does.) */
  get bare(): string {
    return (this.bareValue ??= this.norm.charCodeAt(this.end - 1) === 46 ? this.lower.slice(0, -1) : this.lower);
  }
}

/** The words of norm[from, to). */
export function scanWords(norm: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const c = norm.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let j = i;
    // The word's letters (capitals among them) and digits, counted as it is scanned; an inner "&" is a letter.
    let letters = 0;
    let uppers = 0;
    let digit = false;
    // Whether the word holds an inner full stop ("U.S").
    let innerStop = false;
    for (;;) {
      while (j < to) {
        const x = norm.charCodeAt(j);
        // Lowercase ASCII letters, most of the text, are counted without a look-up.
        if (x >= 97 && x <= 122) {
          letters++;
          j++;
          continue;
        }
        const cls = x < TABLE_SIZE ? CLASS[x]! : 0;
        if ((cls & WORD) === 0) break;
        if ((cls & DIGIT_CODE) !== 0) {
          digit = true;
        } else {
          letters++;
          if ((cls & UPPER) !== 0) uppers++;
        }
        j++;
      }
      const d = norm.charCodeAt(j);
      // Most words end at a space or a comma: only a hyphen, an apostrophe, "&" or a full stop may join more.
      if (d !== 45 && d !== APOS && d !== 38 && d !== 46) break;
      const next = j + 1 < to ? norm.charCodeAt(j + 1) : NaN;
      // Inner hyphen or apostrophe ("al-Harbi", "O'Brien"), but not a possessive "'s". (The scan goes on from the
      // word character after it, which counts it.)
      if ((d === 45 || d === APOS) && j + 1 < to && isWordCode(next)) {
        if (d === 45 && boundSuffix(norm, j + 1, to)) break;
        if (d === APOS && (next === 115 || next === 83) && !(j + 2 < to && isWordCode(norm.charCodeAt(j + 2)))) break;
        j += 1;
        continue;
      }
      // "A&E", "AT&T", "S&P": the "&" and the capital after it.
      if (d === 38 && j + 1 < to && isUpper(next) && isUpper(norm.charCodeAt(j - 1))) {
        letters += 2;
        uppers += 1;
        j += 2;
        continue;
      }
      // Inner full stop of an initialism ("U.S", "N.M"), and the capital after it.
      if (d === 46 && j - start <= 2 && j + 1 < to && isUpper(next) && !isWordCode(norm.charCodeAt(j + 2)) &&
          isUpper(norm.charCodeAt(j - 1))) {
        innerStop = true;
        letters += 1;
        uppers += 1;
        j += 2;
        continue;
      }
      break;
    }
    let end = j;
    // A final full stop that belongs to the word: initialisms, single initials and known abbreviations.
    if (end < to && norm.charCodeAt(end) === 46) {
      // (No abbreviation in DOTTED is longer than MAX_DOTTED: a longer word is not lowercased to look it up.)
      const length = end - start;
      if (innerStop || (length === 1 && isUpper(c)) ||
          (length <= MAX_DOTTED && DOTTED.has(norm.slice(start, end).toLowerCase()))) end++;
    }
    let outerEnd = end;
    let possessive = false;
    const a = norm.charCodeAt(end);
    if ((a === APOS || a === RSQUO) && end + 1 <= to) {
      const s = norm.charCodeAt(end + 1);
      if ((s === 115 || s === 83) && !isWordCode(norm.charCodeAt(end + 2))) {
        possessive = true;
        outerEnd = end + 2;
      } else if (!isWordCode(s) && (norm.charCodeAt(j - 1) === 115 || norm.charCodeAt(j - 1) === 83)) {
        possessive = true;
        outerEnd = end + 1;
      }
    }
    const flags = (isUpper(c) ? CAP : 0) | (letters >= 2 && uppers === letters ? CAPS : 0) | (digit ? DIGIT : 0) |
      (uppers > 0 ? HAS_UPPER : 0) | (possessive ? POSSESSIVE : 0) | ((outerEnd - end) << POSSESSIVE_LENGTH);
    out.push(new ScannedWord(norm, start, end, flags));
    i = outerEnd;
  }
  return out;
}

/** The text between two words, for checking what separates them. */
export function gapBetween(norm: string, a: Word, b: Word): string {
  return norm.slice(a.outerEnd, b.start);
}

/** Whether only spaces (no line break, no punctuation) separate two words. */
export function onlySpaces(norm: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (norm.charCodeAt(k) !== 32) return false;
  return true;
}
