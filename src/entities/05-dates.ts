import type { Doc } from '../doc.js';
import type { Entity, Mention } from '../schema/entity.js';
import type { Token } from '../nlp/tokens.js';
import { MONTHS, WEEKDAYS } from '../lexicons/dates.js';
import { Openings } from './common.js';
import { makeMention } from './mention.js';

/** A date found in the text: [first, last] token indexes and its ISO value (null when unresolvable). */
interface DateHit {
  first: number;
  last: number;
  value: string | null;
}

const YEAR_BEFORE = new Set(['in', 'since', 'by', 'until', 'from', 'before', 'after', 'during', 'through', 'of',
  'early', 'late', 'mid', 'end', 'fiscal', 'year', 'to']);
const MAY_BEFORE = new Set(['in', 'since', 'until', 'by', 'last', 'next', 'early', 'late', 'mid', 'this', 'of', 'from', 'through']);
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const FUTURE = new Set(['will', "'ll", 'next', 'plans', 'planned', 'scheduled', 'expected', 'due', 'upcoming']);

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
/** Maps, not objects: a word like "constructor" must find nothing. */
const MONTH = new Map(Object.entries(MONTHS));
const WEEKDAY = new Map(Object.entries(WEEKDAYS));
const bareMonth = (t: Token): number | undefined => MONTH.get(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
/** (A year or a day opens with a digit: other tokens are not matched against the patterns.) */
const opensWithDigit = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57;
};
const isYear = (t: Token | undefined): boolean => t !== undefined && t.text.length === 4 && opensWithDigit(t) &&
  /^(1[89]|20|21)\d\d$/.test(t.text);
const dayOf = (t: Token | undefined): number | null => {
  if (!t || !opensWithDigit(t)) return null;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.lower);
  const d = m ? Number(m[1]) : NaN;
  return d >= 1 && d <= 31 ? d : null;
};

/**
 * Dates, explicit ("Feb 17, 2026", "March 2027", "17 February", "spring 2027", "in 2025") and relative to
 * `publishedAt` ("on Wednesday", "yesterday", "last year", "in March"), one entity per value.
 */
export function findDates(doc: Doc): Entity[] {
  const pub = doc.options.publishedAt ? new Date(`${doc.options.publishedAt}T00:00:00Z`) : null;
  const validPub = pub && !Number.isNaN(pub.getTime()) ? pub : null;
  const hits: DateHit[] = [];
  const tokens = doc.tokens;
  const norm = doc.norm;
  for (let s = 0; s < doc.sentenceTokens.length; s++) {
    const range = doc.sentenceTokens[s]!;
    const from = range[0];
    const to = range[1];
    if (from >= to) continue;
    for (let i = from; i < to; i++) {
      if (!mayStartDate(norm, tokens[i]!)) continue;
      const hit = dateAt(tokens, i, from, to, validPub);
      if (hit) {
        hits.push(hit);
        i = hit.last;
      }
    }
  }
  const byValue = new Map<string, { surface: string; mentions: Mention[]; value: string | null; aliases: Set<string> }>();
  for (const h of hits) {
    const a = tokens[h.first]!;
    const b = tokens[h.last]!;
    const text = doc.text.slice(a.start, b.end);
    const key = h.value ?? `text:${text.toLowerCase()}`;
    let g = byValue.get(key);
    if (!g) {
      g = { surface: text, mentions: [], value: h.value, aliases: new Set() };
      byValue.set(key, g);
    }
    if (text !== g.surface) g.aliases.add(text);
    g.mentions.push(makeMention(doc.text, a.start, b.end, a.sentence, text === g.surface ? 'name' : 'alias'));
  }
  return [...byValue.values()].map((g) => ({
    id: '', name: g.surface, type: 'date' as const, aliases: [...g.aliases], mentions: g.mentions, value: g.value,
  }));
}

const STARTERS = new Set(['today', 'yesterday', 'tomorrow', 'last', 'this', 'next', ...SEASONS]);

/**
 * Every word that can open a date when it does not open with a digit, lowercase: month names (also with a full
 * stop, "Feb."), weekdays and STARTERS. A token that is none of them and no number matches no pattern of dateAt.
 */
const DATE_WORDS: ReadonlySet<string> = new Set([...MONTH.keys(), ...[...MONTH.keys()].map((m) => `${m}.`), ...WEEKDAY.keys(),
  ...STARTERS]);
/** Openings and lengths of DATE_WORDS and of STARTERS: a token of another needs no look-up. */
const DATE_OPENINGS = new Openings(DATE_WORDS);
const STARTER_OPENINGS = new Openings(STARTERS);

