/**
 * The number layer: every number a stretch of text writes, in digits or in words, with its value and offsets.
 * Quantities (src/claims/quantities.ts) are built on it; it is also what the Recognizers-Text NumberModel
 * spec is held against.
 */
import { NEGATIVE_WORDS, PRONOUN_ONE_BEFORE, SCALE_ABBREVIATIONS, SCALE_LETTERS_UPPER, VULGAR_FRACTIONS } from '../lexicons/numbers.js';
import { classifyToken, evalCardinal, evalFraction, numberWords, opensPhrase, type Evaluated, type Item } from './number-words.js';
import { mayBeIn, slotTable, tokenize, type Token } from './tokens.js';

export type NumberKind = 'integer' | 'decimal' | 'fraction' | 'ratio' | 'ordinal' | 'power';

export interface NumberMention {
  start: number;
  end: number;
  /** First and last token index (inclusive) in the token list the mention was found in. */
  first: number;
  last: number;
  value: number;
  kind: NumberKind;
  /** Written (partly) in words. */
  spelled: boolean;
  /** Has a scale word or abbreviation ("million", "bn", "k", "dozen"). */
  scaled: boolean;
  /** Letters glued after the digits that are no scale: "km" in "29km", "th" in "4th", "s" in "1980s". */
  suffix: string | null;
  /** Letters glued before the digits: "S" in "S26", "USD" in "USD115". */
  prefix: string | null;
  /** One of several numbers joined by dots, dashes, slashes or colons: an address, phone, date or time. */
  chain: '.' | '-' | '/' | ':' | null;
  /** The digits token when the number is written in digits. */
  digits: Token | null;
}

const isNum = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'num';
const isSym = (t: Token | undefined, s: string): boolean => t !== undefined && t.kind === 'sym' && t.text === s;
const DASHES = new Set(['-', '–', '—', '‐', '‑']);
const MINUS = new Set(['-', '−', '–']);
/** The first codes of the vulgar fraction characters: any other symbol is not looked up. */
export const FRACTION_CODES: ReadonlySet<number> = new Set(Object.keys(VULGAR_FRACTIONS).map((k) => k.charCodeAt(0)));

/** The words a number in words can start with: number words, and the signs "minus" and "negative". */
const NUMBER_OR_SIGN_SLOTS = slotTable([...numberWords(), ...NEGATIVE_WORDS]);

/** Every number in norm[start, end), in order. */
export function scanNumbers(norm: string, start = 0, end = norm.length, tokens?: Token[]): NumberMention[] {
  const toks = tokens ?? tokenize(norm, start, end);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    let found: NumberMention[] | null = null;
    if (t.kind === 'num') {
      found = digitsAt(toks, i);
    } else if (t.kind === 'word' && mayBeIn(NUMBER_OR_SIGN_SLOTS, t)) {
      if (NEGATIVE_WORDS.has(t.lower) && startsNumber(toks, i + 1)) {
        const inner = t.kind === 'word' ? numberAt(toks, i + 1) : null;
        if (inner !== null && inner.length > 0 && inner[0]!.kind !== 'ordinal') {
          const m = inner[0]!;
          inner[0] = newMention(t.start, m.end, i, m.last, -m.value, m.kind, m.spelled, m.scaled, m.suffix, m.prefix, m.chain, m.digits);
          found = inner;
        }
      } else if (startsNumber(toks, i)) {
        found = numberAt(toks, i);
      }
    } else if (t.kind === 'sym') {
      const vf = FRACTION_CODES.has(t.text.charCodeAt(0)) ? VULGAR_FRACTIONS[t.text] : undefined;
      if (vf !== undefined) {
        found = [mention(toks, i, i, vf, 'fraction', null)];
      } else if (isNum(toks[i + 1]) && MINUS.has(t.text) && isSignPosition(toks, i)) {
        const inner = digitsAt(toks, i + 1);
        if (inner.length > 0) {
          const m = inner[0]!;
          inner[0] = newMention(t.start, m.end, i, m.last, -m.value, m.kind, m.spelled, m.scaled, m.suffix, m.prefix, m.chain, m.digits);
          found = inner;
        }
      }
    }
    if (found !== null && found.length > 0) {
      for (const m of found) out.push(m);
      // Always move on: a mention that ends before i (a chain read backwards) must not stall the scan.
      i = Math.max(i + 1, found[found.length - 1]!.last + 1);
    } else {
      i++;
    }
  }
  return joinRatios(toks, out).filter((m) => !pronounOne(toks, m));
}

