/**
 * What a number counts or measures, read from the words after it: "%", "percentage point", "km", "°C",
 * "year", or a counted noun in the singular ("over 70 million users" -> "user").
 */
import { CHANGE_AFTER, COMPARATIVE_AFTER_TIMES } from '../lexicons/numbers.js';
import {
  COMPOUND_NOUNS, IRREGULAR_PLURALS, MEASURE_SYMBOLS, MEASURE_WORDS, NOT_PLURAL, PEOPLE_NOUNS, TIME_WORDS, type UnitEntry,
} from '../lexicons/units.js';
import { mayBeIn, slotTable, type Token } from './tokens.js';

export type UnitKind = 'percent' | 'point' | 'measure' | 'time' | 'count' | 'multiplier' | 'times';

export interface UnitMatch {
  unit: string | null;
  kind: UnitKind;
  /** Multiply the value by this ("two decades" is 20 years). */
  factor: number;
  /** Token index after the unit. */
  end: number;
  /** A change word met before the counted noun ("1.6 million more treatments"). */
  change: 'up' | 'down' | null;
}

const match = (unit: string | null, kind: UnitKind, end: number, factor = 1, change: 'up' | 'down' | null = null): UnitMatch =>
  ({ unit, kind, factor, end, change });

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** "%", "percent", "per cent", "percentage points", "basis points". */
export function percentAfter(toks: readonly Token[], at: number, glued: string | null): UnitMatch | null {
  if (glued !== null) {
    const g = glued.toLowerCase();
    if (g === 'pc' || g === 'pct') return pointsAfter(toks, at, match('%', 'percent', at));
    if (g === 'bps' || g === 'bp') return match('basis point', 'point', at);
    return null;
  }
  const t = toks[at];
  if (t === undefined || t.gap === 2) return null;
  if (t.kind === 'sym' && (t.text === '%' || t.text === '٪')) return pointsAfter(toks, at + 1, match('%', 'percent', at + 1));
  if (!isWord(t)) return null;
  const w = t.lower;
  if (w === 'percent' || w === 'percents' || w === 'pct' || w === 'percentage' || w === 'pc') {
    if (w === 'percentage' && isWord(toks[at + 1]) && /^points?$/.test(toks[at + 1]!.lower)) return match('percentage point', 'point', at + 2);
    return pointsAfter(toks, at + 1, match('%', 'percent', at + 1));
  }
  if (w === 'per' && isWord(toks[at + 1]) && toks[at + 1]!.lower === 'cent') return pointsAfter(toks, at + 2, match('%', 'percent', at + 2));
  if (w === 'basis' && isWord(toks[at + 1]) && /^points?$/.test(toks[at + 1]!.lower)) return match('basis point', 'point', at + 2);
  if (w === 'bps' || w === 'bp') return match('basis point', 'point', at + 1);
  return null;
}

/** "% points", "percent point": percentage points. */
function pointsAfter(toks: readonly Token[], at: number, m: UnitMatch): UnitMatch {
  const t = toks[at];
  if (isWord(t) && t.gap !== 2 && /^(points?|pts)$/.test(t.lower)) return match('percentage point', 'point', at + 1);
  return m;
}

/** A unit of measure or time right after the number: "29km", "40C", "3.5 kg", "degrees Celsius", "10 years". */
export function measureAfter(toks: readonly Token[], at: number, glued: string | null, value: number): UnitMatch | null {
  if (glued !== null) {
    const sym = MEASURE_SYMBOLS[glued];
    if (sym !== undefined) return match(sym, 'measure', at);
    const w = MEASURE_WORDS[glued.toLowerCase()];
    if (w !== undefined) return entry(w, 'measure', at);
    const time = TIME_WORDS[glued.toLowerCase()];
    if (time !== undefined && glued.length > 1) return entry(time, 'time', at);
    return null;
  }
  const t = toks[at];
  if (t === undefined || t.gap === 2) return null;
  // "40°C", "88°", "40 °C"
  if (t.kind === 'sym' && t.text === '°') {
    const n = toks[at + 1];
    if (isWord(n) && n.gap === 0 && (n.text === 'C' || n.text === 'F')) return match(n.text === 'C' ? '°C' : '°F', 'measure', at + 2);
    return match('°', 'measure', at + 1); // latitudes, angles, or a temperature on no stated scale
  }
  if (!isWord(t)) return null;
  // multi-word units first: "degrees Celsius", "square kilometres", "metres per second", "kilowatt-hours"
  for (let width = mayBeIn(MULTI_WORD_HEAD_SLOTS, t) && MULTI_WORD_HEADS.has(t.lower) ? 4 : 1; width >= 2; width--) {
    const key = wordsKey(toks, at, at + width);
    if (key === null) continue;
    const w = MEASURE_WORDS[key];
    if (w !== undefined) return entry(w, 'measure', at + width);
  }
  const sym = mayBeIn(MEASURE_SYMBOL_SLOTS, t) ? MEASURE_SYMBOLS[t.text] : undefined;
  // spaced symbols: "48 GB", "600 W", "75 m (250 ft)"; not "Group C" letters that are also names
  if (sym !== undefined && (t.text.length > 1 || 'mgWVL'.includes(t.text))) return match(sym, 'measure', at + 1);
  const w = mayBeIn(MEASURE_WORD_SLOTS, t) ? MEASURE_WORDS[t.lower] : undefined;
  if (w !== undefined && !(t.lower === 'pounds' || t.lower === 'ton')) return entry(w, 'measure', at + 1);
  if (t.lower === 'pounds' || t.lower === 'pound') return match('lb', 'measure', at + 1);
  if (t.lower === 'degrees' || t.lower === 'degree') return match(value > 50 ? '°F' : '°C', 'measure', at + 1);
  const time = mayBeIn(TIME_WORD_SLOTS, t) ? TIME_WORDS[t.lower] : undefined;
  if (time !== undefined) {
    // "the second half" and "one quarter" are no durations; plural or a count of more than one is
    const plural = t.lower.endsWith('s') || t.lower === 'fortnight';
    if (plural || value === 1 || !['second', 'quarter', 'term', 'season', 'semester', 'night'].includes(t.lower)) return entry(time, 'time', at + 1);
  }
  return null;
}

