import type { Zone } from '../schema/structure.js';
import {
  BOILERPLATE_INFIXES, BOILERPLATE_LINES, BOILERPLATE_PREFIXES, BYLINE_ROLE_WORDS, CAPTION_PREFIXES,
  CAPTION_SUFFIXES, TAIL_MARKERS, TEASER_MARKERS,
} from '../lexicons/boilerplate.js';
import { DATE_LINE_WORDS, MONTHS, WEEKDAYS } from '../lexicons/dates.js';
import { countWords, foldKey, keyOfFolded, longKeyHead, lowerPrefix, words } from '../text/fold.js';
import { foldSpace } from '../text/span.js';

/**
 * Membership in a list of whole-paragraph keys. A key longer than every entry is in none, and is not hashed to
 * find that out: hashing reads the whole string, and most keys are whole body paragraphs.
 */
function keySet(entries: readonly string[]): (key: string) => boolean {
  const set = new Set(entries);
  const longest = entries.reduce((max, e) => Math.max(max, e.length), 0);
  return (key) => key.length <= longest && set.has(key);
}

/** Does a string start with one of `prefixes`? Only the prefixes sharing its first character are tried. */
function prefixTest(prefixes: readonly string[]): (s: string) => boolean {
  const byFirst = new Map<number, string[]>();
  for (const pre of prefixes) {
    const c = pre.charCodeAt(0);
    const list = byFirst.get(c);
    if (list) list.push(pre);
    else byFirst.set(c, [pre]);
  }
  // An empty prefix starts every string (NaN, the first character of '', is a key of no entry).
  const always = prefixes.includes('');
  return (s) => {
    if (always) return true;
    const list = byFirst.get(s.charCodeAt(0));
    if (list === undefined) return false;
    for (const pre of list) if (s.startsWith(pre)) return true;
    return false;
  };
}

const startsBoilerplate = prefixTest(BOILERPLATE_PREFIXES);
const startsCaption = prefixTest(CAPTION_PREFIXES);

const isTeaserMarker = keySet(TEASER_MARKERS);
const isBoilerplateKey = keySet(BOILERPLATE_LINES);
const isTailMarkerKey = keySet(TAIL_MARKERS);

/**
 * A key at least this long is in none of the key lists above and is no caption by its end (see isCaption): of
 * such a key only its head is read, by the prefix tests, so only the head is made (see zoneKey). Null when some
 * list entry is this long, which turns the shortcut off.
 */
const LONG_KEY: number | null = Math.max(...[...TEASER_MARKERS, ...BOILERPLATE_LINES, ...TAIL_MARKERS].map((e) => e.length)) < 300 ? 300 : null;
/** The part of a long key the prefix tests read: the longest caption prefix and "about ". */
const KEY_HEAD = Math.max('about '.length, ...CAPTION_PREFIXES.map((pre) => pre.length));
const roleWords = new Set(BYLINE_ROLE_WORDS);
const captionSuffixes = CAPTION_SUFFIXES.map((suf) => suf.replace(/[()]/g, ''));

export interface Zoning {
  zones: Zone[];
  /** Author names read from the byline paragraph, if there is one. */
  bylineNames: string[];
}