/** "the one", "which one", "this one": a pronoun, not a number. */
function pronounOne(toks: Token[], m: NumberMention): boolean {
  if (m.first !== m.last || toks[m.first]!.lower !== 'one') return false;
  const p = toks[m.first - 1];
  return p !== undefined && p.kind === 'word' && PRONOUN_ONE_BEFORE.has(p.lower);
}

/** A "-" right before digits is a minus sign at the start, after a space or after an opening bracket. */
function isSignPosition(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1]!;
  const prev = toks[i - 1];
  if (next.gap === 0) {
    if (prev === undefined || t.gap > 0) return true;
    return prev.kind === 'sym' && '([=<>'.includes(prev.text);
  }
  // "- 1 4/5": a spaced sign only opens the text
  return prev === undefined && next.gap === 1;
}

function startsNumber(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (t === undefined) return false;
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  const c = classifyToken(t);
  if (c === null) return false;
  if (opensPhrase(c)) return true;
  if (c.t === 'a') {
    const n = toks[i + 1];
    if (n === undefined || n.kind !== 'word' || n.gap === 2) return false;
    const nc = classifyToken(n);
    return nc !== null && (opensAfterA(nc.t) || tensOrdinalAt(toks, i + 1));
  }
  return false;
}

const opensAfterA = (t: string): boolean => t === 'hund' || t === 'scale' || t === 'dozen' || t === 'ord' || t === 'frac';

/** "twenty-first": a tens word hyphenated to an ordinal, as after "a" in "a twenty-first". */
function tensOrdinalAt(toks: Token[], i: number): boolean {
  const a = toks[i];
  const h = toks[i + 1];
  const b = toks[i + 2];
  if (a?.kind !== 'word' || h === undefined || !DASHES.has(h.text) || b?.kind !== 'word') return false;
  const ac = classifyToken(a);
  const bc = classifyToken(b);
  return ac !== null && ac.tens && bc !== null && bc.t === 'ord' && bc.v < 10;
}

/**
 * Every NumberMention is built here, with all fields given: one allocation site and one shape, so the code that
 * reads mentions sees one kind of object from the first call on (several literals and spreads of the same fields
 * made the optimised callers fail their shape checks and be compiled again).
 */
export function newMention(start: number, end: number, first: number, last: number, value: number, kind: NumberKind,
  spelled: boolean, scaled: boolean, suffix: string | null, prefix: string | null, chain: NumberMention['chain'],
  digits: Token | null): NumberMention {
  // value starts as NaN: the field then holds any number from the first mention on, where an integer first and a
  // fraction later changed the shape of every mention made so far
  const m: NumberMention = { start, end, first, last, value: NaN, kind, spelled, scaled, suffix, prefix, chain, digits };
  m.value = value;
  return m;
}

/** A mention of tokens [first, last]; the fields after `digits` are given only where they differ from the defaults. */
function mention(toks: Token[], first: number, last: number, value: number, kind: NumberKind, digits: Token | null,
  spelled = false, scaled = false, suffix: string | null = null, prefix: string | null = null, chain: NumberMention['chain'] = null): NumberMention {
  return newMention(toks[first]!.start, toks[last]!.end, first, last, value, kind, spelled, scaled, suffix, prefix, chain, digits);
}

/** Letters glued before token i ("S" of "S26"). */
function gluedPrefix(toks: Token[], i: number): string | null {
  const t = toks[i]!;
  const p = toks[i - 1];
  return t.gap === 0 && p !== undefined && p.kind === 'word' ? p.text : null;
}

