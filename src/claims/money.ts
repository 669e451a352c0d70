/**
 * Currency notation around a number: "$", "US$", "HK$", "C $", "£", "USD 200", "Rs 500" before it; "dollars",
 * "Swiss francs", "USD", "€", "cents", "p" after it. Codes are ISO 4217.
 */
import {
  CODE_ALIASES, CURRENCY_PREFIX_WORDS, CURRENCY_QUALIFIERS, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS, CURRENCY_WORDS,
  DOLLAR_PREFIXES, ISO_CODES, LOWERCASE_CODES, PREFIX_CODES,
} from '../lexicons/currencies.js';
import { dict } from '../lexicons/numbers.js';
import { mayBeIn, slotTable, type Token } from './tokens.js';

export interface CurrencyMatch {
  code: string;
  /** Multiply the number by this: 0.01 for cents, 1e6 for "MUSD". */
  factor: number;
  /** Token range [first, end) of the notation. */
  first: number;
  end: number;
}

/**
 * Every CurrencyMatch is built here: one shape for the readers (literals and spreads at a dozen places made
 * several).
 */
function currencyMatch(code: string, factor: number, first: number, end: number): CurrencyMatch {
  return { code, factor, first, end };
}

/** The entry of "p", taken after a number only when glued ("50p"): told by the entry, not by comparing strings. */
const PENNY = CURRENCY_SUBUNITS.p!;

/** The lengths codes are written in (all 3): a word of another length is looked up only as "M" and a code. */
const CODE_LENGTHS: ReadonlySet<number> = new Set([...ISO_CODES, ...LOWERCASE_CODES].map((c) => c.length));

/** An ISO code written as a word, or null: "USD", "usd", "RMB"; "MUSD" is a million dollars. */
export function isoCode(text: string): { code: string; factor: number } | null {
  if (!CODE_LENGTHS.has(text.length) && text.length !== 4) return null;
  if (ISO_CODES.has(text)) return { code: CODE_ALIASES[text] ?? text, factor: 1 };
  if (LOWERCASE_CODES.has(text)) return { code: CODE_ALIASES[text.toUpperCase()] ?? text.toUpperCase(), factor: 1 };
  if (text.length === 4 && text[0] === 'M' && ISO_CODES.has(text.slice(1))) return { code: CODE_ALIASES[text.slice(1)] ?? text.slice(1), factor: 1e6 };
  return null;
}

/** Currency notation ending right before token `at` (the number's first token). */
export function currencyBefore(toks: readonly Token[], at: number): CurrencyMatch | null {
  const t = toks[at];
  if (t === undefined) return null;
  const p = toks[at - 1];
  if (p === undefined || t.gap === 2) return null;
  // glued letters are a code: "USD115", "MAUD 60"
  if (p.kind === 'word') {
    const code = isoCode(p.text);
    if (code !== null && PREFIX_CODES.has(p.text) && t.gap <= 1 && !codeTakenBefore(toks, at)) return currencyMatch(code.code, code.factor, at - 1, at);
    const w = mayBeIn(PREFIX_WORD_SLOTS, p) ? CURRENCY_PREFIX_WORDS[p.lower] : undefined;
    if (w !== undefined && t.gap <= 1 && (p.text === 'Rs' || p.text === 'INR')) return currencyMatch(w, 1, at - 1, at);
    return null;
  }
  if (p.kind === 'sym' && p.text === '.' && t.gap <= 1) {
    // "Rs. 500"
    const q = toks[at - 2];
    if (q !== undefined && q.text === 'Rs' && p.gap === 0) return currencyMatch('INR', 1, at - 2, at);
    return null;
  }
  if (p.kind !== 'sym') return null;
  const sym = CURRENCY_SYMBOLS[p.text];
  if (sym === undefined) return null;
  let first = at - 1;
  let code = sym;
  if (p.text === '$') {
    const letters = dollarLetters(toks, at - 1);
    if (letters !== null) {
      code = letters.code;
      first = letters.first;
    }
  }
  return currencyMatch(code, 1, first, at);
}

/**
 * "10 rmb 20 usd": a spaced code (before token `at`) right after another number is that number's, unless that one
 * has its own.
 */
