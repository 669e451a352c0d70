import {
  BEFORE_NUMBERS, CLOCK, COMPANY_FORMS, ENDING, LEADING, MONTHS, PLACE_INITIALISMS, TIME_ZONES, TITLES,
  TITLES_OR_PLACES,
} from '../../lexicons/abbreviations.js';
import { FRONTING_PREPOSITIONS, SENTENCE_STARTERS } from '../../lexicons/sentence-starters.js';
import { isDash, isDigit, isLetter, isLower, isOpener, isSpace, isUpper } from './chars.js';

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);
const LEADING_SET = set(LEADING);
const TITLE_SET = set(TITLES);
const TITLE_OR_PLACE_SET = set(TITLES_OR_PLACES);
const CLOCK_SET = set(CLOCK);
const ENDING_SET = set(ENDING);
const MONTH_SET = set(MONTHS);
const BEFORE_NUMBER_SET = set(BEFORE_NUMBERS);
const TIME_ZONE_SET = set(TIME_ZONES);
const COMPANY_FORM_SET = set(COMPANY_FORMS);
const PLACE_INITIALISM_SET = set(PLACE_INITIALISMS);
const STARTER_SET = set(SENTENCE_STARTERS);
const FRONTING_SET = set(FRONTING_PREPOSITIONS);

/** Longest word before a full stop that is looked up; longer tokens are ordinary words. */
export const MAX_WORD = 40;
const MAX_NEXT_WORD = 24;

export type WordKind =
  | 'plain' | 'number' | 'title' | 'title-or-place' | 'ending' | 'leading' | 'clock' | 'month' | 'before-number'
  | 'initial' | 'lower-initial' | 'initialism';

/** The word before a full stop: its text (no final dot) and how it behaves. */
export interface Word {
  text: string;
  key: string;
  kind: WordKind;
}

function lookup(key: string, text: string): WordKind | null {
  if (LEADING_SET.has(key)) return 'leading';
  if (TITLE_SET.has(key)) return 'title';
  if (TITLE_OR_PLACE_SET.has(key)) return 'title-or-place';
  if (CLOCK_SET.has(key)) return 'clock';
  if (ENDING_SET.has(key)) return 'ending';
  if (MONTH_SET.has(key) && isUpper(text.charCodeAt(0))) return 'month';
  if (BEFORE_NUMBER_SET.has(key)) return 'before-number';
  return null;
}

function shape(text: string): WordKind {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    if (isUpper(c)) return 'initial';
    if (isLower(c)) return 'lower-initial';
  }
  if (isDigit(text.charCodeAt(text.length - 1))) return 'number';
  if (text.includes('.')) {
    let run = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 46) {
        if (run === 0) return 'plain';
        run = 0;
      } else if (isLetter(c)) {
        if (++run > 3) return 'plain';
      } else {
        return 'plain';
      }
    }
    return run > 0 ? 'initialism' : 'plain';
  }
  return 'plain';
}

/** Classifies the word `text` (the token before a full stop, openers stripped, no final dot). */
export function classifyWord(text: string): Word {
  const key = text.toLowerCase();
  let kind = text.length === 1 && isUpper(text.charCodeAt(0)) ? 'initial' : lookup(key, text) ?? shape(text);
  if (kind === 'plain') {
    const dash = text.lastIndexOf('-');
    if (dash > 0 && dash < text.length - 1) {
      const tail = text.slice(dash + 1);
      const tailKind = lookup(tail.toLowerCase(), tail) ?? shape(tail);
      if (tailKind !== 'plain' && tailKind !== 'number') kind = tailKind;
    }
  }
  return { text, key, kind };
}

/** What follows a candidate boundary. */
export interface Next {
  kind: 'end' | 'upper' | 'lower' | 'digit' | 'other';
  /** First non-space index, and the character there (-1 at the end). */
  at: number;
  first: number;
  /** First letter or digit after opening marks and dashes (or `at`). */
  wordAt: number;
  /** The letters (and apostrophes) there, up to a short length. */
  word: string;
  newlines: number;
  /** An opening mark or a dash stands before the word. */
  opened: boolean;
}

/** Looks past whitespace at `k`, then past up to a few opening marks and dashes, at the next word. */
export function peekNext(norm: string, k: number, end: number): Next {
  let at = k;
  let newlines = 0;
  while (at < end && isSpace(norm.charCodeAt(at))) {
    if (norm.charCodeAt(at) === 10) newlines++;
    at++;
  }
  if (at >= end) return { kind: 'end', at, first: -1, wordAt: at, word: '', newlines, opened: false };
  let w = at;
  let opened = false;
  while (w < end && w - at < 6) {
    const c = norm.charCodeAt(w);
    if (isOpener(c) || isDash(c)) { opened = true; w++; } else if (opened && isSpace(c)) w++; else break;
  }
  const c = norm.charCodeAt(w);
  let kind: Next['kind'] = isUpper(c) ? 'upper' : isLower(c) ? 'lower' : isDigit(c) ? 'digit' : 'other';
  if (kind === 'other') w = at;
  let e = w;
  while (e < end && e - w < MAX_NEXT_WORD) {
    const d = norm.charCodeAt(e);
    if (isLetter(d) || ((d === 39 || d === 0x2019) && isLetter(norm.charCodeAt(e + 1)))) e++; else break;
  }
  const word = norm.slice(w, e);
  if (kind === 'lower') {
    for (let q = 1; q < word.length; q++) if (isUpper(word.charCodeAt(q))) { kind = 'upper'; break; }
  }
  return { kind, at, first: norm.charCodeAt(at), wordAt: w, word, newlines, opened };
}

/** A capitalised closed-class word or a typical news opener ("The", "It", "However", "Officials"). */
export function isStarter(word: string): boolean {
  if (word.length === 0 || !isUpper(word.charCodeAt(0))) return false;
  if (word.length > 1 && word === word.toUpperCase()) return false;
  return STARTER_SET.has(word.toLowerCase());
}

/** A time zone after a clock time: a listed name, or a short capitalised code ending in T ("AST", "NZDT"). */
export const isTimeZone = (word: string): boolean =>
  TIME_ZONE_SET.has(word.toLowerCase()) ||
  (word.length >= 2 && word.length <= 5 && word.endsWith('T') && word === word.toUpperCase());
export const isPlaceInitialism = (key: string): boolean => PLACE_INITIALISM_SET.has(key);
export const isCompanyForm = (word: string): boolean => COMPANY_FORM_SET.has(word.toLowerCase());
export const isFrontingPreposition = (word: string): boolean => FRONTING_SET.has(word.toLowerCase());
export const takesNumber = (key: string): boolean => BEFORE_NUMBER_SET.has(key) || MONTH_SET.has(key);

/** Words in [from, to), at most `max` of them (or null when there are more): for short-prefix checks. */
export function wordsIn(norm: string, from: number, to: number, max: number): string[] | null {
  const out: string[] = [];
  let s = -1;
  for (let q = from; q <= to; q++) {
    const c = q < to ? norm.charCodeAt(q) : 32;
    if (isSpace(c)) {
      if (s >= 0) {
        if (out.length === max) return null;
        out.push(norm.slice(s, q));
        s = -1;
      }
    } else if (s < 0) s = q;
  }
  return out;
}

/** The token [s, e) stripped of leading opening marks and dashes (looking at no more than MAX_WORD of them). */
export function stripOpeners(norm: string, s: number, e: number): number {
  const limit = Math.min(e, s + MAX_WORD);
  while (s < limit && (isOpener(norm.charCodeAt(s)) || isDash(norm.charCodeAt(s)))) s++;
  return s;
}