/** The numbers that start with the digits token at i. */
function digitsAt(toks: Token[], i: number): NumberMention[] {
  const t = toks[i]!;
  const prefix = gluedPrefix(toks, i);
  // chains: 192.168.1.2, 1-877-555-0143, 5/17/2018, 9:30
  const chain = chainAt(toks, i);
  if (chain !== null) return chain;
  const n1 = toks[i + 1];
  const n2 = toks[i + 2];
  const n3 = toks[i + 3];
  // a fraction in digits: 3/4, and a mixed number: 2 1/4
  if (isSym(n1, '/') && n1!.gap === 0 && isNum(n2) && n2.gap === 0 && isSimpleInt(t) && isSimpleInt(n2) && n2.value > 0) {
    return [mention(toks, i, i + 2, t.value / n2.value, 'fraction', t, false, false, null, prefix)];
  }
  if (isNum(n1) && n1.gap === 1 && isSym(n2, '/') && n2!.gap === 0 && isNum(n3) && n3.gap === 0 && isSimpleInt(t) &&
      isSimpleInt(n1) && isSimpleInt(n3) && n1.value < n3.value) {
    return [mention(toks, i, i + 3, t.value + n1.value / n3.value, 'fraction', t, false, false, null, prefix)];
  }
  // powers: 1.1^23, 2.5^-1, 1.3x10^6
  const pow = powerAt(toks, i);
  if (pow !== null) return [pow];
  // glued letters: a scale ("10k", "1.5bn", "10M") or a suffix ("29km", "4th", "1980s")
  if (n1 !== undefined && n1.kind === 'word' && n1.gap === 0) {
    const scale = gluedScale(n1.text);
    if (scale !== null) {
      const m = mention(toks, i, i + 1, t.value * scale, kindOf(t.value * scale), t, false, true, null, prefix);
      return [m];
    }
    const ordinal = /^(st|nd|rd|th)$/i.test(n1.text);
    return [mention(toks, i, i + 1, t.value, ordinal ? 'ordinal' : kindOf(t.value), t, false, false, n1.text, prefix)];
  }
  // a scale abbreviation after a space: "2.33 k", "10 bln", "1,674.5 G"
  if (n1 !== undefined && n1.kind === 'word' && n1.gap === 1) {
    const scale = spacedScale(n1.text);
    if (scale !== null && !(n2 !== undefined && n2.kind === 'word' && n2.gap === 0)) {
      return [mention(toks, i, i + 1, t.value * scale, kindOf(t.value * scale), t, false, true, null, prefix)];
    }
  }
  // digits followed by number words: "2 million", "322 hundred", "4 thousand 3 hundred and 21", "3 dozens", "50-million"
  const hyphenScale = n1 !== undefined && DASHES.has(n1.text) && n1.gap === 0 && n2 !== undefined && n2.kind === 'word' && n2.gap === 0 &&
    classifyToken(n2)?.t === 'scale';
  if ((n1 !== undefined && n1.kind === 'word' && n1.gap === 1) || hyphenScale) {
    const c = classifyToken(hyphenScale ? n2! : n1!);
    if (c !== null && (c.t === 'hund' || c.t === 'scale' || c.t === 'dozen')) {
      const phrase = numberAt(toks, i);
      if (phrase.length > 0) {
        phrase[0]!.prefix = prefix;
        return phrase;
      }
    }
  }
  return [mention(toks, i, i, t.value, kindOf(t.value), t, false, false, null, prefix)];
}

const kindOf = (v: number): NumberKind => (Number.isInteger(v) ? 'integer' : 'decimal');
const isSimpleInt = (t: Token): boolean => !t.decimal && !t.grouped && Number.isInteger(t.value) && t.intDigits <= 6;

function gluedScale(text: string): number | null {
  const upper = SCALE_LETTERS_UPPER[text];
  if (upper !== undefined) return upper;
  const lower = text.toLowerCase();
  if (text === 'm' || lower === 'mm' || lower === 't') return null; // metres, millimetres, tonnes
  const s = SCALE_ABBREVIATIONS[lower];
  return s ?? null;
}

