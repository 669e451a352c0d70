/**
 * Numbers that are no quantities: years and dates, clock times, model and product numbers, labels ("page 4",
 * "Section 230", "No. 1"), names ("Formula 1", "COVID-19", "G7"), addresses, phone numbers and identifiers.
 * Each rule returns the reason it skips, for debugging.
 */
import { MONTHS } from '../lexicons/dates.js';
import { NOT_NAME_BEFORE } from '../lexicons/numbers.js';
import { CLOCK_WORDS, LABEL_WORDS, STREET_WORDS } from '../lexicons/units.js';
import { isYearLike, type NumberMention } from './numbers.js';
import type { Token } from './tokens.js';

export interface SkipInfo {
  /** The quantity has a currency, a percent sign or a unit of measure. */
  hasUnit: boolean;
  /** A counted noun follows the number directly. */
  hasNoun: boolean;
  /** A counted noun follows the number, maybe after modifiers ("630 First Nations"). */
  countsSomething: boolean;
  /** A bound word comes before it. */
  hasBound: boolean;
  /** Its glued suffix was read as a unit, currency or scale. */
  suffixUsed: boolean;
  /** Its glued prefix was read as a currency code. */
  prefixUsed: boolean;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isCap = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  for (let k = 1; k < t.text.length; k++) {
    const d = t.text.charCodeAt(k);
    if (d >= 65 && d <= 90) return true; // iPhone, mRNA
  }
  return false;
};

/** A month name written with a capital ("March", "Feb", "Sept."). */
export function isMonth(t: Token | undefined): boolean {
  return isWord(t) && isCap(t) && Object.hasOwn(MONTHS, t.lower);
}

/** Words before a year-like number that make it a year: "in 2024", "since 2022", "the 2024 election". */
const YEAR_BEFORE = new Set([
  'in', 'since', 'of', 'by', 'from', 'until', 'till', 'to', 'during', 'before', 'after', 'circa', 'the',
  'early', 'late', 'mid', 'summer', 'winter', 'spring', 'autumn', 'fall', 'fiscal', 'fy', 'year', 'season', 'between',
  'through', 'and', 'or', 'class', 'vintage', 'its', 'their', 'his', 'her', 'this', 'that', 'for', 'at', 'on',
  'last', 'next', 'a', 'an', 'ending', 'ended', 'budget', 'election', 'census', 'model',
]);

/** Nouns after a year that keep it a year: "2019 levels", "2024 figures". */
const YEAR_NOUNS = new Set([
  'levels', 'level', 'figures', 'figure', 'data', 'budget', 'election', 'elections', 'season', 'census', 'prices',
  'average', 'baseline', 'peak', 'highs', 'lows', 'rates', 'standards', 'models', 'model', 'deadline', 'target',
  'targets', 'plan', 'law', 'act', 'rules', 'rule', 'report', 'survey', 'games', 'olympics', 'campaign', 'cycle',
]);

const SIMPLE = (m: NumberMention): boolean =>
  m.digits !== null && !m.spelled && !m.digits.grouped && !m.digits.decimal && !m.scaled && Number.isInteger(m.value);