function codeTakenBefore(toks: readonly Token[], at: number): boolean {
  const p = toks[at - 1]!;
  const owner = toks[at - 2];
  if (owner === undefined || owner.kind !== 'num' || p.gap > 1 || toks[at]!.gap === 0) return false;
  const ownerPrefix = toks[at - 3] !== undefined && (isoCode(toks[at - 3]!.text) !== null || CURRENCY_SYMBOLS[toks[at - 3]!.text] !== undefined);
  return !ownerPrefix;
}

const PREFIX_WORD_SLOTS = slotTable(Object.keys(CURRENCY_PREFIX_WORDS));

/** Letters before "$": "US$", "U.S. $", "HK$", "C $", "Mex$", "usd$". */
function dollarLetters(toks: readonly Token[], dollar: number): { code: string; first: number } | null {
  const d = toks[dollar]!;
  let k = dollar - 1;
  let letters = '';
  let first = dollar;
  // glued: letters and dots with no space between them and the "$"
  let gapBefore = d.gap;
  while (k >= 0 && dollar - k <= 6) {
    const t = toks[k]!;
    if (!(t.kind === 'word' || (t.kind === 'sym' && t.text === '.'))) break;
    if (gapBefore === 2) break;
    if (gapBefore === 1 && !(dollar - k === 1 || letters === '.')) break;
    letters = t.text + letters;
    first = k;
    gapBefore = t.gap;
    k--;
    if (t.gap !== 0) break;
  }
  if (first === dollar) return null;
  const key = letters.replace(/\./g, '').toLowerCase();
  const code = DOLLAR_PREFIXES[key];
  if (code === undefined) return null;
  // "a $5 fee", "cost us $5": a spaced prefix only for the forms that are never English words
  const spaced = d.gap !== 0;
  if (spaced && !(key === 'c' || key === 'hk' || key === 'us' || key === 'usd' || key === 'cad' || key === 'aud')) return null;
  if (spaced && key === 'us' && letters !== 'US' && letters !== 'us' && letters !== 'U.S.' && letters !== 'u.s') return null;
  if (spaced && key === 'us' && letters === 'us' && toks[first - 1] !== undefined && /^(cost|costs|costing|paid|pay|charged|gave|owe|owes|saved)$/.test(toks[first - 1]!.lower)) return null;
  return { code, first };
}

/**
 * Currency notation starting at token `at` (right after the number): "dollars", "Australian dollars", "USD",
 * "€", "cents", "pence", "yen". `scaled` and `value` decide "pounds" (money or weight) and "won" (money or verb).
 */
export function currencyAfter(toks: readonly Token[], at: number, value: number, scaled: boolean, glued: string | null): CurrencyMatch | null {
  if (glued !== null) {
    const code = isoCode(glued);
    if (code !== null) return currencyMatch(code.code, code.factor, at - 1, at);
    const sub = glued === 'p' ? PENNY : undefined;
    if (sub !== undefined) return currencyMatch(sub.code, 1 / sub.per, at - 1, at);
    const sym = CURRENCY_SYMBOLS[glued];
    if (sym !== undefined) return currencyMatch(sym, 1, at - 1, at);
    return null;
  }
  const t = toks[at];
  if (t === undefined || t.gap === 2) return null;
  if (t.kind === 'sym') {
    const sym = CURRENCY_SYMBOLS[t.text];
    const n = toks[at + 1];
    // "10 €", "100₾"; a "$" before the next number belongs to that number
    if (sym !== undefined && !(n !== undefined && n.kind === 'num' && n.gap === 0)) return currencyMatch(sym, 1, at, at + 1);
    return null;
  }
  if (t.kind !== 'word') return null;
  const code = isoCode(t.text);
  // "3 USD50": a code glued to the next number is that number's
  if (code !== null && !(toks[at + 1]?.kind === 'num' && toks[at + 1]!.gap === 0)) return currencyMatch(code.code, code.factor, at, at + 1);
  const symw = mayBeIn(SYMBOL_SLOTS, t) ? CURRENCY_SYMBOLS[t.text] : undefined;
  if (symw !== undefined) return currencyMatch(symw, 1, at, at + 1);
  const sub = mayBeIn(SUBUNIT_SLOTS, t) ? CURRENCY_SUBUNITS[t.lower] : undefined;
  if (sub !== undefined && sub !== PENNY) return currencyMatch(sub.code, 1 / sub.per, at, at + 1);
  // a qualifier of one or two words, then the currency word: "Swiss francs", "Hong Kong dollars", "U.S. dollars"
  for (let width = 3; width >= 0; width--) {
    const w = toks[at + width];
    if (w === undefined || w.kind !== 'word' || !mayBeIn(CURRENCY_WORD_SLOTS, w)) continue;
    const base = currencyBase(w.lower);
    if (base === null) continue;
    if (width === 0) {
      const c = plainCurrency(w.lower, value, scaled || !weightNear(toks, at));
      return c === null ? null : currencyMatch(c, 1, at, at + 1);
    }
    const qual = qualifierText(toks, at, at + width);
    const table = CURRENCY_QUALIFIERS[base];
    const q = qual === null || table === undefined || !Object.hasOwn(table, qual) ? undefined : table[qual];
    if (q !== undefined) return currencyMatch(q, 1, at, at + width + 1);
  }
  return null;
}

