/**
 * Spelled numbers: "one hundred and twenty-three", "five and a half million", "two thirds of a million",
 * "one hundred thirty-fifths", "nine point nought four". The words of a phrase become items; items are
 * evaluated left to right into one or more numbers.
 */
import {
  DOZEN_WORDS, FRACTION_WORDS, ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS,
} from '../lexicons/numbers.js';
import { mayBeIn, slotTable, type Token } from './tokens.js';

export type ItemType = 'card' | 'num' | 'hund' | 'scale' | 'ord' | 'frac' | 'dozen' | 'and' | 'a' | 'point' | 'of';

export interface Item {
  t: ItemType;
  /** card: 0..99; num: the digits' value; scale: 1e3..; ord: the ordinal's number; frac: the denominator. */
  v: number;
  /** Plural ordinal or fraction word ("fifths", "quarters"). */
  plural: boolean;
  /** card: a tens word (twenty .. ninety) not yet joined to a unit. */
  tens: boolean;
  /** num: an integer written in digits. */
  int: boolean;
  /** First and last token index of the item. */
  from: number;
  to: number;
}

export interface WordClass {
  t: ItemType;
  v: number;
  plural: boolean;
  tens: boolean;
}

/** Every number word, built once from the lexicons: a look-up is one Map read. */
const CLASSES: ReadonlyMap<string, WordClass> = buildClasses();

function buildClasses(): Map<string, WordClass> {
  const m = new Map<string, WordClass>();
  const put = (w: string, t: ItemType, v: number, plural = false, tens = false): void => {
    if (!m.has(w)) m.set(w, Object.freeze({ t, v, plural, tens }));
  };
  for (const [w, v] of Object.entries(UNIT_WORDS)) put(w, 'card', v);
  for (const [w, v] of Object.entries(TENS_WORDS)) put(w, 'card', v, false, true);
  put('hundred', 'hund', 100);
  put('hundreds', 'hund', 100);
  for (const [w, v] of Object.entries(SCALE_WORDS)) put(w, 'scale', v);
  for (const [w, v] of Object.entries(FRACTION_WORDS)) put(w, 'frac', v, w.endsWith('s'));
  for (const w of DOZEN_WORDS) put(w, 'dozen', 12);
  put('and', 'and', 0);
  put('a', 'a', 1);
  put('an', 'a', 1);
  put('point', 'point', 0);
  put('of', 'of', 0);
  for (const [w, v] of Object.entries(ORDINAL_WORDS)) {
    put(w, 'ord', v);
    // "seconds" stays a time unit; "twenty-firsts" is hyphenated, so "firsts" may be a denominator
    if (w !== 'second') put(`${w}s`, 'ord', v, true);
  }
  return m;
}

/** Every word the number grammar knows, lowercased. */
export function numberWords(): string[] {
  return [...CLASSES.keys()];
}

/** What a lowercased word is to the number grammar, or null. */
export function classifyWord(w: string): WordClass | null {
  return CLASSES.get(w) ?? null;
}

const NUMBER_WORD_SLOTS = slotTable(CLASSES.keys());

/** What a token's lowercased text is to the number grammar, or null; most words are ruled out by their slot alone. */
export function classifyToken(t: Token): WordClass | null {
  return mayBeIn(NUMBER_WORD_SLOTS, t) ? classifyWord(t.lower) : null;
}

/** Is this word a number word that can open a phrase on its own ("a" and "and" cannot)? */
export function opensPhrase(c: WordClass): boolean {
  return c.t === 'card' || c.t === 'hund' || c.t === 'scale' || c.t === 'frac' || c.t === 'ord' || c.t === 'dozen';
}

export interface Evaluated {
  value: number;
  /** Items consumed, from the start index. */
  end: number;
  kind: 'integer' | 'decimal' | 'fraction';
  /** The phrase has a scale word ("million") or "dozen". */
  scaled: boolean;
}

interface CardState {
  total: number;
  cur: number;
  lastScale: number;
  limit: number;
  prev: ItemType | 'start' | 'cardTens';
  groupHasHundred: boolean;
  lastAdded: number;
  scaled: boolean;
}