/** Why this number is no quantity, or null when it may be one. */
export function skipReason(toks: readonly Token[], m: NumberMention, info: SkipInfo): string | null {
  if (m.kind === 'ordinal') return 'ordinal';
  if (m.chain !== null) return m.chain === ':' ? 'time' : 'chain';
  if (m.suffix !== null && !info.suffixUsed) {
    const s = m.suffix.toLowerCase();
    if (s === 'am' || s === 'pm') return 'time';
    if (s === 's' || s === "'s") return 'decade';
    return 'code';
  }
  if (m.prefix !== null && !info.prefixUsed) return 'code';
  const prev = toks[m.first - 1];
  const prev2 = toks[m.first - 2];
  const next = toks[m.last + 1];
  const first = toks[m.first]!;
  // "COVID-19", "Catch-22", "mRNA-1403", "#1"
  if (prev !== undefined && first.gap === 0 && prev.kind === 'sym') {
    const prev3 = toks[m.first - 3];
    const unitOfNumber = prev2 !== undefined && prev2.gap === 0 && prev3 !== undefined && prev3.kind === 'num';
    if ((prev.text === '-' || prev.text === '–') && isWord(prev2) && prev.gap === 0 && !unitOfNumber) return 'name';
    if (prev.text === '#' || prev.text === '№') return 'label';
  }
  if (clockAfter(toks, m.last + 1)) return 'time';
  if (!info.hasUnit) {
    if (dateAround(toks, m)) return 'date';
    if (m.digits !== null && !m.spelled && isYearLike(m.digits) && !m.scaled) {
      const pw = prev !== undefined && isWord(prev) && first.gap !== 2 ? prev.lower : null;
      const nw = isWord(next) ? next.lower : '';
      if (!info.hasNoun || (pw !== null && YEAR_BEFORE.has(pw)) || (prev !== undefined && prev.kind === 'sym' && prev.text !== '(') || YEAR_NOUNS.has(nw)) return 'year';
    }
  }
  if (!info.hasUnit && SIMPLE(m)) {
    const label = labelBefore(toks, m.first);
    if (label !== null) return label;
    // "737 Max", "36 Quai des Orfèvres": a capitalised word after a number that counts nothing
    if (!info.countsSomething && isWord(next) && next.gap === 1 && isCap(next) && !isMonth(next) && !NOT_NAME_BEFORE.has(next.lower)) return 'name';
    // "1. Unofficial results": a numbered heading
    if (next?.text === '.' && next.gap === 0 && (prev === undefined || prev.gap === 2 || first.gap === 2) && m.value < 100 &&
        (toks[m.last + 2] === undefined || /^[A-Z]/.test(toks[m.last + 2]!.text))) return 'label';
    // "[3]" citation marks and "2)" list items
    if (prev?.text === '[' && next?.text === ']' && first.gap === 0) return 'label';
    if (next?.text === ')' && next.gap === 0 && (prev === undefined || prev.gap === 2 || (prev.text === '(' && first.gap === 0)) && m.value < 100) return 'label';
    if (addressAfter(toks, m.last + 1)) return 'address';
    if (m.digits!.intDigits >= 5 && !info.hasBound) return 'identifier';
    if (m.value === 911 || m.value === 999) return 'emergency';
    if (m.digits!.leadingZero) return 'identifier';
    // phone numbers: "555-0143", "(555) 123-4567"
    if (next !== undefined && next.text === '-' && next.gap === 0 && toks[m.last + 2]?.kind === 'num' && toks[m.last + 2]!.gap === 0 &&
        m.digits!.intDigits === 3 && toks[m.last + 2]!.intDigits === 4) return 'phone';
    if (prev !== undefined && prev.text === '-' && first.gap === 0 && prev2?.kind === 'num' && prev.gap === 0 && prev2.intDigits === 3 && m.digits!.intDigits === 4) return 'phone';
    if (prev !== undefined && prev.text === ')' && prev2?.kind === 'num' && prev2.intDigits === 3) return 'phone';
    if (prev !== undefined && prev.text === '(' && next?.text === ')' && m.digits!.intDigits === 3 && toks[m.last + 2]?.kind === 'num') return 'phone';
    // "9/11", "24/7", "50/50"
    if ((prev?.text === '/' && first.gap === 0) || (next?.text === '/' && next.gap === 0)) return 'slash';
  }
  if (m.kind === 'fraction' && m.digits !== null && !m.spelled && toks[m.first + 1]?.text === '/' && !info.hasUnit) {
    const den = toks[m.last]!.value;
    if (toks[m.first]!.value >= den) return 'slash'; // 24/7
    if (!(den <= 10 || den === 12 || den === 16 || den === 32 || den === 64 || den === 100)) return 'slash';
  }
  return null;
}

/** "9:30 a.m.", "6 pm", "21:42 GMT", "8 o'clock". */
function clockAfter(toks: readonly Token[], at: number): boolean {
  const t = toks[at];
  if (!isWord(t) || t.gap === 2) return false;
  if (CLOCK_WORDS.has(t.lower)) {
    // "ET" and "PT" only in capitals; "am" only as a time after a small number
    if ((t.lower === 'et' || t.lower === 'pt' || t.lower === 'ct' || t.lower === 'mt') && t.text !== t.text.toUpperCase()) return false;
    return true;
  }
  const dot = toks[at + 1];
  const m = toks[at + 2];
  return (t.lower === 'a' || t.lower === 'p') && dot?.text === '.' && dot.gap === 0 && isWord(m) && m.lower === 'm' && m.gap === 0;
}