/** Assigns every paragraph a zone: title, byline, dateline (a date line), heading, body, caption, boilerplate. */
export function assignZones(paragraphs: readonly string[], folded: readonly string[] = paragraphs.map(foldSpace)): Zoning {
  const n = paragraphs.length;
  // Filled by push, not map or fill: packed arrays of one kind whatever the text.
  const zones: Zone[] = [];
  /** Each paragraph's key (foldKey), or only its head when `long[i]` (see LONG_KEY). */
  const keys: string[] = [];
  const long: boolean[] = [];
  for (let i = 0; i < n; i++) {
    zones.push('body');
    const head = LONG_KEY === null ? null : longKeyHead(folded[i]!, LONG_KEY, KEY_HEAD);
    keys.push(head ?? keyOfFolded(folded[i]!));
    long.push(head !== null);
  }

  // 1. Furniture: single lines, and the runs of teasers that follow a "Read More" or "Related stories" marker.
  for (let i = 0; i < n; i++) {
    if (zones[i] === 'boilerplate') continue;
    const key = keys[i]!;
    const isLong = long[i]!;
    if (!isLong && isTeaserMarker(key)) {
      zones[i] = 'boilerplate';
      let j = i + 1;
      while (j < n && (looksLikeTeaser(paragraphs[j]!) || isBoilerplateLine(keys[j]!, long[j]!, paragraphs[j]!))) {
        zones[j] = 'boilerplate';
        j++;
      }
      i = j - 1;
    } else if (isBoilerplateLine(key, isLong, paragraphs[i]!)) {
      zones[i] = 'boilerplate';
    } else if (i > n / 3 && isTailMarker(key, isLong, paragraphs[i]!)) {
      for (let j = i; j < n; j++) zones[j] = 'boilerplate';
      break;
    } else if (isCaption(key, isLong)) {
      zones[i] = 'caption';
    }
  }

  // 2. Head of the article: headline, then byline and date lines in any order.
  let bylineNames: string[] = [];
  let i = 0;
  while (i < n && zones[i] !== 'body') i++;
  if (i < n && looksLikeHeadline(paragraphs[i]!)) {
    zones[i] = 'title';
    i++;
    for (let k = 0; k < 3 && i < n; k++, i++) {
      if (zones[i] !== 'body') continue;
      const p = paragraphs[i]!;
      if (bylineNames.length === 0) {
        const names = readByline(p);
        if (names) {
          zones[i] = 'byline';
          bylineNames = names;
          continue;
        }
      }
      if (looksLikeDateLine(p)) {
        zones[i] = 'dateline';
        continue;
      }
      break;
    }
  }

  // 3. Subheads inside the body.
  for (let j = 0; j < n; j++) {
    if (zones[j] !== 'body') continue;
    const next = nextBody(zones, j);
    if (next >= 0 && looksLikeHeading(paragraphs[j]!) && (!looksLikeHeading(paragraphs[next]!) || countWords(paragraphs[j]!, 3) <= 3)) zones[j] = 'heading';
  }
  return { zones, bylineNames };
}

function nextBody(zones: readonly Zone[], j: number): number {
  for (let k = j + 1; k < zones.length; k++) if (zones[k] === 'body') return k;
  return -1;
}