function spacedScale(text: string): number | null {
  if (text === 'k' || text === 'K' || text === 'M' || text === 'G' || text === 'MM') return SCALE_LETTERS_UPPER[text.toUpperCase()] ?? null;
  const lower = text.toLowerCase();
  if (lower === 'bn' || lower === 'bln' || lower === 'tln' || lower === 'mln' || lower === 'mn' || lower === 'trn') return SCALE_ABBREVIATIONS[lower]!;
  return null;
}

/** Numbers joined into an address, phone number, date or time: each is reported, marked as part of a chain. */
function chainAt(toks: Token[], i: number): NumberMention[] | null {
  const idx = [i];
  let sep: string | null = null;
  let mixed = false;
  let k = i;
  while (k + 2 < toks.length) {
    const s = toks[k + 1]!;
    const n = toks[k + 2]!;
    if (s.gap !== 0 || n.gap !== 0 || n.kind !== 'num' || s.kind !== 'sym') break;
    if (s.text !== '.' && s.text !== '/' && s.text !== ':' && !DASHES.has(s.text)) break;
    const norm = DASHES.has(s.text) ? '-' : s.text;
    if (sep !== null && norm !== sep) mixed = true;
    sep ??= norm;
    idx.push(k + 2);
    k += 2;
  }
  if (sep === null) return null;
  const groups = idx.length;
  const timeLike = sep === ':' && groups === 2;
  if (!(groups >= 3 || timeLike || (mixed && groups >= 2))) return null;
  const plus = toks[i - 1] !== undefined && isSym(toks[i - 1], '+') && toks[i]!.gap === 0;
  // pushed one by one: a mapped array has holey elements, another kind of array than every other mention list
  const out: NumberMention[] = [];
  for (let n = 0; n < idx.length; n++) {
    const j = idx[n]!;
    const t = toks[j]!;
    out.push(mention(toks, j, j, t.value, kindOf(t.value), t, false, false, null, n === 0 && !plus ? gluedPrefix(toks, j) : null, (mixed ? '-' : sep) as NumberMention['chain']));
  }
  return out;
}

function powerAt(toks: Token[], i: number): NumberMention | null {
  const t = toks[i]!;
  let k = i + 1;
  let base = t.value;
  // 1.3x10^6
  if (toks[k]?.kind === 'word' && toks[k]!.lower === 'x' && toks[k]!.gap === 0 && isNum(toks[k + 1]) && toks[k + 1]!.value === 10 && toks[k + 1]!.gap === 0) {
    k += 2;
  } else base = NaN;
  if (!isSym(toks[k], '^') || toks[k]!.gap !== 0) return null;
  k++;
  let sign = 1;
  while ((isSym(toks[k], '-') || isSym(toks[k], '+')) && toks[k]!.gap === 0) {
    if (toks[k]!.text === '-') sign = -sign;
    k++;
  }
  const e = toks[k];
  if (!isNum(e) || e.gap !== 0) return null;
  const value = Number.isNaN(base) ? Math.pow(t.value, sign * e.value) : base * Math.pow(10, sign * e.value);
  return mention(toks, i, k, value, 'power', t);
}