/**
 * Every proper prefix of a MEASURE_WORDS key: a key of several tokens starts with its first token's lowercased text
 * and goes on, so a word that is no such prefix starts no multi-word unit.
 */
const MULTI_WORD_HEADS: ReadonlySet<string> = new Set(
  Object.keys(MEASURE_WORDS).flatMap((key) => Array.from({ length: key.length - 1 }, (_, n) => key.slice(0, n + 1))),
);

/** Slots of the unit lexicons (symbols are looked up by text: a key's slot is that of its lowercase). */
const MULTI_WORD_HEAD_SLOTS = slotTable(MULTI_WORD_HEADS);
const MEASURE_SYMBOL_SLOTS = slotTable(Object.keys(MEASURE_SYMBOLS).map((k) => k.toLowerCase()));
const MEASURE_WORD_SLOTS = slotTable(Object.keys(MEASURE_WORDS));
const TIME_WORD_SLOTS = slotTable(Object.keys(TIME_WORDS));
/** Slots of the time and measure words together: the units after "a" ("more than a year"). */
export const TIME_OR_MEASURE_WORD_SLOTS = slotTable([...Object.keys(TIME_WORDS), ...Object.keys(MEASURE_WORDS)]);

function entry(e: UnitEntry, kind: UnitKind, end: number): UnitMatch {
  return match(e.unit, kind, end, e.factor ?? 1);
}

/** Lowercased words [from, to) joined by single spaces (or "-" where glued by a hyphen), or null across a line break. */
function wordsKey(toks: readonly Token[], from: number, to: number): string | null {
  if (to > toks.length) return null;
  let s = '';
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (k > from && t.gap === 2) return null;
    if (k > from && t.gap === 1) s += ' ';
    s += t.lower;
  }
  return s;
}

/** "three times higher" is a multiplier; "four times" a count of times. */
export function timesAfter(toks: readonly Token[], at: number): UnitMatch | null {
  const t = toks[at];
  if (!isWord(t) || t.gap === 2 || t.lower !== 'times') return null;
  const n = toks[at + 1];
  if (isWord(n) && COMPARATIVE_AFTER_TIMES.has(n.lower)) return match(null, 'multiplier', at + 1);
  return match('time', 'times', at + 1);
}

/** Words a counted noun never hides behind: the noun must come before any of these. */
const STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'that', 'which',
  'who', 'whom', 'whose', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would',
  'could', 'should', 'may', 'might', 'can', 'must', 'said', 'says', 'than', 'as', 'per', 'each', 'every', 'this',
  'these', 'those', 'it', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'we', 'they', 'he', 'she', 'you', 'i',
  'not', 'no', 'into', 'over', 'under', 'about', 'after', 'before', 'since', 'until', 'while', 'when', 'where', 'if',
  'so', 'also', 'just', 'only', 'up', 'down', 'out', 'off', 'all', 'both', 'there', 'here', 'ago', 'earlier', 'later',
  'did', 'do', 'does', 'a.m', 'p.m', 'am', 'pm', 'against', 'between', 'through', 'across', 'during', 'within',
  'among', 'amid', 'via', 'including', 'like', 'what', 'how', 'why', 'yet', 'still', 'even', 'then', 'now', 'more',
]);

/** The first words of COMPOUND_NOUNS: a word that is none of them starts no two-word noun (tokens hold no space). */
const COMPOUND_HEADS: ReadonlySet<string> = new Set([...COMPOUND_NOUNS].map((pair) => pair.slice(0, pair.indexOf(' '))));

const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);

