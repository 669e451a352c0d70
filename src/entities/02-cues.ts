import type { Candidate } from './01-candidates.js';
import { COUNTRY_OR_REGION, FEMALE_TITLE, IN, MALE_TITLE, PLACE_NOUN_AFTER, ROLE, isCommon, listsOf } from './lexicon.js';
import { onlySpaces } from './words.js';

export const NAME_TYPES = ['person', 'organization', 'place', 'product', 'event', 'law'] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** Evidence for each type (and a person's gender). */
export type Cues = Record<NameType | 'male' | 'female', number>;

/**
 * No evidence. The literal holds fractions before it is cleared so that V8 stores every field as a double from
 * the first object on: evidence takes halves ("+= 1.5"), and a field made for small integers that later gets
 * one is re-laid, which throws away the compiled code of every function that read the old layout.
 */
export const noCues = (): Cues =>
  clearCues({ person: 0.5, organization: 0.5, place: 0.5, product: 0.5, event: 0.5, law: 0.5, male: 0.5, female: 0.5 });

/** `c` with all its evidence set back to none (for a caller that reuses one object, each Cues costs nine allocations). */
export function clearCues(c: Cues): Cues {
  c.person = 0;
  c.organization = 0;
  c.place = 0;
  c.product = 0;
  c.event = 0;
  c.law = 0;
  c.male = 0;
  c.female = 0;
  return c;
}

const clamp = (x: number, cap: number): number => (x > cap ? cap : x < -cap ? -cap : x);

export function addCues(a: Cues, b: Cues, cap = Infinity): void {
  a.person = clamp(a.person + b.person, cap);
  a.organization = clamp(a.organization + b.organization, cap);
  a.place = clamp(a.place + b.place, cap);
  a.product = clamp(a.product + b.product, cap);
  a.event = clamp(a.event + b.event, cap);
  a.law = clamp(a.law + b.law, cap);
  a.male = clamp(a.male + b.male, cap);
  a.female = clamp(a.female + b.female, cap);
}

/** Whether norm[from, to) is ' ' (SPACE), ', ' (COMMA) or something else (OTHER): no string is made. */
const SPACE = 1;
const COMMA = 2;
const OTHER = 0;
function gapKind(norm: string, from: number, to: number): number {
  if (to - from === 1) return norm.charCodeAt(from) === 32 ? SPACE : OTHER;
  if (to - from === 2) return norm.charCodeAt(from) === 44 && norm.charCodeAt(from + 1) === 32 ? COMMA : OTHER;
  return OTHER;
}

const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'explained', 'argued', 'noted', 'recalled',
  'insisted', 'warned', 'acknowledged', 'admitted', 'replied', 'asked', 'believes', 'thinks']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'around', 'throughout', 'from', 'to', 'at']);
const PLACE_OF = new Set(['town', 'city', 'village', 'region', 'state', 'province', 'district', 'county', 'suburb',
  'capital', 'port', 'island', 'municipality', 'neighbourhood', 'neighborhood', 'borough', 'area']);
const ORG_AFTER_POSSESSIVE = new Set(['shares', 'stock', 'spokesman', 'spokeswoman', 'spokesperson', 'board', 'ceo',
  'chief', 'website', 'app', 'platform', 'products', 'customers', 'users', 'employees', 'staff', 'headquarters']);