/** Items of a number phrase that starts at token i, with the token each came from. */
function collectItems(toks: Token[], i: number): Item[] {
  const items: Item[] = [];
  let k = i;
  while (k < toks.length && items.length < 60) {
    const t = toks[k]!;
    if (k > i && t.gap === 2) break;
    const last = items[items.length - 1];
    if (t.kind === 'num') {
      const okHere = items.length === 0 || (last !== undefined && (last.t === 'scale' || last.t === 'hund' || last.t === 'and') && t.gap === 1);
      const glued = toks[k + 1] !== undefined && toks[k + 1]!.gap === 0 && (toks[k + 1]!.kind === 'word' || isSym(toks[k + 1], '/') || isSym(toks[k + 1], '.'));
      if (!okHere || (items.length > 0 && glued)) break;
      items.push({ t: 'num', v: t.value, plural: false, tens: false, int: Number.isInteger(t.value) && !t.decimal, from: k, to: k });
      k++;
      continue;
    }
    if (t.kind === 'sym' && DASHES.has(t.text) && last !== undefined && t.gap !== 2) {
      const n = toks[k + 1];
      if (n === undefined || n.kind !== 'word' || n.gap === 2 || (t.gap === 0) !== (n.gap === 0)) break;
      const nc = classifyToken(n);
      if (nc === null) break;
      if (last.t === 'card' && last.tens && last.to === k - 1 && nc.t === 'card' && nc.v < 10 && nc.v > 0 && !nc.tens) {
        last.v += nc.v; last.tens = false; last.to = k + 1; k += 2; continue; // fifty-two
      }
      if (last.t === 'card' && last.tens && nc.t === 'ord' && nc.v < 10) {
        last.t = 'ord'; last.v += nc.v; last.plural = nc.plural; last.tens = false; last.to = k + 1; k += 2; continue; // thirty-fifths
      }
      if (nc.t === 'ord' || nc.t === 'frac' || ((last.t === 'card' || last.t === 'num') && nc.t === 'scale')) {
        k++; // one-fourth, hundred-fifths, 50-million
        continue;
      }
      if ((nc.t === 'and' && last.t === 'card') || (nc.t === 'a' && last.t === 'and')) {
        k++; // three-and-a-half
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    const c = classifyToken(t);
    if (c === null) break;
    // the word after this one, past a hyphen ("three-and-a-half")
    const hop = toks[k + 1] !== undefined && DASHES.has(toks[k + 1]!.text) && toks[k + 1]!.gap === 0 ? 2 : 1;
    const next = toks[k + hop];
    const nextClass = next !== undefined && next.kind === 'word' && next.gap !== 2 ? classifyToken(next) : null;
    if (c.t === 'a') {
      const where = items.length === 0 || last!.t === 'and' || last!.t === 'of' || (last!.t === 'frac' && last!.v === 2);
      if (!where || nextClass === null || !(opensAfterA(nextClass.t) || tensOrdinalAt(toks, k + 1))) break;
    } else if (c.t === 'and') {
      const nextNum = next !== undefined && next.gap !== 2 && (next.kind === 'num' || (nextClass !== null && (nextClass.t === 'card' || nextClass.t === 'a' || nextClass.t === 'ord')));
      if (items.length === 0 || !nextNum) break;
    } else if (c.t === 'of') {
      const after = toks[k + 2];
      const afterClass = after !== undefined && after.kind === 'word' ? classifyToken(after) : null;
      if (last === undefined || !(last.t === 'frac' || last.t === 'ord') || nextClass?.t !== 'a' || afterClass?.t !== 'scale') break;
    } else if (c.t === 'point') {
      if (items.length === 0 || nextClass?.t !== 'card') break;
    }
    items.push({ t: c.t, v: c.v, plural: c.plural, tens: c.tens, int: true, from: k, to: k });
    k++;
  }
  return items;
}

/** The number or numbers of the phrase starting at token i. */
function numberAt(toks: Token[], i: number): NumberMention[] {
  const items = collectItems(toks, i);
  const out: NumberMention[] = [];
  let p = 0;
  while (p < items.length) {
    const it = items[p]!;
    if (it.t === 'and' || it.t === 'of' || it.t === 'point') { p++; continue; }
    let ev: Evaluated | null = null;
    let ordinalOnly = false;
    // a fraction: the first ordinal or fraction word reached through number words
    let k = p;
    while (k < items.length && (items[k]!.t === 'card' || items[k]!.t === 'hund' || items[k]!.t === 'scale' || items[k]!.t === 'a' || items[k]!.t === 'and' || items[k]!.t === 'num')) k++;
    if (k < items.length && (items[k]!.t === 'ord' || items[k]!.t === 'frac')) {
      ev = evalFraction(items, p, k, items.length);
      if (ev === null && k === p) ordinalOnly = items[k]!.t === 'ord';
    }
    if (ev === null && !ordinalOnly) ev = evalCardinal(items, p, items.length);
    if (ordinalOnly) {
      out.push(phraseMention(toks, items, p, p + 1, it.v, 'ordinal', false));
      p++;
      continue;
    }
    if (ev === null) { p++; continue; }
    out.push(phraseMention(toks, items, p, ev.end, ev.value, ev.kind, ev.scaled));
    p = ev.end;
  }
  return out;
}

function phraseMention(toks: Token[], items: Item[], from: number, to: number, value: number, kind: NumberKind, scaled: boolean): NumberMention {
  const first = items[from]!.from;
  const last = items[to - 1]!.to;
  let spelled = false;
  let digits: Token | null = null;
  for (let k = from; k < to; k++) {
    if (items[k]!.t === 'num') digits ??= toks[items[k]!.from]!;
    else spelled = true;
  }
  return mention(toks, first, last, value, kind, digits, spelled, scaled, null, digits !== null && items[from]!.t === 'num' ? gluedPrefix(toks, first) : null);
}

/** "one in four", "1 in 20", "one out of three", "2000 over 3": ratios and fractions of two numbers. */
function joinRatios(toks: Token[], ms: NumberMention[]): NumberMention[] {
  if (ms.length < 2) return ms;
  const out: NumberMention[] = [];
  for (let n = 0; n < ms.length; n++) {
    const a = ms[n]!;
    const b = ms[n + 1];
    if (b !== undefined && a.kind !== 'ordinal' && b.kind !== 'ordinal' && a.chain === null && b.chain === null &&
        a.suffix === null && b.suffix === null) {
      const w1 = toks[a.last + 1];
      const w2 = toks[a.last + 2];
      let link: 'in' | 'over' | null = null;
      if (w1 !== undefined && w1.kind === 'word' && (w1.lower === 'in' || w1.lower === 'over') && b.first === a.last + 2) link = w1.lower as 'in' | 'over';
      else if (w1?.lower === 'out' && w2?.lower === 'of' && b.first === a.last + 3) link = 'in';
      const yearLike = b.digits !== null && !b.spelled && isYearLike(b.digits);
      const after = toks[b.last + 1];
      if (link === 'in' && a.value >= 0 && a.value < b.value && !yearLike && Number.isInteger(a.value)) {
        out.push(newMention(a.start, b.end, a.first, b.last, a.value / b.value, 'ratio', a.spelled || b.spelled, false, a.suffix, a.prefix, a.chain, a.digits));
        n++;
        continue;
      }
      if (link === 'over' && b.value !== 0 && !(after !== undefined && after.kind === 'word') && !a.scaled && !b.scaled) {
        out.push(newMention(a.start, b.end, a.first, b.last, a.value / b.value, 'fraction', a.spelled || b.spelled, false, a.suffix, a.prefix, a.chain, a.digits));
        n++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Four digits, no separators, 1800..2100: probably a year. */
export function isYearLike(t: Token): boolean {
  return t.kind === 'num' && t.intDigits === 4 && !t.grouped && !t.decimal && t.value >= 1800 && t.value <= 2100;
}

/**
 * The value of a number phrase: "70 million" -> 70000000, "two-thirds" -> 0.666..., "1.5bn" -> 1500000000,
 * "310m" -> 310000000, "a dozen" -> 12, "one in four" -> 0.25, "fifth" -> 5. Null when the text is not one number.
 * Phrases with a currency ("75 USD million", "$2.3 billion") are read by parseQuantity in quantities.ts.
 */
export function parseNumber(text: string): number | null {
  if (typeof text !== 'string') throw new TypeError('whosaid: parseNumber expects a string');
  const toks = tokenize(text);
  if (toks.length === 0) return null;
  const ms = scanNumbers(text, 0, text.length, toks);
  if (ms.length !== 1) return null;
  const m = ms[0]!;
  // the number must take every token but trailing punctuation
  if (m.first !== 0) return null;
  for (let k = m.last + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!(t.kind === 'sym' && '.,;:!?'.includes(t.text))) return null;
  }
  if (m.suffix === 'm') return m.value * 1e6; // "310m": a number phrase alone with a glued "m" counts millions
  if (m.suffix !== null && m.kind !== 'ordinal') return null;
  return m.value;
}