/**
 * The longest cardinal number at items[from..to): "two hundred and two thousand", "4 thousand 3 hundred and 21",
 * "nine point nought four". Null when no item is taken.
 */
export function evalCardinal(items: readonly Item[], from: number, to: number): Evaluated | null {
  const st: CardState = { total: 0, cur: 0, lastScale: Infinity, limit: Infinity, prev: 'start', groupHasHundred: false, lastAdded: 0, scaled: false };
  let end = from;
  let saved: { st: CardState; end: number } | null = null;
  let k = from;
  for (; k < to; k++) {
    const it = items[k]!;
    let ok = true;
    switch (it.t) {
      case 'card': {
        if (st.prev === 'cardTens' && it.v < 10 && !it.tens) {
          st.cur += it.v;
          st.lastAdded += it.v;
          st.prev = 'card';
        } else if ((st.prev === 'start' || st.prev === 'and' || st.prev === 'hund' || st.prev === 'scale') && it.v < st.limit) {
          if (st.prev === 'and' && st.cur % 100 !== 0 && !(st.cur % 10 === 0 && it.v < 10)) ok = false;
          else {
            st.cur += it.v;
            st.lastAdded = it.v;
            st.prev = it.tens ? 'cardTens' : 'card';
          }
        } else ok = false;
        break;
      }
      case 'num': {
        if (st.prev === 'start') {
          st.cur = it.v;
          st.lastAdded = it.v;
          st.prev = 'num';
        } else if ((st.prev === 'scale' || st.prev === 'and' || st.prev === 'hund') && it.int && it.v < st.limit && it.v > 0) {
          st.cur += it.v;
          st.lastAdded = it.v;
          st.prev = 'num';
        } else ok = false;
        break;
      }
      case 'hund': {
        if (st.prev === 'start' && items[k + 1]?.t === 'scale') {
          st.cur = 100; // "hundred thousand"
          st.lastAdded = 100;
          st.groupHasHundred = true;
          st.prev = 'hund';
          break;
        }
        const fromDigits = st.prev === 'num';
        if ((st.prev === 'card' || st.prev === 'cardTens' || st.prev === 'a' || fromDigits) && !st.groupHasHundred &&
            (fromDigits || st.lastAdded < 100)) {
          st.cur = st.cur - st.lastAdded + st.lastAdded * 100;
          st.lastAdded *= 100;
          st.groupHasHundred = true;
          st.limit = 100;
          st.prev = 'hund';
        } else ok = false;
        break;
      }
      case 'scale': {
        if (st.prev === 'scale' && it.v > st.lastScale && st.cur === 0) {
          st.total *= it.v; // "three lakh crore", "a thousand million"
          st.lastScale = it.v;
          st.limit = it.v;
        } else if ((st.prev === 'card' || st.prev === 'cardTens' || st.prev === 'num' || st.prev === 'hund' || st.prev === 'a' || st.prev === 'dozen') &&
                   st.cur > 0 && it.v < st.lastScale) {
          st.total += st.cur * it.v;
          st.cur = 0;
          st.lastScale = it.v;
          st.limit = it.v;
          st.groupHasHundred = false;
          st.lastAdded = 0;
          st.prev = 'scale';
          st.scaled = true;
        } else ok = false;
        if (ok) st.prev = 'scale';
        break;
      }
      case 'and': {
        const next = items[k + 1];
        const after = st.prev === 'hund' || st.prev === 'scale' || st.prev === 'cardTens' || (st.prev === 'card' && st.cur % 100 === 0);
        if (after && next !== undefined && (next.t === 'card' || (next.t === 'num' && next.int))) {
          saved = { st: { ...st }, end };
          st.prev = 'and';
        } else ok = false;
        break;
      }
      case 'a': {
        const next = items[k + 1];
        if (st.prev === 'start' && next !== undefined && (next.t === 'hund' || next.t === 'scale' || next.t === 'dozen')) {
          st.cur = 1;
          st.lastAdded = 1;
          st.prev = 'a';
        } else ok = false;
        break;
      }
      case 'dozen': {
        if ((st.prev === 'card' || st.prev === 'cardTens' || st.prev === 'num' || st.prev === 'a') && st.lastAdded > 0) {
          st.cur = st.cur - st.lastAdded + st.lastAdded * 12;
          st.lastAdded *= 12;
          st.prev = 'dozen';
          st.scaled = true;
        } else ok = false;
        break;
      }
      case 'point': {
        const dec = decimalWords(items, k + 1, to);
        if (dec !== null && st.prev !== 'start' && st.prev !== 'a' && st.prev !== 'and' && st.prev !== 'num') {
          const value = st.total + st.cur + Number('0.' + dec.digits);
          return { value, end: dec.end, kind: 'decimal', scaled: st.scaled };
        }
        ok = false;
        break;
      }
      default:
        ok = false;
    }
    if (!ok) {
      // a hundred or scale that does not fit after "and" undoes the "and": "3 hundred and 2 hundred"
      if (saved !== null && st.prev !== 'and' && (it.t === 'hund' || it.t === 'scale' || it.t === 'dozen')) {
        return finish(saved.st, from, saved.end);
      }
      break;
    }
    if (st.prev !== 'and') end = k + 1;
  }
  return finish(st, from, end);
}

