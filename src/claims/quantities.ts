/**
 * findQuantities: every quantity a sentence states, with value, upper end, unit, bound, rate and change.
 * Built on the number layer (numbers.ts): each number is read with the currency, unit or counted noun around
 * it, joined into ranges, bounded and rated; numbers that are no quantities (years, dates, labels) are skipped.
 */
import {
  MULTIPLIER_WORDS, PLURAL_SCALE_WORDS, SCALE_WORDS,
} from '../lexicons/numbers.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../lexicons/currencies.js';
import { COUNT_OF, MEASURE_WORDS, TIME_WORDS } from '../lexicons/units.js';
import { normalize } from '../text/normalize.js';
import { makeSpan } from '../text/span.js';
import { boundAfter, boundBefore, changeAfter, changeBefore, changeVerbNear, rateAfter } from './context.js';
import { currencyAfter, currencyBefore, type CurrencyMatch } from './money.js';
import { mayHoldQuantity } from './may-hold-quantity.js';
import { classifyToken } from './number-words.js';
import { newMention, scanNumbers, type NumberMention } from './numbers.js';
import type { Quantity } from './quantity.js';
import { skipReason } from './skip.js';
import { mayBeIn, slotTable, tokenize, type Token } from './tokens.js';
import { TIME_OR_MEASURE_WORD_SLOTS, countedNounAfter, measureAfter, percentAfter, timesAfter, type UnitMatch } from './units.js';

export type { Quantity } from './quantity.js';

type Bound = Quantity['bound'];