/**
 * The counted noun after a number, skipping up to four modifiers: "users", "council homes", "long-term drinking
 * water advisories", "'smart' meters", "more families". Singular, lowercased. Null when none is found.
 */
export function countedNounAfter(toks: readonly Token[], at: number, value: number): UnitMatch | null {
  let change: 'up' | 'down' | null = null;
  let words = 0;
  let k = at;
  let prevLower: string | null = null;
  while (k < toks.length && words < 5) {
    const t = toks[k]!;
    if (t.gap === 2) return null;
    if (t.kind === 'sym') {
      if (QUOTES.has(t.text) || (t.text === '-' && t.gap === 0 && isWord(toks[k + 1]) && toks[k + 1]!.gap === 0)) { k++; continue; }
      return null;
    }
    if (t.kind !== 'word') return null;
    const w = t.lower;
    if (k === at && (w === 'more' || w === 'fewer' || w === 'additional' || w === 'extra') && !(isWord(toks[k + 1]) && toks[k + 1]!.lower === 'than')) {
      change = CHANGE_AFTER[w] ?? null;
      k++;
      words++;
      continue;
    }
    if (STOP.has(w)) return null;
    // a two-word noun: "food banks", "reading specialists"
    const n = toks[k + 1];
    if (isWord(n) && n.gap === 1 && COMPOUND_HEADS.has(w)) {
      const pair = `${w} ${singular(n.lower)}`;
      if (COMPOUND_NOUNS.has(pair) && (isPlural(n.lower) || value === 1)) return match(pair, 'count', k + 2, 1, change);
    }
    const hyphenated = toks[k + 1] !== undefined && toks[k + 1]!.text === '-' && toks[k + 1]!.gap === 0 && isWord(toks[k + 2]) && toks[k + 2]!.gap === 0;
    if (!hyphenated && isPlural(w) && !(prevLower !== null && prevLower === w)) {
      // "0.82 Great Plains shares": a capitalised plural before a lowercase one is part of a name
      if (/^[A-Z]/.test(t.text) && words < 4) {
        const later = countedNounAfter(toks, k + 1, value);
        if (later !== null && later.unit !== null && /^[a-z]/.test(toks[later.end - 1]!.text)) return { ...later, change: later.change ?? change };
      }
      // "start-ups": the hyphenated whole
      let noun = singular(w);
      const h = toks[k - 1];
      const hw = toks[k - 2];
      if (h !== undefined && h.text === '-' && t.gap === 0 && h.gap === 0 && isWord(hw) && k - 2 >= at && (w === 'ups' || w === 'offs' || w === 'ins' || w === 'outs')) {
        noun = `${hw.lower}-${noun}`;
      }
      // "150 parents and students", "3,000 soldiers, firefighters and police officers": people
      if (PEOPLE_NOUNS.has(noun) && listFollows(toks, k + 1)) noun = 'person';
      return match(noun, 'count', k + 1, 1, change);
    }
    if (value === 1 && words === 0 && !hyphenated && NOUN_AFTER_ONE.has(w)) return match(w, 'count', k + 1, 1, change);
    prevLower = w;
    words++;
    k++;
  }
  return null;
}

/** ", firefighters and police officers", " and students": more plural nouns joined to the first. */
function listFollows(toks: readonly Token[], at: number): boolean {
  const t = toks[at];
  if (t === undefined || !(t.text === ',' || t.lower === 'and' || t.lower === 'or')) return false;
  const n = countedNounAfter(toks, at + 1, 2);
  return n !== null && n.end <= at + 4 && PEOPLE_NOUNS.has(n.unit ?? '');
}

/** Singular nouns taken after "1" or "one". */
const NOUN_AFTER_ONE = new Set(['person', 'child', 'adult', 'student', 'patient', 'employee', 'worker', 'job', 'home', 'house', 'household', 'vote', 'seat', 'death', 'case', 'user', 'customer', 'member', 'voter', 'company', 'country', 'state', 'city', 'school', 'store', 'site', 'family', 'officer', 'victim', 'resident', 'visitor', 'passenger', 'goal', 'point', 'game', 'match', 'win', 'loss', 'share']);

/** Does this lowercased word look like a plural noun? */
export function isPlural(w: string): boolean {
  if (IRREGULAR_PLURALS[w] !== undefined) return true;
  if (w.length < 3 || !w.endsWith('s')) return false;
  if (NOT_PLURAL.has(w)) return false;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith("'s") || w.endsWith('ous')) return false;
  if (w.endsWith('lys')) return false;
  return true;
}

/** The singular of a lowercased plural noun: "families" -> "family", "branches" -> "branch", "people" -> "person". */
export function singular(w: string): string {
  const irregular = IRREGULAR_PLURALS[w];
  if (irregular !== undefined) return irregular;
  if (!w.endsWith('s') || w.endsWith('ss') || NOT_PLURAL.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ch|sh|x|ss|zz)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('oes') && w.length > 5) return w.slice(0, -2);
  return w.slice(0, -1);
}