/** "March 3", "Feb. 17", "1 April", "24, 26 and 28 March", "the 4th of July". */
function dateAround(toks: readonly Token[], m: NumberMention): boolean {
  if (!Number.isInteger(m.value) || m.value < 1 || m.value > 31 || m.spelled) return false;
  const prev = toks[m.first - 1];
  if (isMonth(prev)) return true;
  if (prev?.text === '.' && isMonth(toks[m.first - 2])) return true;
  // "March 4 and 5": a second day after a dated one
  const p2 = toks[m.first - 2];
  if (prev !== undefined && /^(and|or|,|-|–|to|&)$/.test(prev.lower) && p2?.kind === 'num' && p2.value >= 1 && p2.value <= 31 &&
      (isMonth(toks[m.first - 3]) || (toks[m.first - 3]?.text === '.' && isMonth(toks[m.first - 4])))) return true;
  // a day or a list of days before a month name
  let k = m.last + 1;
  for (let steps = 0; steps < 10 && k < toks.length; steps++) {
    const t = toks[k]!;
    if (t.gap === 2) return false;
    if (isMonth(t)) return true;
    if (t.kind === 'num' && t.value >= 1 && t.value <= 31 && !t.decimal && !t.grouped) { k++; continue; }
    if (t.text === ',' || t.text === '-' || t.text === '–' || t.lower === 'and' || t.lower === 'or' || t.lower === 'to' || t.lower === 'of' || t.lower === 'th' || t.lower === 'st' || t.lower === 'nd' || t.lower === 'rd' || t.text === '&') { k++; continue; }
    return false;
  }
  return false;
}

/** "page 4", "Section 230", "No. 1", "RTX 5090", "Phase 3": a label or name right before the number. */
function labelBefore(toks: readonly Token[], first: number): string | null {
  const n = toks[first]!;
  const p = toks[first - 1];
  if (p === undefined || n.gap === 2) return null;
  if (p.kind === 'sym' && p.text === '.' && n.gap <= 1) {
    const w = toks[first - 2];
    if (isWord(w) && p.gap === 0 && /^(no|nos|nr|nrs|p|pp|fig|vol|art|sec|ch|para|ex|op|ver|v|ep|pt|ward)$/.test(w.lower)) return 'label';
    return null;
  }
  if (!isWord(p) || n.gap !== 1) return null;
  if (LABEL_WORDS.has(p.lower)) {
    // "each year 300", "a week 20": a unit word, not a label
    const before = toks[first - 2];
    if (UNIT_LABELS.has(p.lower) && isWord(before) && /^(a|an|each|every|per|this|last|next|one|that|the|first|second|third|whole|entire|full)$/.test(before.lower)) return null;
    return 'label';
  }
  // a capitalised word: "RTX 5090", "Formula 1"; at the start of a sentence only acronyms and words like "iPhone"
  const initial = first - 1 === 0 || toks[first - 2]?.kind === 'sym' && /^["“‘'(\[]$/.test(toks[first - 2]!.text);
  if (isCap(p) && !NOT_NAME_BEFORE.has(p.lower) && !isMonth(p) && (!initial || innerCaps(p))) return 'name';
  return null;
}

/** Label words that are also units of time or distance. */
const UNIT_LABELS = new Set(['week', 'day', 'year', 'mile', 'km', 'seat', 'game', 'round', 'leg', 'lap', 'hole', 'kilometre', 'heat', 'stage', 'step', 'level', 'floor', 'line', 'row']);

/** "RTX", "iPhone", "mRNA": capitals after the first letter. */
function innerCaps(t: Token): boolean {
  for (let k = 1; k < t.text.length; k++) {
    const d = t.text.charCodeAt(k);
    if (d >= 65 && d <= 90) return true;
  }
  return false;
}

/** "10 Downing Street", "1600 Pennsylvania Avenue": capitalised words ending in a street type. */
function addressAfter(toks: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 4 && k < toks.length; k++) {
    const t = toks[k]!;
    if (!isWord(t) || !isCap(t) || t.gap === 2) return false;
    if (STREET_WORDS.has(t.lower) && k > at) return true;
  }
  return false;
}