function finish(st: CardState, from: number, end: number): Evaluated | null {
  if (end <= from || st.prev === 'a') return null;
  const value = st.total + st.cur;
  return { value, end, kind: Number.isInteger(value) ? 'integer' : 'decimal', scaled: st.scaled };
}

/** Digits spoken after "point": "zero three", "seventy-one", "nought four". */
function decimalWords(items: readonly Item[], from: number, to: number): { digits: string; end: number } | null {
  let digits = '';
  let k = from;
  for (; k < to; k++) {
    const it = items[k]!;
    if (it.t !== 'card') break;
    if (it.v < 10 && !it.tens) digits += String(it.v);
    else if (digits.length === 0 && it.tens && items[k + 1]?.t === 'card' && items[k + 1]!.v < 10 && !items[k + 1]!.tens) {
      digits += String(it.v + items[k + 1]!.v);
      k += 2;
      break;
    } else if (digits.length === 0) {
      digits += String(it.v);
      k++;
      break;
    } else break;
  }
  return digits.length > 0 ? { digits, end: k } : null;
}

/**
 * A fraction whose denominator is the ordinal or fraction word at items[ordAt]: "two thirds", "a trillionth",
 * "one hundred thirty-fifths", "twenty and three fifths", "five and a half million", "half a dozen".
 */
export function evalFraction(items: readonly Item[], from: number, ordAt: number, to: number): Evaluated | null {
  const ord = items[ordAt]!;
  let value: number | null = null;
  let intPart = 0;
  let intEndsWithScale = 0;
  let numFrom = from;
  // a mixed number: "... and three quarters", "... and a half"
  let lastAnd = -1;
  for (let k = ordAt - 1; k >= from; k--) if (items[k]!.t === 'and') { lastAnd = k; break; }
  if (lastAnd > from && ordAt - lastAnd === 2) {
    const n = items[lastAnd + 1]!;
    if (n.t === 'a' || (n.t === 'card' && n.v >= 1 && n.v <= 9)) {
      const whole = evalCardinal(items, from, lastAnd);
      if (whole !== null && whole.end === lastAnd) {
        intPart = whole.value;
        const before = items[lastAnd - 1]!;
        if (before.t === 'scale') intEndsWithScale = before.v;
        numFrom = lastAnd + 1;
      }
    }
  }
  const numerator = ordAt - numFrom;
  if (numerator === 0) {
    // "half", "half a million", "quarter million": only half stands alone, quarter before a scale
    if (ord.t !== 'frac' || ord.plural) return null;
    if (ord.v === 4 && items[ordAt + 1]?.t !== 'scale') return null;
    value = 1 / ord.v;
  } else {
    const split = splitFraction(items, numFrom, ordAt);
    if (split === null) return null;
    value = split;
  }
  let end = ordAt + 1;
  let scaled = false;
  // a scale after the fraction: "a quarter million", "two thirds of a million", "half a dozen"
  let k = end;
  if (items[k]?.t === 'of' && items[k + 1]?.t === 'a') k += 2;
  else if (items[k]?.t === 'a' && ord.t === 'frac' && numerator === 0) k += 1;
  const sc = items[k];
  if (k < to && sc !== undefined && (sc.t === 'scale' || sc.t === 'dozen' || sc.t === 'hund')) {
    if (intPart >= sc.v) value = intPart + value * sc.v; // "one billion and a half million"
    else value = (intPart + value) * sc.v; // "five and a half million"
    intPart = 0;
    end = k + 1;
    scaled = true;
  } else if (intEndsWithScale > 0) {
    value = intPart + value * intEndsWithScale; // "one million and a half"
    intPart = 0;
    scaled = true;
  }
  return { value: intPart + value, end, kind: 'fraction', scaled };
}