/** Symbols written as words (looked up by text: a key's slot is that of its lowercase), and subunit words. */
const SYMBOL_SLOTS = slotTable(Object.keys(CURRENCY_SYMBOLS).map((k) => k.toLowerCase()));
const SUBUNIT_SLOTS = slotTable(Object.keys(CURRENCY_SUBUNITS));

/** Currency plurals that are not the singular plus "s". */
const SPECIAL_PLURALS: Readonly<Record<string, string>> = dict({
  kroner: 'krone', kronor: 'krona', reais: 'real', markkaa: 'markka', lire: 'lira', pesos: 'peso', liras: 'lira',
});

/** The words currencyBase takes. */
const CURRENCY_WORD_SLOTS = slotTable([...Object.keys(CURRENCY_WORDS), 'real']);

/** The singular key of a currency word in CURRENCY_QUALIFIERS, or null when it is no currency word. */
function currencyBase(w: string): string | null {
  if (CURRENCY_WORDS[w] === undefined && w !== 'real') return null;
  const special = SPECIAL_PLURALS[w];
  if (special !== undefined) return special;
  if (CURRENCY_QUALIFIERS[w] !== undefined) return w;
  if (w.endsWith('s') && CURRENCY_QUALIFIERS[w.slice(0, -1)] !== undefined) return w.slice(0, -1);
  return w;
}

/** "weighed 82 pounds", "50 pounds of cocaine": words that make "pounds" a weight. */
function weightNear(toks: readonly Token[], at: number): boolean {
  const of = toks[at + 1];
  if (of !== undefined && of.lower === 'of' && toks[at + 2]?.kind === 'word') return true;
  for (let k = Math.max(0, at - 8); k < Math.min(toks.length, at + 6); k++) {
    if (/^(weigh|weighs|weighed|weighing|weight|weights|heavy|heavier|lighter|overweight|obese|lb|lbs|kg|kilograms|ounces|pound-for-pound)$/.test(toks[k]!.lower)) return true;
    if (/^(lost|gained|shed)$/.test(toks[k]!.lower) && k < at) return true;
  }
  return false;
}

/** A currency word with no qualifier: "pounds" is money unless it is a weight; "won" only for large amounts. */
function plainCurrency(w: string, value: number, scaled: boolean): string | null {
  if (w === 'real') return null;
  if ((w === 'pound' || w === 'pounds') && !scaled) return null;
  if (w === 'won' && !(scaled || value >= 100)) return null;
  if (w === 'rand' && !(scaled || value >= 10)) return null;
  return CURRENCY_WORDS[w] ?? null;
}

/** The words [from, to) joined as a qualifier key: "hong kong", "u.s", "south korean". */
function qualifierText(toks: readonly Token[], from: number, to: number): string | null {
  let s = '';
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.gap === 2) return null;
    if (k > from && t.gap === 1) s += ' ';
    if (t.kind === 'word') s += t.lower;
    else if (t.text === '.') s += '';
    else return null;
  }
  return s.replace(/\.$/, '').replace(/^u s$/, 'us');
}