/**
 * A cheap test before the patterns: a digit, a capitalised date word, or a word that can open a relative date.
 * (A token's text is norm[start, end): its first character is read from norm, which the walk reads in order
 * anyway, and not from the token's own string.)
 */
function mayStartDate(norm: string, t: Token): boolean {
  const c = norm.charCodeAt(t.start);
  if (c >= 48 && c <= 57) return true;
  if (c >= 65 && c <= 90) return DATE_OPENINGS.mayBe(norm, t.start, t.end) && DATE_WORDS.has(t.lower);
  if (c >= 97 && c <= 122 && !STARTER_OPENINGS.mayBe(norm, t.start, t.end)) return false;
  return STARTERS.has(t.lower);
}

/** The token opens with a capital: ASCII read directly, other letters by whether lowercasing changes them. */
function opensWithCapital(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return t.text[0] !== t.text[0]!.toLowerCase();
}

/** Whether the sentence of tokens [from, to) speaks of the future ("will", "next", "scheduled"). */
function isFuture(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FUTURE.has(tokens[k]!.lower)) return true;
  return false;
}

/** The date at token i of the sentence of tokens [from, to), or null. */
function dateAt(tokens: readonly Token[], i: number, from: number, to: number, pub: Date | null): DateHit | null {
  const t = tokens[i]!;
  const next = i + 1 < to ? tokens[i + 1] : undefined;
  const prev = tokens[i - 1];
  const month = bareMonth(t);
  const cap = opensWithCapital(t);
  if (month !== undefined && cap && (t.lower !== 'may' || dayOf(next) !== null || isYear(next) || (prev && MAY_BEFORE.has(prev.lower)))) {
    // Month [day][,] [year]
    const day = dayOf(next);
    if (day !== null) {
      let last = i + 1;
      let year: number | null = null;
      const comma = tokens[last + 1];
      if (comma && comma.text === ',' && isYear(tokens[last + 2]) && last + 2 < to) {
        year = Number(tokens[last + 2]!.text);
        last += 2;
      } else if (isYear(comma) && last + 1 < to) {
        year = Number(comma!.text);
        last += 1;
      }
      year ??= pub ? pub.getUTCFullYear() : null;
      return { first: i, last, value: year === null ? null : `${year}-${pad(month)}-${pad(day)}` };
    }
    if (isYear(next)) return { first: i, last: i + 1, value: `${next!.text}-${pad(month)}` };
    return { first: i, last: i, value: pub ? `${pub.getUTCFullYear()}-${pad(month)}` : null };
  }
  // Day Month [Year]
  const day = dayOf(t);
  if (day !== null && next && bareMonth(next) !== undefined && opensWithCapital(next)) {
    const m = bareMonth(next)!;
    const y = tokens[i + 2];
    if (isYear(y) && i + 2 < to) return { first: i, last: i + 2, value: `${y!.text}-${pad(m)}-${pad(day)}` };
    return { first: i, last: i + 1, value: pub ? `${pub.getUTCFullYear()}-${pad(m)}-${pad(day)}` : null };
  }
  // Season Year
  if (SEASONS.has(t.lower) && isYear(next) && i + 1 < to) return { first: i, last: i + 1, value: next!.text };
  // Weekday
  const wd = WEEKDAY.get(t.lower);
  if (wd !== undefined && cap && t.lower.length > 3) {
    if (!pub) return { first: i, last: i, value: null };
    const diff = (wd - pub.getUTCDay() + 7) % 7;
    const offset = isFuture(tokens, from, to) ? (diff === 0 ? 7 : diff) : diff === 0 ? 0 : diff - 7;
    return { first: i, last: i, value: iso(addDays(pub, offset)) };
  }
  if (t.lower === 'today' || t.lower === 'yesterday' || t.lower === 'tomorrow') {
    const offset = t.lower === 'today' ? 0 : t.lower === 'yesterday' ? -1 : 1;
    return { first: i, last: i, value: pub ? iso(addDays(pub, offset)) : null };
  }
  // last/this/next year|month
  if ((t.lower === 'last' || t.lower === 'this' || t.lower === 'next') && next && (next.lower === 'year' || next.lower === 'month')) {
    if (!pub) return { first: i, last: i + 1, value: null };
    const step = t.lower === 'last' ? -1 : t.lower === 'next' ? 1 : 0;
    if (next.lower === 'year') return { first: i, last: i + 1, value: String(pub.getUTCFullYear() + step) };
    const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + step, 1));
    return { first: i, last: i + 1, value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` };
  }
  // A year after a preposition ("in 2025", "by 2030").
  if (isYear(t) && prev && YEAR_BEFORE.has(prev.lower) && !(next && (next.text === '%' || next.lower === 'percent'))) {
    return { first: i, last: i, value: t.text };
  }
  return null;
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}