/**
 * The numerator / denominator split of a spelled fraction, as Recognizers-Text does it: "twenty twenty fifths"
 * is 20/25, "one hundred thirty fifths" is 100/35, "one hundred and thirty fifths" is 130/5.
 */
function splitFraction(items: readonly Item[], from: number, ordAt: number): number | null {
  const words = items.slice(from, ordAt + 1);
  for (const w of words.slice(0, -1)) {
    if (w.t !== 'card' && w.t !== 'hund' && w.t !== 'scale' && w.t !== 'a' && w.t !== 'and') return null;
  }
  const val = (w: Item): number => (w.t === 'a' ? 1 : w.v);
  const sep = (w: Item): boolean => w.t === 'and';
  const n = words.length;
  let split = n - 1;
  let current = val(words[split]!);
  let round = 1;
  for (split = n - 2; split >= 0; split--) {
    const w = words[split]!;
    if (sep(w)) continue;
    const previous = current;
    current = val(w);
    if ((previous >= 100 && previous > current) || (previous < 100 && composable(current, previous))) {
      if (previous < 100 && current >= round) round = current;
      else if (previous < 100 && current < round) { split++; break; }
      if (split === 0) {
        split = 1;
        while (split <= n - 2) {
          const a = words[split]!;
          const b = words[split + 1]!;
          if (!sep(a) && val(a) >= 100 && !sep(b) && val(b) < 100) { split++; break; }
          split++;
        }
        break;
      }
      continue;
    }
    split++;
    break;
  }
  if (split < 1) split = 1;
  if (split > n - 1) split = n - 1;
  const num = evalCardinalWords(words, 0, split);
  if (num === null) return null;
  const ord = words[n - 1]!;
  // a singular denominator takes only "a" or "one": "two millionth" is an ordinal, not a fraction
  const numIsOne = num.value === 1 && split === 1;
  if (!ord.plural && !numIsOne) return null;
  let den = ord.v;
  if (split < n - 1) {
    const prefix = evalCardinalWords(words, split, n - 1);
    if (prefix === null) return null;
    den = ord.v >= 100 ? prefix.value * ord.v : prefix.value + ord.v;
  }
  // "a second" and "a first" are no fractions
  if (ord.t === 'ord' && den <= 2) return null;
  return num.value / den;
}

function composable(big: number, small: number): boolean {
  if (big % 10 === 0 && small < 10) return true;
  return big % 100 === 0 && small >= 10 && small < 100;
}

/** A cardinal over a word slice that must use every word (fraction numerators and denominators). */
function evalCardinalWords(words: readonly Item[], from: number, to: number): Evaluated | null {
  if (to - from === 1 && words[from]!.t === 'a') return { value: 1, end: to, kind: 'integer', scaled: false };
  // in a numerator, words run on without "and": "one one hundred", "one hundred one thousand"
  let total = 0;
  let cur = 0;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.t === 'and') continue;
    if (w.t === 'a') cur += 1;
    else if (w.t === 'card') cur += w.v;
    else if (w.t === 'hund') cur = (cur || 1) * 100;
    else if (w.t === 'scale') { total += (cur || 1) * w.v; cur = 0; }
    else return null;
  }
  return { value: total + cur, end: to, kind: 'integer', scaled: false };
}