const PLACE_ADJECTIVES = new Set(['international', 'regional', 'national', 'municipal', 'main', 'central', 'river']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

/** Whether the lists `bits` (see IN) include one of `lists`. */
const inAny = (bits: number, lists: number): boolean => (bits & lists) !== 0;

/** What the name itself says: lexicons, heads, suffixes, digits, title. */
export function nameCues(c: Candidate): Cues {
  const cues = noCues();
  const key = c.key.startsWith('the ') ? c.key.slice(4) : c.key;
  const n = c.words.length;
  // The lexicons holding the name and each of its words: one look-up each. (The two lists are filled by a loop:
  // map() gives lists of one kind to V8 when compiled and of another when not, and this function, compiled for
  // one, was thrown away and compiled again on meeting the other.)
  const inKey = listsOf(key);
  const ws: string[] = [];
  const inWords: number[] = [];
  for (const w of c.words) {
    ws.push(w.bare);
    inWords.push(listsOf(w.bare));
  }
  const inFirst = inWords[0]!;
  const inLast = inWords[n - 1]!;
  if (c.title !== null) {
    cues.person += 6;
    const t = c.title.split(' ');
    if (t.some((x) => MALE_TITLE.has(x))) cues.male += 3;
    if (t.some((x) => FEMALE_TITLE.has(x))) cues.female += 3;
  }
  if (c.key.startsWith('the ')) cues.organization += 6;
  if (inAny(inKey, IN.KNOWN_ORGS) || (key !== c.key && inAny(listsOf(c.key), IN.KNOWN_ORGS))) {
    cues.organization += inAny(inKey, IN.TEAMS) ? 8 : 6;
  }
  if (inAny(inKey, IN.PLACES | IN.PLACE_ALIAS)) cues.place += 5;
  const w0 = c.words[0]!;
  // (The pattern needs a capital, which only words with `upper` hold, and no capital first, which `cap` is.)
  if (c.words.some((w) => w.digit && !/^\d+(st|nd|rd|th)$/.test(w.lower)) || (w0.upper && !w0.cap && /^[a-z]+[A-Z]/.test(w0.text))) {
    cues.product += 5;
  }
  if (c.quoted && c.title === null) cues.product += 4;
  const orgHeadInside = inWords.some((b) => inAny(b, IN.ORG_HEAD));
  if (inAny(inLast, IN.ORG_SUFFIX)) cues.organization += 7;
  else if (n > 1 && inAny(inLast, IN.LAW_HEAD)) cues.law += 5;
  else if (n > 1 && inAny(inLast, IN.EVENT_HEAD)) cues.event += 5;
  else if (n > 1 && inAny(inLast, IN.PRODUCT_HEAD)) cues.product += 5;
  else if (n > 1 && inAny(inLast, IN.ORG_HEAD)) cues.organization += 5;
  else if (n > 1 && inAny(inLast, IN.PLACE_HEAD) && !(n === 2 && inAny(inFirst, IN.FIRST_NAMES))) cues.place += 5;
  else if (n > 1 && orgHeadInside) cues.organization += 3;
  if (n > 1 && c.words.some((w, k) => k > 0 && w.text.includes('&'))) cues.organization += 3;
  // "BBC Radio 5 Live", "Google DeepMind": a known organisation's name opens it.
  if (n > 1 && inAny(inFirst, IN.KNOWN_ORGS) && !inAny(inFirst, IN.PLACES)) cues.organization += 4;
  if (inAny(inKey, IN.KNOWN_PRODUCTS)) cues.product += 8;
  if (n === 1 && c.words[0]!.caps && !c.words[0]!.digit && !inAny(inFirst, IN.NOT_ACRONYM | IN.PLACE_ALIAS) &&
      ws[0]!.length <= 6) {
    cues.organization += 2;
  }
  // People: a first name, a surname, words that are no ordinary English words.
  const hasHead = orgHeadInside || inAny(inLast, IN.PLACE_HEAD);
  const strong = Math.max(cues.organization, cues.place, cues.product, cues.law, cues.event);
  if (n >= 2 && n <= 4 && !hasHead && strong < 5) {
    const shouted = c.words.some((w) => w.caps && !w.text.includes('.'));
    const initialOnly = c.words[0]!.text.length === 1;
    if (inAny(inFirst, IN.FIRST_NAMES)) {
      cues.person += 3;
      if (inAny(inFirst, IN.MALE_NAMES) && !inAny(inFirst, IN.FEMALE_NAMES)) cues.male += 1;
      if (inAny(inFirst, IN.FEMALE_NAMES) && !inAny(inFirst, IN.MALE_NAMES)) cues.female += 1;
    }
    if (inAny(inLast, IN.SURNAMES)) cues.person += 1;
    if (shouted || initialOnly) cues.organization += 2;
    else if (placeInside(inWords)) cues.organization += 2;
    else if (plainWords(ws, inWords)) cues.person += 1.5;
    else cues.organization += 1;
  } else if (n === 1 && strong === 0) {
    cues.organization += 0.5;
  } else if (n > 4 && !hasHead) {
    cues.organization += 1;
  }
  return cues;
}

/** A place or its people is named inside a name whose words are in the lists `inWords` (not as a first name, not as a surname). */
const placeInside = (inWords: readonly number[]): boolean =>
  inWords.some((b, k) => inAny(b, IN.PLACES | IN.DEMONYM) && !(k === 0 && inAny(b, IN.FIRST_NAMES)) && !inAny(b, IN.SURNAMES));

/** Every word is a first name, a surname or no ordinary English word. */
const plainWords = (ws: readonly string[], inWords: readonly number[]): boolean =>
  ws.every((w, k) => !isCommon(w) || inAny(inWords[k]!, IN.FIRST_NAMES | IN.SURNAMES));

/**
 * What the words around the name say: a role before it, an age after it, "in" before it, a state after it.
 * Written into `cues`, which must hold no evidence yet.
 */
export function contextCues(c: Candidate, norm: string, cues: Cues = noCues()): Cues {
  const { words, first, last } = c.context;
  const prev = first > 0 ? words[first - 1] : undefined;
  const lastWord = words[last]!;
  const next = words[last + 1];
  const prevJoined = prev !== undefined && onlySpaces(norm, prev.outerEnd, words[first]!.start) && !prev.possessive;
  if (prev && prevJoined && !prev.cap) {
    if (ROLE.has(prev.lower)) cues.person += 3;
    if (prev.lower === 'the') {
      cues.organization += 1.5;
      cues.person -= 3;
    }
    if (PLACE_PREPOSITIONS.has(prev.lower)) cues.place += prev.lower === 'in' ? 1.5 : 0.5;
    if (prev.lower === 'said' || prev.lower === 'says') cues.person += 0.5;
    if (prev.lower === 'a' || prev.lower === 'an') cues.product += 2;
    // (Read only when there is a word there: reading before the list threw the compiled function away.)
    if (prev.lower === 'of' && first >= 2 && PLACE_OF.has(words[first - 2]!.lower)) cues.place += 4;
  }
  if (next) {
    const gap = gapKind(norm, lastWord.outerEnd, next.start);
    const after = words[last + 2];
    if (lastWord.possessive) {
      if (ORG_AFTER_POSSESSIVE.has(next.lower)) cues.organization += 1;
    } else if (gap === SPACE && SPEECH_AFTER.has(next.lower)) {
      cues.person += 0.5;
    } else if (gap === COMMA && /^\d{1,3}$/.test(next.text) && after && after.start > next.outerEnd && norm.charCodeAt(next.outerEnd) === 44) {
      cues.person += 4;
    } else if (gap === COMMA && next.lower === 'who') {
      cues.person += 2;
    } else if (gap === COMMA && next.lower === 'of' && after !== undefined && (after.lower === 'the' || after.cap) &&
        c.words.length >= 2 && c.words.every((w) => !w.caps)) {
      // "Dawn Fairley, of the fuel poverty charity National Energy Action": a person and where they work.
      cues.person += 2;
    } else if (gap === COMMA && next.lower === 'where') {
      cues.place += 3;
    } else if (gap === COMMA && next.cap && COUNTRY_OR_REGION.has(next.lower)) {
      cues.place += 3;
    } else if (gap === COMMA && roleAhead(words, last + 1)) {
      cues.person += 2;
    } else if (gap === SPACE && (PLACE_NOUN_AFTER.has(next.lower) ||
        (PLACE_ADJECTIVES.has(next.lower) && after !== undefined && PLACE_NOUN_AFTER.has(after.lower)))) {
      cues.place += 3;
    }
  }
  return cues;
}

/** ", a senior analyst at", ", chief executive of": a role noun within a few words after the comma. */
function roleAhead(words: readonly { lower: string; cap: boolean }[], k: number): boolean {
  let m = k;
  if (words[m] && ARTICLES.has(words[m]!.lower)) m++;
  for (let steps = 0; steps < 4 && words[m]; steps++, m++) {
    const w = words[m]!;
    if (w.cap) return false;
    if (ROLE.has(w.lower)) return true;
  }
  return false;
}