const LONGEST_BOILERPLATE_PREFIX = BOILERPLATE_PREFIXES.reduce((max, pre) => Math.max(max, pre.length), 0);
/** Any of the infixes, in one native search. */
// redos-ok: escaped literal alternatives, no quantifier: it cannot backtrack.
const BOILERPLATE_INFIX = new RegExp(BOILERPLATE_INFIXES.map((inf) => inf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** `long`: `key` is only the head of a long key (in no key list). */
function isBoilerplateLine(key: string, long: boolean, p: string): boolean {
  if (!long && isBoilerplateKey(key)) return true;
  // Infixes count only in a short paragraph; in a long one only the head is read, for the prefixes.
  const short = p.length < 300;
  const lower = short ? p.toLowerCase() : lowerPrefix(p, 0, LONGEST_BOILERPLATE_PREFIX) ?? p.toLowerCase();
  return startsBoilerplate(lower) || (short && BOILERPLATE_INFIX.test(lower));
}

function isTailMarker(key: string, long: boolean, p: string): boolean {
  if (!long && isTailMarkerKey(key)) return true;
  // "About Acme Therapeutics" as a heading near the end of a press release.
  if (!key.startsWith('about ')) return false;
  const w = words(p);
  return w.length <= 6 && !endsSentence(p) && isCapitalised(w[1] ?? '');
}

function isCaption(key: string, long: boolean): boolean {
  if (startsCaption(key)) return true;
  if (long) return false;
  for (const bare of captionSuffixes) {
    // The length first: most keys are long body paragraphs, and they need no look at their end.
    if (key.length >= 300 || !key.endsWith(bare)) continue;
    const before = key.charAt(key.length - bare.length - 1);
    if (before === '' || before === ' ' || before === '(' || before === '/') return true;
  }
  return false;
}

const TERMINAL = new Set(['.', '!', '?', ':', ';', '"', '\u201d', '\u2019', "'", '\u00bb', ')', '\u2026']);

export function endsSentence(p: string): boolean {
  return TERMINAL.has(p[p.length - 1] ?? '');
}

function isCapitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== '' && c === c.toUpperCase() && c !== c.toLowerCase();
}

/** A headline: short, one line, and not shaped like a body paragraph. */
function looksLikeHeadline(p: string): boolean {
  const w = countWords(p, 30);
  if (w === 0 || w > 30 || p.includes('\n')) return false;
  if (startsWithDateline(p)) return false;
  if (p.endsWith('.') && w > 14) return false;
  return true;
}

/** "WASHINGTON (AP) —": a body paragraph, not a headline. */
function startsWithDateline(p: string): boolean {
  const first = p.split(/[\s,(]/, 1)[0] ?? '';
  return first.length >= 3 && first === first.toUpperCase() && /[A-Z]{3}/.test(first) && /[\u2014\u2013]|--| - /.test(p.slice(0, 80));
}

/**
 * A subhead: a short capitalised line without closing punctuation, or a short question ("What happens
 * next?"), possibly opening with a quoted phrase ('Smart' meters still not smart) but not quoted whole.
 */
function looksLikeHeading(p: string): boolean {
  // Closing quote marks aside, a subhead has no final stop; a short question may be one. Read first: most body
  // paragraphs end in a stop, and then no word needs counting.
  let cut = p.length;
  while (cut > 0 && '"\'\u201d\u2019\u00bb'.includes(p[cut - 1]!)) cut--;
  const last = cut > 0 ? p[cut - 1]! : '';
  if (last !== '?' && /[.!:;\u2026]/.test(last)) return false;
  // A body paragraph's first 200 characters already hold more than 12 words: no need to split all of it.
  if (p.length > 200 && countWords(p, 12, 0, 200) > 12) return false;
  const w = countWords(p, 12);
  if (w === 0 || w > 12 || p.includes('\n') || /^(?:Q|A|Question|Answer)\s?[:.]/.test(p)) return false;
  // A question is a subhead only when short.
  if (last === '?' && w > 9) return false;
  const quoted = /^["'\u201c\u2018\u00ab]/.test(p);
  if (quoted && w > 8) return false;
  const first = quoted ? p.slice(1) : p;
  return isCapitalised(first) || /^\d/.test(first);
}

/** "Published 14 March 2026", "Updated: March 3, 2026 9:41 a.m. ET", "Mar 3, 2026". */
export function looksLikeDateLine(p: string): boolean {
  const key = foldKey(p);
  // Counting first: a body paragraph is not split into all its words to learn that it has more than 12.
  const count = countWords(key, 12);
  if (count === 0 || count > 12) return false;
  const w = words(key);
  if (DATE_LINE_WORDS.some((d) => key.startsWith(d))) return true;
  let dateWords = 0;
  for (const x of w) {
    if (MONTHS[x] !== undefined || WEEKDAYS[x] !== undefined || /^\d{1,4}(st|nd|rd|th)?$/.test(x) || x === 'am' ||
        x === 'pm' || x === 'et' || x === 'gmt' || x === 'bst' || x === 'utc' || /^\d{1,2}:\d{2}$/.test(x)) dateWords++;
  }
  return dateWords >= 2 && dateWords >= w.length - 1;
}

/** A teaser after a "Read More" marker: a section-and-date line, a teaser headline, or a one-line blurb. */
function looksLikeTeaser(p: string): boolean {
  const w = countWords(p, 60);
  if (w === 0 || w > 60 || p.includes('\n\n')) return false;
  if (looksLikeDateLine(p) || sectionDateLine(p)) return true;
  // A headline (no closing punctuation) or a blurb of one or two sentences.
  const stops = (p.match(/[.!?](?=\s|$)/g) ?? []).length;
  return !endsSentence(p) || stops <= 2;
}

/** "Mobile- Feb 17, 2026", "ICT News - Feb 18, 2026", "Politics | 2 March 2026". */
function sectionDateLine(p: string): boolean {
  const w = words(p.toLowerCase());
  if (w.length > 8) return false;
  return w.some((x) => MONTHS[x] !== undefined) && w.some((x) => /^(19|20)\d\d$/.test(x));
}

/**
 * Names in a byline paragraph, or null when it is not a byline: "By Owen Hughes, Local Democracy Reporter",
 * "By Priya Natarajan and Tom Beck", "Harin", "Maria Okafor | Metro Wire".
 */
export function readByline(p: string): string[] | null {
  if (p.includes('\n') || p.length > 160) return null;
  let rest = p.trim();
  const hasBy = /^by\s/i.test(rest);
  if (hasBy) rest = rest.slice(3);
  // No \s* around the separators (quadratic on a run of spaces); each chunk is split into words below anyway.
  const chunks = rest.split(/,|\||\band\b|&|\u2014|\u2013| - |\//);
  const names: string[] = [];
  for (const chunk of chunks) {
    const w = chunk.split(/\s+/).filter(Boolean);
    if (w.length === 0) continue;
    const isRole = w.some((x) => roleWords.has(x.toLowerCase()));
    const isName = w.length <= 4 && w.every((x) => isCapitalised(x) && !/\d/.test(x) && !endsSentence(x) || /^(de|van|von|da|di|al|bin|le|la)$/.test(x));
    if (isName && !isRole) names.push(w.join(' '));
    else if (!hasBy && names.length === 0) return null;
  }
  if (names.length === 0) return null;
  if (!hasBy) {
    // A lone name line: short and made of names only.
    const total = countWords(p, 8);
    if (total > 8 || endsSentence(p)) return null;
  }
  return names;
}