/** A quantity being built, over tokens [first, end). */
interface Draft {
  first: number;
  end: number;
  value: number;
  upper: number | null;
  unit: string | null;
  /** What the unit is: money, percent, measure, count ... */
  unitKind: UnitMatch['kind'] | 'money' | null;
  bound: Bound;
  per: string | null;
  change: 'up' | 'down' | null;
  other: number | null;
  rules: string[];
  /** Token index after the number and its unit, before any rate or bound after it. */
  core: number;
  scale: number;
  mention: NumberMention;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const DASH = new Set(['-', '–', '—']);

/**
 * Every quantity in norm[start, end) (a sentence of the normalised text; offsets are the input's). Spans are cut
 * from `input` (the original text, as long as `norm`), so that input.slice(start, end) === text. Linear in the
 * length of the range; pure.
 */
export function findQuantities(norm: string, start = 0, end = norm.length, input: string = norm): Quantity[] {
  if (typeof norm !== 'string' || typeof input !== 'string') throw new TypeError('whosaid: findQuantities expects a string');
  if (input.length !== norm.length) throw new RangeError('whosaid: findQuantities expects the input and its normalised copy to have the same length');
  if (!(start >= 0 && end <= norm.length && start <= end)) throw new RangeError(`whosaid: findQuantities range [${start}, ${end}) is outside the text`);
  if (!mayHoldQuantity(norm, start, end)) return [];
  const toks = tokenize(norm, start, end);
  if (toks.length === 0) return [];
  const ms = scanNumbers(norm, start, end, toks);
  const covered = new Uint8Array(toks.length);
  const drafts: Draft[] = [];
  const skipped = new Set<number>();
  let lastCounted: string | null = null;
  for (let n = 0; n < ms.length; n++) {
    const m = ms[n]!;
    if (covered[m.first] === 1) continue;
    const d = readQuantity(toks, ms, n, skipped);
    if (d === null) {
      for (let k = m.first; k <= m.last; k++) skipped.add(k);
      continue;
    }
    // ranges: "5-10%", "between 200 and 300", "from $350 to $680", "19 million to 21 million"
    const joined = joinRange(toks, ms, n, d, skipped);
    if (joined !== null) n = joined;
    qualify(toks, d, (k) => covered[k] === 1);
    if (d.unit === null && d.unitKind === null && lastCounted !== null && !d.mention.spelled && d.upper === null && d.other === null) {
      d.unit = lastCounted;
      d.rules.push('inherit');
    }
    if (d.unitKind === 'count' && !d.rules.includes('place')) lastCounted = d.unit;
    for (let k = d.first; k < d.end; k++) covered[k] = 1;
    drafts.push(d);
  }
  extraQuantities(toks, covered, drafts);
  const joined = joinBoundPairs(toks, drafts);
  // pushed one by one: a mapped array has holey elements, another kind of array than the empty ones returned above
  const out: Quantity[] = [];
  for (let n = 0; n < joined.length; n++) out.push(toQuantity(input, toks, joined[n]!));
  return out;
}

function toQuantity(input: string, toks: readonly Token[], d: Draft): Quantity {
  return {
    span: makeSpan(input, toks[d.first]!.start, toks[d.end - 1]!.end),
    value: round(d.value),
    upper: d.upper === null ? null : round(d.upper),
    unit: d.unit,
    bound: d.bound,
    per: d.per,
    change: d.change,
    other: d.other,
    rule: d.rules.join('+'),
  };
}

/** Undo floating-point noise from scaling: 1.1 * 1e9, 0.538 = 53.8 / 100. */
function round(v: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  // an integer of at most 12 digits is already what 12 significant digits write
  if (Number.isInteger(v) && Math.abs(v) < 1e12) return v;
  const r = Number(v.toPrecision(12));
  return r;
}

/** The largest scale word or abbreviation inside a mention ("19 million" -> 1e6), 1 when none. */
function scaleOf(toks: readonly Token[], m: NumberMention): number {
  if (!m.scaled) return 1;
  let s = 1;
  for (let k = m.first; k <= m.last; k++) {
    const v = SCALE_WORDS[toks[k]!.lower];
    if (v !== undefined && v > s) s = v;
  }
  if (s === 1 && m.digits !== null && m.digits.value !== 0) s = m.value / m.digits.value;
  return s;
}

/** Reads the quantity of mention n: currency, unit or counted noun, compound adjective; null when skipped. */
function readQuantity(toks: readonly Token[], ms: readonly NumberMention[], n: number, skipped: ReadonlySet<number>): Draft | null {
  const m = ms[n]!;
  // a number dash-glued to a skipped one is skipped too: "2024-25", "737-800"
  const p = toks[m.first - 1];
  if (p !== undefined && DASH.has(p.text) && p.gap === 0 && toks[m.first]!.gap === 0 && skipped.has(m.first - 2)) return null;
  // "grades 6 through 12", "2019 to 2024": the second end of a skipped pair
  if (isWord(p) && (p.lower === 'through' || p.lower === 'to') && skipped.has(m.first - 2) && toks[m.first - 2]!.kind === 'num') return null;
  let value = m.value;
  const rules: string[] = [];
  let first = m.first;
  let k = m.last + 1;
  let glued = m.suffix;
  let suffixUsed = false;
  let prefixUsed = false;
  let unit: string | null = null;
  let unitKind: Draft['unitKind'] = null;
  let scale = scaleOf(toks, m);
  // glued scale letters on a small integer with no currency are names: "4K", "5G", "3D"
  const beforeCur = currencyBefore(toks, m.first);
  if (m.scaled && !m.spelled && m.digits !== null && beforeCur === null && m.last === m.first + 1 && toks[m.last]!.gap === 0 &&
      /^[KGT]$/.test(toks[m.last]!.text) && m.digits.value <= 16 && Number.isInteger(m.digits.value) && !m.digits.decimal) return null;
  // money before: "$", "US$", "HK$", "£", "USD 200", "Rs 500"
  let money: CurrencyMatch | null = beforeCur;
  if (money !== null) {
    first = money.first;
    if (money.first === m.first - 1 && toks[m.first - 1]!.kind === 'word') prefixUsed = true;
  }
  // glued "m": millions with money or before a plural noun ("£45m", "50m people"), otherwise metres
  if (glued === 'm' || glued === 'M') {
    const noun = countedNounAfter(toks, k, value);
    if (money !== null || (noun !== null && noun.end === k + 1)) {
      value *= 1e6;
      scale = 1e6;
      glued = null;
      suffixUsed = true;
      rules.push('scale');
    }
  }
  if (money === null) {
    const after = currencyAfter(toks, k, value, m.scaled, glued);
    if (after !== null) {
      money = after;
      if (glued !== null) suffixUsed = true;
      k = after.end;
      // "75 USD million": a scale after the code
      const sc = toks[k];
      if (isWord(sc) && sc.gap === 1 && SCALE_WORDS[sc.lower] !== undefined && !m.scaled) {
        value *= SCALE_WORDS[sc.lower]!;
        scale = SCALE_WORDS[sc.lower]!;
        k++;
      }
    }
  } else if (glued !== null) {
    return null; // "$5G"
  }
  if (money !== null) {
    value *= money.factor;
    unit = money.code;
    unitKind = 'money';
    rules.push('money');
    // cents after a currency word: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "17 USD 25"
    if (money.first > m.last && money.factor === 1) {
      const c = centsAfter(toks, ms, n, k);
      if (c !== null) {
        value += c.value;
        k = c.end;
      }
    }
  }
  let noun: UnitMatch | null = null;
  const bb = boundBefore(toks, first);
  if (unitKind === null && glued === null) {
    const lead = percentLead(toks, m.first);
    if (lead !== null) {
      first = lead;
      unit = '%';
      unitKind = 'percent';
      rules.push('percent');
    }
  }
  if (unitKind === null) {
    const u = percentAfter(toks, k, glued) ?? measureAfter(toks, k, glued, value) ?? (glued === null ? timesAfter(toks, k) : null);
    if (u !== null) {
      if (glued !== null) suffixUsed = true;
      unit = u.unit;
      unitKind = u.kind;
      value *= u.factor;
      k = u.end;
      rules.push(u.kind);
    }
  }
  // "a tenth of a percentage point", "half an hour"
  if (unitKind === null && glued === null && m.kind === 'fraction' && m.value < 1) {
    let j = k;
    if (isWord(toks[j]) && toks[j]!.lower === 'of') j++;
    if (isWord(toks[j]) && (toks[j]!.lower === 'a' || toks[j]!.lower === 'an')) {
      const u = percentAfter(toks, j + 1, null) ?? measureAfter(toks, j + 1, null, 1);
      if (u !== null && u.unit !== null) {
        unit = u.unit;
        unitKind = u.kind;
        value *= u.factor;
        k = u.end;
        rules.push(u.kind);
      }
    }
  }
  // compound adjectives: "50-million-user", "3-inch", "10-year", "four-year-old", "12-cent-a-share"
  if (unitKind === null && glued === null) {
    const c = compoundAfter(toks, k, value);
    if (c !== null) {
      unit = c.unit;
      unitKind = c.kind;
      value *= c.factor;
      k = c.end;
      rules.push(c.kind === 'money' ? 'money' : 'compound');
      if (c.kind === 'money') rules.push('compound');
    }
  }
  if (unitKind === null && glued === null && !(m.kind === 'fraction' && m.value < 1) && m.kind !== 'ratio') {
    noun = countedNounAfter(toks, k, value) ?? partOf(toks, k, value);
    if (noun !== null) {
      unit = noun.unit;
      unitKind = 'count';
      k = noun.end;
      rules.push('count');
      // "610 stores in 38 states": a count of places is no antecedent for a later bare number
      const before = toks[(bb === null ? first : bb.first) - 1];
      if (isWord(before) && /^(in|across|at|from|throughout)$/.test(before.lower)) rules.push('place');
    } else if (resultLine(toks, m)) {
      unit = 'vote';
      unitKind = 'count';
      rules.push('count-result');
    } else {
      // "a majority of 6,540", "a population of 400", "a city of about 350,000"
      const lead = bb === null ? first : bb.first;
      const of = toks[lead - 1];
      const head = toks[lead - 2];
      const linked = of !== undefined && (of.lower === 'of' || of.text === ':');
      if (linked && isWord(head) && COUNT_OF[head.lower] !== undefined) {
        unit = COUNT_OF[head.lower]!;
        unitKind = 'count';
        rules.push('count-of');
      }
    }
  }
  const reason = skipReason(toks, m, {
    hasUnit: unitKind === 'money' || unitKind === 'percent' || unitKind === 'point' || unitKind === 'measure' || (unitKind === 'time' && m.spelled),
    hasNoun: noun !== null && noun.end === m.last + 2,
    countsSomething: noun !== null,
    hasBound: bb !== null,
    suffixUsed,
    prefixUsed,
  });
  if (reason !== null) return null;
  if (rules.length === 0) rules.push(m.kind === 'ratio' ? 'ratio' : m.kind === 'fraction' ? 'fraction' : 'number');
  else if (m.kind === 'ratio' || m.kind === 'fraction') rules.unshift(m.kind);
  const d = newDraft(first, k, value, unit, unitKind, 'exact', noun?.change ?? null, rules, scale, m);
  if (!acceptBare(toks, d)) return null;
  if (noun?.change != null) d.rules.push('change');
  age(toks, d);
  return d;
}

/** "seven of its 24 libraries", "three of our pantries": a part of a counted whole takes its noun. */
function partOf(toks: readonly Token[], at: number, value: number): UnitMatch | null {
  if (value === 1) return null; // "one of the highest tolls" claims no count
  const of = toks[at];
  const det = toks[at + 1];
  if (!isWord(of) || of.lower !== 'of' || !isWord(det) || !/^(the|its|their|our|his|her|my|your|these|those)$/.test(det.lower)) return null;
  let k = at + 2;
  if (isWord(toks[k]) && /'s$/.test(toks[k]!.lower)) k++; // "39 of the state's 40 delegates"
  if (toks[k]?.kind === 'num' || (isWord(toks[k]) && classifyToken(toks[k]!)?.t === 'card')) k++;
  const noun = countedNounAfter(toks, k, value);
  return noun === null || noun.end - k > 2 ? null : { ...noun, end: at };
}

/** "Dean Whitlow (Reform UK) 12,847 (41.1%)": a candidate's votes in a results listing. */
function resultLine(toks: readonly Token[], m: NumberMention): boolean {
  if (m.digits === null || m.spelled || !Number.isInteger(m.value)) return false;
  const prev = toks[m.first - 1];
  const open = toks[m.last + 1];
  const num = toks[m.last + 2];
  if (prev?.text !== ')' || open?.text !== '(' || num?.kind !== 'num') return false;
  const pct = toks[m.last + 3];
  return pct?.text === '%' && toks[m.last + 4]?.text === ')';
}

/** "percent of 10", "per cent of twenty-two": a percent word before "of" and the number, with no number before it. */
function percentLead(toks: readonly Token[], first: number): number | null {
  const of = toks[first - 1];
  if (!isWord(of) || of.lower !== 'of') return null;
  let k = first - 2;
  const w = toks[k];
  if (!isWord(w)) return null;
  if (w.lower === 'cent' && isWord(toks[k - 1]) && toks[k - 1]!.lower === 'per') k--;
  else if (!(w.lower === 'percent' || w.lower === 'percents')) return null;
  const before = toks[k - 1];
  if (before !== undefined && (before.kind === 'num' || (isWord(before) && classifyToken(before) !== null) || isWord(before) && /^(the|small|large|high|low|what|which|same)$/.test(before.lower))) return null;
  return k;
}

/** Spelled numbers with nothing counted ("the two", "one of them") and lone fractions used as ordinals are dropped. */
function acceptBare(toks: readonly Token[], d: Draft): boolean {
  const m = d.mention;
  const bound = boundBefore(toks, d.first) !== null;
  if (m.kind === 'fraction' && m.spelled && m.value < 1) return bound || fractionInUse(toks, m);
  if (m.kind === 'ratio') return true;
  if (d.unitKind !== null) return true;
  if (m.spelled && !m.scaled && !bound && !inRange(toks, d) && boundAfter(toks, d.end) === null) return false;
  if (m.spelled && m.value === 1 && !m.scaled) return false;
  return true;
}

/** "between negative ten and fifteen", "from one thousand to ...", "two to three": a number in a range. */
function inRange(toks: readonly Token[], d: Draft): boolean {
  const prev = toks[d.first - 1];
  const next = toks[d.end];
  if (isWord(prev) && /^(between|from|and|to)$/.test(prev.lower)) return true;
  return next !== undefined && (DASH.has(next.text) || /^(to|and|through)$/.test(next.lower)) && toks[d.end + 1] !== undefined &&
    (toks[d.end + 1]!.kind === 'num' || (isWord(toks[d.end + 1]) && classifyToken(toks[d.end + 1]!) !== null));
}

/** "half of", "more than half", "two-thirds", "a third of the consultants"; not "the second half", "a third term". */
function fractionInUse(toks: readonly Token[], m: NumberMention): boolean {
  const prev = toks[m.first - 1];
  const next = toks[m.last + 1];
  if (isWord(prev) && /^(the|this|that|first|second|third|fourth|last|next|previous|same|each|per|final|latter|former|early|late)$/.test(prev.lower)) return false;
  if (next === undefined || next.gap === 2) return true;
  if (next.kind === 'sym') return !(DASH.has(next.text) && next.gap === 0);
  if (next.kind === 'num') return false;
  return /^(of|the|a|an|its|their|his|her|our|my|your|that|those|these|all|as|more|less|percent|again|or|and|to|in|were|are|was|is|had|have|said|say|now|still|this|who|do|did|will|would|could|voted|back|support|oppose)$/.test(next.lower);
}

/** "Linda Okereke, 64, loaded" and "aged 64": an age in years. */
function age(toks: readonly Token[], d: Draft): void {
  if (d.unitKind !== null || d.mention.spelled || !Number.isInteger(d.value) || d.value < 1 || d.value > 120) return;
  const m = d.mention;
  const prev = toks[m.first - 1];
  const prev2 = toks[m.first - 2];
  const next = toks[m.last + 1];
  const named = prev?.text === ',' && isWord(prev2) && ((/^[A-Z]/.test(prev2.text) && (next === undefined || next.text === ')')) || next?.text === ',');
  const aged = isWord(prev) && /^(aged|age|ages)$/.test(prev.lower);
  // "He was 95.", "when she was 18 and", "died at 103"
  const was = isWord(prev) && /^(was|is)$/.test(prev.lower) && isWord(prev2) && /^(he|she)$/.test(prev2.lower) &&
    (next === undefined || next.kind === 'sym' || /^(and|when|at|in|old|but)$/.test(next.lower));
  const died = isWord(prev) && prev.lower === 'at' && isWord(prev2) && /^(dies|died|dead|death)$/.test(prev2.lower);
  if (named || aged || was || died) {
    d.unit = 'year';
    d.unitKind = 'time';
    d.rules = ['age'];
  }
}

/** Cents after a currency word: "50 cents", "and forty-five cents", "25" in "17 USD 25". */
function centsAfter(toks: readonly Token[], ms: readonly NumberMention[], n: number, at: number): { value: number; end: number } | null {
  let k = at;
  if (isWord(toks[k]) && toks[k]!.lower === 'and') k++;
  const c = ms[n + 1];
  if (c === undefined || c.first !== k || !Number.isInteger(c.value) || c.value <= 0 || c.value >= 100 || c.suffix !== null || c.chain !== null) return null;
  if (toks[c.first]!.lower === 'a' || toks[c.first]!.lower === 'an') return null;
  const after = toks[c.last + 1];
  if (after !== undefined && after.kind === 'sym' && CURRENCY_SYMBOLS[after.text] !== undefined) return null;
  if (isWord(after) && /^(cents?|c)$/.test(after.lower)) return { value: c.value / 100, end: c.last + 2 };
  if (after === undefined || after.kind === 'sym' || (isWord(after) && /^(and|more|less|only|extra|each)$/.test(after.lower))) return { value: c.value / 100, end: c.last + 1 };
  return null;
}

/** "-year", "-inch", "-million-user", "-year-old", "-cent-a-share" glued after the number. */
function compoundAfter(toks: readonly Token[], at: number, value: number): { unit: string | null; kind: UnitMatch['kind'] | 'money'; factor: number; end: number } | null {
  const h = toks[at];
  const w = toks[at + 1];
  if (h === undefined || !DASH.has(h.text) || h.gap !== 0 || !isWord(w) || w.gap !== 0) return null;
  const lower = w.lower;
  let end = at + 2;
  // "-year-old"
  const old = toks[end]?.text === '-' && toks[end]!.gap === 0 && toks[end + 1]?.lower === 'old';
  const time = TIME_WORDS[lower];
  if (time !== undefined) {
    if (old) end += 2;
    return { unit: old ? 'year' : time.unit, kind: 'time', factor: old ? 1 : time.factor ?? 1, end };
  }
  const measure = MEASURE_WORDS[lower];
  if (measure !== undefined) return { unit: measure.unit, kind: 'measure', factor: measure.factor ?? 1, end };
  if (lower === 'cent' || lower === 'cents') return { unit: 'USD', kind: 'money', factor: 0.01, end };
  const money = CURRENCY_WORDS[lower];
  if (money !== undefined && lower !== 'pound' && lower !== 'won' && lower !== 'real') return { unit: money, kind: 'money', factor: 1, end };
  if (lower === 'fold') return { unit: null, kind: 'multiplier', factor: 1, end };
  if (lower === 'percent') return { unit: '%', kind: 'percent', factor: 1, end };
  if (NOT_COMPOUND.has(lower) || value < 2) return null;
  return { unit: lower, kind: 'count', factor: 1, end };
}

/** Compound adjectives that describe rather than count: "two-bed flat", "three-point plan", "a two-way race". */
const NOT_COMPOUND = new Set([
  'bed', 'bedroom', 'bathroom', 'door', 'seater', 'storey', 'story', 'speed', 'star', 'way', 'sided', 'time', 'piece',
  'part', 'point', 'man', 'person', 'hour', 'day', 'lane', 'horse', 'car', 'shot', 'game', 'run', 'wheel', 'legged',
  'year', 'pronged', 'tier', 'stage', 'step', 'nation', 'party', 'digit', 'figure', 'letter', 'word', 'and', 'or', 'to', 'of', 'in', 'on', 'a', 'the', 'plus', 'odd', 'something', 'somethings', 'ish',
  'th', 'st', 'nd', 'rd', 'off', 'up', 'down', 'out', 'all', 'match', 'set', 'dimensional', 'd', 'x', 'inning',
  'round', 'hole', 'track', 'song', 'episode', 'part', 'volume', 'book', 'course', 'minute', 'second', 'week',
  'month', 'decade',
]);

/** Words before "over" that keep it a bound before a duration: "for over 30 years", "just over 11 minutes". */
const OVER_BOUND_AFTER = new Set(['for', 'just', 'well', 'of', 'in', 'after', 'lasted', 'took', 'spent', 'waited', 'been', 'taking', 'lasting', 'lasts', 'takes', 'aged', 'ages', 'is', 'are', 'was', 'were', '']);

/** Bound, rate and change around a built quantity; the span grows to take the bound word and an adjacent rate. */
function qualify(toks: readonly Token[], d: Draft, covered: (k: number) => boolean): void {
  // bound after: "a mile or more", "18 and older", "10,000-plus"
  const ba = boundAfter(toks, d.end);
  if (ba !== null && d.upper === null) {
    d.bound = ba.bound === 'equal' ? 'exact' : ba.bound;
    d.end = ba.end;
    d.rules.push(`bound:${ba.bound}`);
    if (d.unit === null && /older|younger/.test(toks[ba.end - 1]!.lower)) d.unit = 'year';
    // "four or more people", "1,000 or more kilograms"
    const noun = d.unit === null ? measureAfter(toks, d.end, null, d.value) ?? countedNounAfter(toks, d.end, d.value) : null;
    if (noun !== null && noun.end === d.end + 1) {
      d.unit = noun.unit;
      d.unitKind = noun.kind;
      d.value *= noun.factor;
      d.end = noun.end;
      d.rules.push(noun.kind);
    }
  }
  // bound before: "over", "nearly", "an estimated"; "over three seasons" is a period, not a bound
  let bb = boundBefore(toks, d.first);
  if (bb !== null && d.unitKind === 'time' && toks[bb.first]!.lower === 'over' && bb.first === d.first - 1 && !OVER_BOUND_AFTER.has(toks[bb.first - 1]?.lower ?? '')) bb = null;
  if (bb !== null) {
    // a bound after the number beats "about" or "equal to" before it: "about 500 or more", "equal to 5000 or less"
    if (d.upper === null && !(d.bound !== 'exact' && (bb.bound === 'equal' || bb.bound === 'approx'))) d.bound = bb.bound === 'equal' ? 'exact' : bb.bound;
    d.first = bb.first;
    d.rules.push(`bound:${bb.bound}`);
  }
  // rate: "$35 a month", "$1.09 a share", "per capita", "70 million users of Facebook each month"
  let r = rateAfter(toks, d.end);
  let adjacent = true;
  if (r === null && d.unitKind === 'count') {
    const of = toks[d.end];
    if (isWord(of) && of.lower === 'of') {
      for (let k = d.end + 1; k < d.end + 5 && k < toks.length; k++) {
        const t = toks[k]!;
        if (!(isWord(t) && (/^[A-Z]/.test(t.text) || t.lower === 'the'))) {
          r = rateAfter(toks, k);
          adjacent = false;
          break;
        }
      }
    }
  }
  if (r !== null) {
    d.per = r.per;
    d.rules.push('per');
    if (adjacent) d.end = r.end;
    // "metres per second" is a speed
    if (d.unitKind === 'measure' && (d.unit === 'm' || d.unit === 'km' || d.unit === 'mi') && (r.per === 'second' || r.per === 'hour')) {
      d.unit = d.unit === 'mi' ? 'mph' : `${d.unit}/${r.per === 'second' ? 's' : 'h'}`;
      d.per = null;
    }
  }
  // change: "rose 4.1%", "cut 1,200 jobs", "up 3%", "a 5% rise"
  if (d.change === null) {
    const before = changeBefore(toks, d.first, covered, d.unitKind === 'money');
    const c = before ?? changeAfter(toks, d.core);
    if (c !== null) {
      d.change = c;
      d.rules.push('change');
    }
  }
  // "fell almost nine points", "up 25 points": a change in points is one of percentage points
  if (d.unit === 'point' && d.change !== null && d.value < 100) d.unit = 'percentage point';
  // "half a dozen" is a round number
  if (d.mention.kind === 'fraction' && d.bound === 'exact' && /dozen/.test(toks[d.mention.last]!.lower)) {
    d.bound = 'approx';
    d.rules.push('bound:approx');
  }
}

/**
 * A range from mention n: "5-10%", "between 200 and 300", "from $350 to $680", "55 to 75 mph", "2.4C and 2.7C".
 * Returns the index of the last mention taken, or null. A dash between numbers that cannot be a range is a score.
 */
function joinRange(toks: readonly Token[], ms: readonly NumberMention[], n: number, d: Draft, skipped: ReadonlySet<number>): number | null {
  const c = toks[d.core];
  const bm = ms[n + 1];
  if (c === undefined || bm === undefined || c.gap === 2) return null;
  const before = toks[d.first - 1];
  const between = isWord(before) && before.lower === 'between';
  const from = isWord(before) && before.lower === 'from';
  const dash = DASH.has(c.text) || c.text === '~';
  const word = isWord(c) && (c.lower === 'to' || c.lower === 'through' || c.lower === 'thru' || (between && c.lower === 'and'));
  if (!dash && !word) return null;
  // the second number, with its own currency
  let bStart = d.core + 1;
  const cur = currencyBefore(toks, bm.first);
  if (cur !== null && cur.first === bStart) bStart = bm.first;
  if (bm.first !== bStart) return null;
  const b = readQuantity(toks, ms, n + 1, skipped);
  if (b === null) return null;
  const dashGlued = dash && c.gap === 0 && toks[bm.first]!.gap === 0;
  // a score: "won 3-1", "a 91-3 vote"
  if (dashGlued && d.mention.digits !== null && b.mention.digits !== null && d.unitKind === null && Number.isInteger(d.value) && Number.isInteger(b.value) &&
      (d.value >= b.value || scoreContext(toks, d.first, b.end))) {
    d.other = b.value;
    d.end = b.end;
    d.core = b.core;
    d.unit = b.unit ?? (voteContext(toks, d.first, b.end) ? 'vote' : null);
    d.unitKind = b.unitKind;
    d.rules = ['score'];
    return n + 1;
  }
  // units must agree; the one written applies to both
  if (d.unit !== null && b.unit !== null && d.unit !== b.unit) return null;
  let a = d.value;
  if (d.scale === 1 && b.scale > 1 && a * b.scale <= b.value) a *= b.scale; // "between 1.5 and 2 billion"
  if (!(a < b.value)) return null;
  // "rose from 9% to 11%", "fell by 7,000 to 221,000": a change, not a range
  if (from && changeVerbNear(toks, d.first - 1, 8) !== null) return null;
  if (!between && !from && changeBefore(toks, d.first, () => false) !== null) return null;
  d.value = a;
  d.upper = b.value;
  d.bound = 'range';
  d.unit ??= b.unit;
  d.unitKind ??= b.unitKind;
  d.end = b.end;
  d.core = b.core;
  d.rules = ['range', ...d.rules.filter((r) => r !== 'number'), ...b.rules.filter((r) => r !== 'number' && !d.rules.includes(r))];
  if (between || from) d.first -= 1;
  return n + 1;
}

const SCORE_WORDS = /^(won|win|wins|winning|beat|beats|beaten|defeated|defeat|defeats|victory|lost|loss|lose|drew|draw|tied|tie|score|scored|scoreline|vote|voted|votes|tally|led|lead|leads|leading|trailing|trail|margin|thrashed|edged|final|result|series|goals|points)$/;
const VOTE_WORDS = /^(vote|voted|votes|voting|ballot|tally|approved|passed|rejected|confirmed)$/;

/** A score word within a dozen tokens of the pair: "won 3-1", "a 2-0 victory". */
function scoreContext(toks: readonly Token[], first: number, end: number): boolean {
  for (let k = Math.max(0, first - 12); k < Math.min(toks.length, end + 12); k++) {
    const t = toks[k]!;
    if (t.kind === 'word' && SCORE_WORDS.test(t.lower)) return true;
  }
  return false;
}

/** A vote word within a few tokens of the score: "voted 91-3", "a 27-23 vote". */
function voteContext(toks: readonly Token[], first: number, end: number): boolean {
  for (let k = Math.max(0, first - 4); k < Math.min(toks.length, end + 3); k++) {
    const t = toks[k]!;
    if (t.kind === 'word' && VOTE_WORDS.test(t.lower)) return true;
  }
  return false;
}

/**
 * Quantities with no number in digits or number words: multipliers ("twice", "fivefold", "more than double"),
 * vague scales ("hundreds of", "tens of thousands of"), and "a" with a unit after a bound ("more than a year").
 */
function extraQuantities(toks: readonly Token[], covered: Uint8Array, drafts: Draft[]): void {
  for (let k = 0; k < toks.length; k++) {
    if (covered[k] === 1) continue;
    const t = toks[k]!;
    if (!isWord(t) || !mayBeIn(EXTRA_TRIGGER_SLOTS, t) || !EXTRA_TRIGGERS.has(t.lower)) continue;
    const w = t.lower;
    let d: Draft | null = null;
    const mult = MULTIPLIER_WORDS[w];
    if (mult !== undefined) {
      const bb = boundBefore(toks, k);
      const fold = w.endsWith('fold');
      const next = toks[k + 1];
      const rate = isWord(next) && /^(a|an|per|daily|weekly|monthly|yearly|annually|each|every)$/.test(next.lower);
      if (fold || (w === 'twice' && !rate) || bb !== null) d = bare(k, k + 1, mult, null, 'multiplier');
    } else if (PLURAL_SCALE_WORDS[w] !== undefined && isWord(toks[k + 1]) && toks[k + 1]!.lower === 'of') {
      let value = PLURAL_SCALE_WORDS[w]!;
      let e = k + 2;
      // "tens of thousands of", "hundreds of millions of"
      const inner = toks[e];
      if (isWord(inner) && PLURAL_SCALE_WORDS[inner.lower] !== undefined && inner.lower !== 'tens' && isWord(toks[e + 1]) && toks[e + 1]!.lower === 'of') {
        value *= PLURAL_SCALE_WORDS[inner.lower]!;
        e += 2;
      } else if (w === 'tens') continue;
      const prev = toks[k - 1];
      if (prev !== undefined && (prev.kind === 'num' || (isWord(prev) && /^(the|these|those|their|its|his|her)$/.test(prev.lower)))) continue;
      d = bare(k, e, value, null, 'vague');
      d.bound = 'lower';
      const money = currencyAfter(toks, e, value, true, null);
      const noun = money === null ? countedNounAfter(toks, e, value) : null;
      if (money !== null) { d.unit = money.code; d.unitKind = 'money'; d.end = money.end; }
      else if (noun !== null) { d.unit = noun.unit; d.unitKind = 'count'; d.end = noun.end; }
    } else if ((w === 'a' || w === 'an') && isWord(toks[k + 1])) {
      const u = mayBeIn(TIME_OR_MEASURE_WORD_SLOTS, toks[k + 1]!) ? TIME_WORDS[toks[k + 1]!.lower] ?? MEASURE_WORDS[toks[k + 1]!.lower] : undefined;
      if (u === undefined || toks[k + 1]!.lower.endsWith('s')) continue;
      const bb = boundBefore(toks, k);
      const ba = boundAfter(toks, k + 2);
      if (bb === null && ba === null) continue;
      if (bb !== null && (bb.bound === 'approx' || bb.bound === 'equal') && !(toks[k - 1]!.lower === 'about' || toks[k - 1]!.lower === 'around' || toks[k - 1]!.lower === 'roughly')) continue;
      d = bare(k, k + 2, u.factor ?? 1, u.unit, TIME_WORDS[toks[k + 1]!.lower] !== undefined ? 'time' : 'measure');
    }
    if (d === null) continue;
    const bb = boundBefore(toks, d.first);
    if (bb !== null) {
      if (d.bound === 'exact') d.bound = bb.bound === 'equal' ? 'exact' : bb.bound;
      d.first = bb.first;
      d.rules.push(`bound:${bb.bound}`);
    }
    const ba = boundAfter(toks, d.end);
    if (ba !== null) { d.bound = ba.bound === 'equal' ? 'exact' : ba.bound; d.end = ba.end; d.rules.push(`bound:${ba.bound}`); }
    const ch = changeBefore(toks, k, (j) => covered[j] === 1);
    if (ch !== null) { d.change = ch; d.rules.push('change'); }
    for (let j = d.first; j < d.end; j++) covered[j] = 1;
    drafts.push(d);
    k = d.end - 1;
  }
}

/** The words that can start a quantity with no number in it. */
const EXTRA_TRIGGERS: ReadonlySet<string> = new Set([...Object.keys(MULTIPLIER_WORDS), ...Object.keys(PLURAL_SCALE_WORDS), 'a', 'an']);
const EXTRA_TRIGGER_SLOTS = slotTable(EXTRA_TRIGGERS);

function bare(first: number, end: number, value: number, unit: string | null, rule: string): Draft {
  const mention = newMention(0, 0, first, end - 1, value, 'integer', true, false, null, null, null, null);
  return newDraft(first, end, value, unit, unit === null ? 'multiplier' : 'time', 'exact', null, [rule], 1, mention);
}

/**
 * Every Draft is built here, with no upper end, rate or other side yet, its core at its end. One allocation
 * site and one shape for the code that reads drafts (two literals made two).
 */
function newDraft(first: number, end: number, value: number, unit: string | null, unitKind: Draft['unitKind'], bound: Bound,
  change: Draft['change'], rules: string[], scale: number, mention: NumberMention): Draft {
  // the bound is a parameter, not a constant of the literal: a field first filled with one constant string and
  // later changed sent the code that changes it ("lower" for "hundreds of") back to be compiled again
  // value and scale start as NaN: the fields then hold any number from the first draft on, where an integer first and
  // a fraction or a large scale later changed the shape of every draft made so far
  const d: Draft = { first, end, value: NaN, upper: null, unit, unitKind, bound, per: null, change, other: null, rules, core: end, scale: NaN, mention };
  d.value = value;
  d.scale = scale;
  return d;
}

/** "more than 10 and less than 40", "at most 100 and at least 20": two bounds that close a range. */
function joinBoundPairs(toks: readonly Token[], drafts: Draft[]): Draft[] {
  drafts.sort((a, b) => a.first - b.first);
  const out: Draft[] = [];
  for (let n = 0; n < drafts.length; n++) {
    const a = drafts[n]!;
    const b = drafts[n + 1];
    out.push(a);
    if (b === undefined || a.upper !== null || b.upper !== null || (a.unit !== b.unit && a.unit !== null && b.unit !== null)) continue;
    const pair = (a.bound === 'lower' && b.bound === 'upper') || (a.bound === 'upper' && b.bound === 'lower');
    if (!pair) continue;
    let k = a.end;
    while (k < b.first && (toks[k]!.text === ',' || toks[k]!.lower === 'and' || toks[k]!.lower === 'but')) k++;
    if (k !== b.first || b.first - a.end > 2) continue;
    const low = a.bound === 'lower' ? a.value : b.value;
    const high = a.bound === 'lower' ? b.value : a.value;
    if (!(low < high)) continue;
    a.value = low;
    a.upper = high;
    a.unit ??= b.unit;
    a.bound = 'range';
    a.end = b.end;
    a.rules.push('bounds');
    n++;
  }
  return out;
}


/** A quantity with nothing counted, measured or priced: "about 6,800", "between 100,000 and 150,000 a month". */
function isBare(q: Quantity): boolean {
  return q.unit === null && (q.rule.startsWith('number') || q.rule.startsWith('range')) && !q.rule.includes('score');
}

/**
 * Carries counted nouns across sentences: a bare count ("About 4.2 million were affected.") counts what the last
 * counted quantity of the same or the `reach` previous sentences counted ("22 million users"). Takes and returns the
 * quantities of consecutive sentences, in order; carried units are marked with the rule "inherit". Pure.
 */
export function carryUnits(sentences: readonly (readonly Quantity[])[], reach = 2): Quantity[][] {
  let unit: string | null = null;
  let at = -Infinity;
  // lists pushed one by one, not mapped: one kind of array for every caller, whatever the length
  const out: Quantity[][] = [];
  for (let i = 0; i < sentences.length; i++) {
    const qs = sentences[i]!;
    const carried: Quantity[] = [];
    for (let n = 0; n < qs.length; n++) {
      const q = qs[n]!;
      if (isBare(q) && unit !== null && i - at <= reach) {
        carried.push({ ...q, unit, rule: `${q.rule}+inherit` });
        continue;
      }
      if (q.unit !== null && /(^|\+)(count|inherit)(\+|$)/.test(q.rule) && !q.rule.includes('place') && !/^[A-Z]{3}$|%/.test(q.unit)) {
        unit = q.unit;
        at = i;
      }
      carried.push(q);
    }
    out.push(carried);
  }
  return out;
}

/**
 * The one quantity a short phrase states, or null: "75 USD million", "$2.3 billion", "over 70 million users".
 * For a bare number phrase use parseNumber.
 */
export function parseQuantity(text: string): Quantity | null {
  if (typeof text !== 'string') throw new TypeError('whosaid: parseQuantity expects a string');
  const norm = normalize(text);
  const qs = findQuantities(norm, 0, norm.length, text);
  if (qs.length !== 1) return null;
  const q = qs[0]!;
  const rest = norm.slice(0, q.span.start) + norm.slice(q.span.end);
  return /^[\s.,;:!?]*$/.test(rest) ? q : null;
}
