import type { Doc } from '../doc.js';
import { isArticleText } from '../doc.js';
import {
  FUNCTION_OR_DESCRIPTOR, FUNCTION_WORDS, KNOWN_ORGS, MONTH_OR_WEEKDAY, NAME_PARTICLES, OF_HEAD,
  ORG_HEAD, PLACES, PLACE_HEAD, THE_NAME, TITLE_HEAD, TITLE_MODIFIER, TITLE_OR_MODIFIER, TITLE_WORD,
  FIRST_NAMES, FIRST_NAME_TITLE, isCommon, isKnownOrgPlaceOrFirstName, isOrgOrPlaceHeadOrOrg,
} from './lexicon.js';
import { type Word, onlySpaces, scanWords } from './words.js';
import { LEGAL_FORMS_AFTER_COMMA } from '../lexicons/org-heads.js';

/** Where a candidate was seen: article text, a title or heading (which only repeats names), dateline, byline. */
export type Zone = 'body' | 'head' | 'dateline' | 'byline';

/** A capitalised name in the text, before it is typed and grouped with the others. */
export interface Candidate {
  start: number;
  end: number;
  /** The words of the name, particles included, the title excluded. */
  words: Word[];
  /** Lowercase words joined by single spaces: what identical names share. */
  key: string;
  /** The name without the nickname in quotes inside it ("Dorian Whitaker"), or null when there is none. */
  text: string | null;
  sentence: number;
  zone: Zone;
  /** A single capitalised word opening a sentence: a name only if the article confirms it elsewhere. */
  weak: boolean;
  /** The title or honorific written before the name ("sen", "chief executive"), lowercase, or null. */
  title: string | null;
  /** The whole of a quotation ("“Halcyon”", "‘Quiet Harbour’"): the title of a work or a code name. */
  quoted: boolean;
  /** The words of the sentence and the index of the name's first and last word in them (for context cues). */
  context: { words: Word[]; first: number; last: number };
}

/**
 * A candidate, built in this one place with every field in the same order, so that V8 gives all candidates one
 * shape (a spread or a literal elsewhere makes another, and the code reading them is compiled again).
 */
export function makeCandidate(start: number, end: number, words: Word[], key: string, text: string | null, sentence: number,
  zone: Zone, weak: boolean, title: string | null, quoted: boolean, context: Candidate['context']): Candidate {
  return { start, end, words, key, text, sentence, zone, weak, title, quoted, context };
}

/** What the whole document says about words: wink's part of speech at an offset, words seen in lowercase. */
export interface Hints {
  posAt(offset: number): string | null;
  /**
   * Single words opening a sentence that are weak if the article also writes the word (or its singular or
   * plural) in lowercase; settled by settleWeak after the scan, in one pass over the tokens. Null: never weak
   * for that reason.
   */
  seenLowerPending: Candidate[] | null;
}

const NO_HINTS: Hints = { posAt: () => null, seenLowerPending: null };

/**
 * The longest name, in words with its particles ("National Union of Rail, Maritime and Transport Workers" has
 * eight): a longer run of capitals is cut there, so that no cost grows with the square of a run's length.
 */
const MAX_NAME_WORDS = 12;

const COMMA_SUFFIXES = new Set(LEGAL_FORMS_AFTER_COMMA);

const bare = (w: Word): string => w.bare;

const isOfLink = (w: Word | undefined): boolean => w !== undefined && (w.lower === 'of' || w.lower === 'for' || w.lower === 'on');

/** Party and state after a legislator's name ("R-Tenn", "D-N.M."): no name of its own. */
const isPartyTag = (w: Word): boolean => {
  const t = w.text;
  if (t.length < 3 || t.charCodeAt(1) !== 45) return false;
  const a = t.charCodeAt(0);
  const b = t.charCodeAt(2);
  return (a === 68 || a === 82 || a === 73) && b >= 65 && b <= 90;
};

/** A capitalised word, an all-caps word, or a word with an inner capital ("iPhone", "mRNA-1403", "al-Harbi"). */
export function isNameWord(w: Word): boolean {
  if (w.cap) {
    if (MONTH_OR_WEEKDAY.has(w.bare) || w.text === 'I' || isPartyTag(w)) return false;
    // Contractions ("I'm", "We're") are pronouns.
    const apo = w.text.indexOf("'");
    if (apo > 0 && FUNCTION_WORDS.has(w.lower.slice(0, apo))) return false;
    return true;
  }
  // Lowercase words: only those with a capital inside ("iPhone", "mRNA-1403", "al-Harbi") can be names.
  if (!w.upper) return false;
  const t = w.text;
  for (let k = 1; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 65 && c <= 90) return t.charCodeAt(k - 1) !== 45 || /^(al|el|bin|ibn|de|da|van|von)-/.test(t) || /^[a-z]+[A-Z]/.test(t);
  }
  return false;
}

/** “ " ‘ ' « (compared, not looked up: the scanner asks about every character between words). */
const isOpeningQuote = (c: number): boolean => c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 0xab;
/** ” " ’ ' » */
const isClosingQuote = (c: number): boolean => c === 0x201d || c === 34 || c === 0x2019 || c === 39 || c === 0xbb;

/** Marks that open a quotation or a clause: a capital right after one says nothing about names. */
function opensClause(norm: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = norm.charCodeAt(k);
    if (isOpeningQuote(c) || c === 58 || c === 0x2014 || c === 0x2013 || c === 40 || c === 91 || c === 10 ||
        c === 0x2022 || c === 63 || c === 33 || c === 46 || c === 124) return true;
  }
  return false;
}

/**
 * Every capitalised name in the article text, in text order. Sentences of titles and headings are scanned
 * too but only to repeat names found elsewhere (zone "head"); the dateline and byline are read on their own.
 */
export function findCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const paragraphs = doc.structure.paragraphs;
  const hints = docHints(doc);
  for (const s of doc.structure.sentences) {
    const p = paragraphs[s.paragraph];
    if (!p || !isArticleText(p)) continue;
    const zone: Zone = p.zone === 'title' || p.zone === 'heading' ? 'head' : 'body';
    scanSentence(doc.norm, s.start, s.end, s.index, zone, out, hints);
  }
  settleWeak(doc, hints.seenLowerPending!);
  return out;
}

/**
 * Marks weak the pending candidates whose word the article also writes in lowercase (a token starting with a
 * lowercase ASCII letter whose lowercase form is the word, its singular or its plural): one pass over the
 * tokens, looking up only the few words asked about.
 */
function settleWeak(doc: Doc, pending: readonly Candidate[]): void {
  if (pending.length === 0) return;
  const asked = new Set<string>();
  // Bit (c - 97) is set when some asked word starts with the ASCII letter c: other tokens need no look-up.
  let initials = 0;
  for (const c of pending) {
    const w = c.words[0]!.lower;
    asked.add(w);
    if (w.endsWith('s')) asked.add(w.slice(0, -1));
    asked.add(`${w}s`);
    const f = w.charCodeAt(0);
    if (f >= 97 && f <= 122) initials |= 1 << (f - 97);
  }
  const seen = new Set<string>();
  const norm = doc.norm;
  for (const t of doc.tokens) {
    // A token's text is norm[start, end): its first character read from norm.
    const c = norm.charCodeAt(t.start);
    if (c >= 97 && c <= 122 && (initials & (1 << (c - 97))) !== 0 && asked.has(t.lower)) seen.add(t.lower);
  }
  for (const c of pending) {
    const w = c.words[0]!.lower;
    c.weak = seen.has(w) || (w.endsWith('s') && seen.has(w.slice(0, -1))) || seen.has(`${w}s`);
  }
}

function docHints(doc: Doc): Hints {
  const tokens = doc.tokens;
  const posAt = (offset: number): string | null => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid]!;
      if (t.start === offset) return t.pos;
      if (t.start < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  };
  return { posAt, seenLowerPending: [] };
}

/** Names of one stretch of text (a sentence, a dateline) appended to `out`. */
export function scanSentence(norm: string, from: number, to: number, sentence: number, zone: Zone, out: Candidate[],
  hints: Hints = NO_HINTS): void {
  const words = scanWords(norm, from, to);
  const n = words.length;
  const joined = (a: number, b: number): boolean => joinedWords(norm, words, a, b);
  // A capital opening a sentence, a quotation or a clause, or after a timestamp ("22:41 Turnout was ...").
  let lead = 0;
  while (lead < n && words[lead]!.digit && /^\d+$/.test(words[lead]!.text)) lead++;
  const initialAt = (k: number): boolean => k <= lead || opensClause(norm, words[k - 1]!.outerEnd, words[k]!.start);

  let i = 0;
  while (i < n) {
    const w = words[i]!;
    if (!isNameWord(w)) {
      i++;
      continue;
    }
    // Titles and honorifics before the name: "Sen.", "Dr", "Chief Executive", "Police Chief", "Mayor".
    let title: string | null = null;
    let k = titleEnd(words, i, n, norm);
    if (k > i) {
      title = keyOf(words, i, k);
    } else if (isTitleWord(w)) {
      // A run of titles alone ("Chief Executive Officer", "President") names nobody.
      let e = i;
      while (e + 1 < n && (isTitleWord(words[e + 1]!) || isModifierBeforeTitle(words, e + 1, n)) && joined(e, e + 1)) e++;
      // "Center for Democracy and Technology": an organisation's head with its complement names something (a
      // person's title with one, "Secretary of State", still names nobody).
      const complement = OF_HEAD.has(bare(words[e]!)) && !TITLE_HEAD.has(bare(words[e]!)) && isOfLink(words[e + 1]) && words[e + 2] !== undefined &&
        isNameWord(words[e + 2]!) && joined(e, e + 1) && joined(e + 1, e + 2);
      if (!complement && (e > i || !words[e + 1] || !isNameWord(words[e + 1]!) || !joined(e, e + 1))) {
        if (words.slice(i, e + 1).every((x) => TITLE_OR_MODIFIER.has(bare(x))) && TITLE_WORD.has(bare(words[e]!))) {
          i = e + 1;
          continue;
        }
      }
      k = i;
    }
    const startIdx = k;
    let end = k;
    let at = k;
    let inOf = false;
    let skipped: Set<number> | null = null;
    let j = k + 1;
    while (j < n && j - k < MAX_NAME_WORDS) {
      const prev = words[at]!;
      const cur = words[j]!;
      // "Information Commissioner's Office", "St James' Park": a possessive inside an organisation or place name.
      if (prev.possessive) {
        if (cur.cap && (ORG_HEAD.has(bare(cur)) || PLACE_HEAD.has(bare(cur))) && onlySpaces(norm, prev.outerEnd, cur.start)) {
          end = at = j++;
          continue;
        }
        break;
      }
      const gapComma = isCommaGap(norm, prev.outerEnd, cur.start);
      // A nickname in quotes between first name and surname: Dorian “D-Train” Whitaker.
      const nick = at === end ? nicknameEnd(norm, words, j, n) : -1;
      if (nick > 0) {
        skipped ??= new Set<number>();
        for (let s = j; s < nick; s++) skipped.add(s);
        end = at = nick;
        j = nick + 1;
        continue;
      }
      const spaces = onlySpaces(norm, prev.outerEnd, cur.start);
      // "Calloway Biosciences, Inc.": a legal form after a comma belongs to the name.
      if (gapComma && at === end && cur.cap && COMMA_SUFFIXES.has(bare(cur))) {
        end = at = j++;
        break;
      }
      const commaList = gapComma && commaListAhead(words, j, n, norm);
      if (commaList) inOf = true;
      if (!spaces && !isAmpersandGap(norm, prev.outerEnd, cur.start) && !commaList) break;
      // "Court of Appeals for the 5th Circuit", "East 13th Street".
      const ordinal = cur.digit && /^\d+(st|nd|rd|th)$/.test(cur.lower) && (at !== end ||
        (words[j + 1] !== undefined && (PLACE_HEAD.has(bare(words[j + 1]!)) || ORG_HEAD.has(bare(words[j + 1]!)))));
      // "RTX 5090", "iPhone 17", "Galaxy S26", but not "Celtics 104-99" nor a year.
      const number = cur.digit && (cur.caps || /^\d{1,5}$/.test(cur.text)) && end - k < 3 &&
        !/^(19|20)\d\d$/.test(cur.text) && !KNOWN_ORGS.has(bare(prev));
      if (isNameWord(cur) || ordinal || number) {
        // A title inside a run ("Great Plains Chief Executive Michael Adeyemi") ends the run.
        if (isTitleWord(cur) && titleEnd(words, j, n, norm) > j) {
          // "Cal Fire Battalion | Chief Eddie Ramos", "AFN National | Chief": one modifier goes with the title.
          if (end > k && TITLE_MODIFIER.has(bare(words[end]!)) && !ORG_HEAD.has(bare(words[end]!))) end--;
          break;
        }
        // "Reform UK GAIN": a shouted word after ordinary ones is no part of the name.
        if (cur.caps && cur.text.length >= 4 && !words[k]!.caps) break;
        end = at = j++;
        continue;
      }
      const lw = cur.lower;
      const nx = words[j + 1];
      if (!nx || !spaces || !joined(j, j + 1)) break;
      if ((lw === 'of' || lw === 'for' || lw === 'on') && OF_HEAD.has(bare(prev)) &&
          (isNameWord(nx) || (nx.lower === 'the' && words[j + 2] !== undefined && joined(j + 1, j + 2)))) {
        inOf = true;
        at = nx.lower === 'the' ? j + 1 : j;
        j = at + 1;
        continue;
      }
      if (lw === 'and' && isNameWord(nx) && !KNOWN_ORGS.has(nx.lower) && !PLACES.has(nx.lower) &&
          (inOf || andJoins(words, k, end, j + 1, n, norm))) {
        at = j++;
        continue;
      }
      if (NAME_PARTICLES.has(lw) && isNameWord(nx) && !nx.caps) {
        at = j++;
        continue;
      }
      break;
    }
    // Drop function words and describing nouns before a name ("But Facebook", "The Liberal Democrats", "Rival
    // Moderna", "Consultancy Cornwall Insight").
    let first = startIdx;
    while (first < end && title === null && !words[first]!.caps &&
        FUNCTION_OR_DESCRIPTOR.has(words[first]!.lower) &&
        !THE_NAME.has(keyOf(words, first + 1, end + 1))) {
      first++;
      while (first <= end && !isNameWord(words[first]!)) first++;
    }
    if (first === end && FUNCTION_WORDS.has(words[first]!.lower) && !words[first]!.caps) first++;
    if (first <= end) {
      const ws = skipped ? wordsWithout(words, first, end, skipped) : words.slice(first, end + 1);
      // "The New York Times", "The Times": the article keeps its "The".
      let start = ws[0]!.start;
      let key = keyOf(ws, 0, ws.length);
      const before = words[first - 1];
      if (before && before.lower === 'the' && THE_NAME.has(key) && joined(first - 1, first)) {
        start = before.start;
        key = `the ${key}`;
      }
      const single = ws.length === 1 && !ws[0]!.caps && !ws[0]!.digit;
      const lowerWord = ws[0]!.lower;
      // Weak when the word is ordinary, or not tagged a proper noun, or (settled later) seen in lowercase.
      const mayBeWeak = single && title === null && initialAt(first) && !isKnownOrgPlaceOrFirstName(lowerWord);
      const weak = mayBeWeak && (isCommon(lowerWord) || (hints.posAt(ws[0]!.start) ?? 'PROPN') !== 'PROPN');
      const askLower = mayBeWeak && !weak && hints.seenLowerPending !== null;
      const lastW = ws[ws.length - 1]!;
      const opened = words[startIdx]!.start;
      // (A name at the very start has no mark before it: reading before the text would throw the compiled scan away.)
      const quoted = opened > 0 && isOpeningQuote(norm.charCodeAt(opened - 1)) && closesSoon(norm, lastW.end, to) &&
        !lastW.possessive;
      // Not a name: a unit after a number ("33 Gt"), a single letter ("C$2.4bn"), the complement of a title
      // ("Deputy Commissioner for Competition"), a compound of ordinary words ("All-Star").
      const prevW = words[first - 1];
      const unit = ws.length === 1 && ws[0]!.text.length <= 3 && prevW !== undefined && /^[\d.,]+$/.test(prevW.text);
      const letter = ws.length === 1 && ws[0]!.text.length === 1;
      // (An organisation or a place stays: "Chief Medical Officer of Calloway Biosciences".)
      const titleOf = prevW !== undefined && (prevW.lower === 'for' || prevW.lower === 'of') && first >= 2 &&
        isTitleWord(words[first - 2]!) && !namesOrganisationOrPlace(ws);
      const compound = ws.length === 1 && ws[0]!.text.includes('-') && !ws[0]!.caps && isCommon(ws[0]!.lower);
      if (unit || letter || titleOf || compound) {
        i = Math.max(end + 1, i + 1);
        continue;
      }
      const text = skipped ? joinTexts(ws) : null;
      const candidate = makeCandidate(start, lastW.end, ws, key, text, sentence, zone, weak, title, quoted,
        { words, first, last: end });
      out.push(candidate);
      if (askLower) hints.seenLowerPending!.push(candidate);
    }
    i = Math.max(end + 1, i + 1);
  }
}

/**
 * The words' texts joined by single spaces. (A loop: a list made by map() is of one kind to V8 when compiled and
 * of another when not, and the scan compiled for one was thrown away on meeting the other.)
 */
function joinTexts(ws: readonly Word[]): string {
  let out = ws[0]!.text;
  for (let k = 1; k < ws.length; k++) out += ` ${ws[k]!.text}`;
  return out;
}

/**
 * words[first..end] without the indexes in `skipped` (a nickname's). (A function of its own: a closure over the
 * scan's loop variables would make the loop allocate a context for every word.)
 */
function wordsWithout(words: readonly Word[], first: number, end: number, skipped: ReadonlySet<number>): Word[] {
  const out: Word[] = [];
  for (let x = first; x <= end; x++) if (!skipped.has(x)) out.push(words[x]!);
  return out;
}

/**
 * Words j.. hold a nickname in quotes followed by a surname ("“D-Train” Whitaker"): the index of the surname,
 * else -1. The nickname is skipped; the name is the first name and the surname.
 */
function nicknameEnd(norm: string, words: Word[], j: number, n: number): number {
  const prev = words[j - 1]!;
  // The gap is ' “', ' "' or ' ‘'.
  const from = prev.outerEnd;
  const q = norm.charCodeAt(from + 1);
  if (words[j]!.start - from !== 2 || norm.charCodeAt(from) !== 32 || (q !== 0x201c && q !== 34 && q !== 0x2018) ||
      !FIRST_NAMES.has(prev.lower)) return -1;
  for (let k = j; k < n && k < j + 3; k++) {
    const after = words[k + 1];
    if (!after) return -1;
    const g = norm.slice(words[k]!.outerEnd, after.start);
    if (g === '\u201d ' || g === '" ' || g === '\u2019 ') return isNameWord(after) ? k + 1 : -1;
    if (g !== ' ') return -1;
  }
  return -1;
}

/** A closing quote within a few characters, with no letter before it ("Halcyon,”", "Cyberpunk 2077”"). */
function closesSoon(norm: string, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 8; k++) {
    const c = norm.charCodeAt(k);
    if (isClosingQuote(c)) return true;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  }
  return false;
}

/** The bare lowercase forms of words[from, to) joined by single spaces. */
export function keyOf(words: readonly Word[], from: number, to: number): string {
  if (to - from === 1) return words[from]!.bare;
  let key = '';
  for (let k = from; k < to; k++) key = k === from ? words[k]!.bare : `${key} ${words[k]!.bare}`;
  return key;
}

/** norm[from, to) is ", ". */
const isCommaGap = (norm: string, from: number, to: number): boolean =>
  to - from === 2 && norm.charCodeAt(from) === 44 && norm.charCodeAt(from + 1) === 32;

/** norm[from, to) is " & " or "&". */
const isAmpersandGap = (norm: string, from: number, to: number): boolean =>
  (to - from === 1 && norm.charCodeAt(from) === 38) ||
  (to - from === 3 && norm.charCodeAt(from) === 32 && norm.charCodeAt(from + 1) === 38 && norm.charCodeAt(from + 2) === 32);

function joinedWords(norm: string, words: Word[], a: number, b: number): boolean {
  return !words[a]!.possessive && onlySpaces(norm, words[a]!.outerEnd, words[b]!.start);
}

const isTitleWord = (w: Word): boolean => (w.cap || w.caps) && TITLE_WORD.has(bare(w));

/** Words that name an organisation or a place by themselves: a known one, or one with a head or legal form. */
function namesOrganisationOrPlace(ws: readonly Word[]): boolean {
  const key = keyOf(ws, 0, ws.length);
  if (KNOWN_ORGS.has(key) || PLACES.has(key)) return true;
  const last = bare(ws[ws.length - 1]!);
  return ws.length > 1 && (ORG_HEAD.has(last) || PLACE_HEAD.has(last));
}

/** "Medical" in "Chief Medical Officer": a modifier inside a run of titles, with a title word right after it. */
const isModifierBeforeTitle = (words: Word[], k: number, n: number): boolean =>
  words[k]!.cap && TITLE_MODIFIER.has(bare(words[k]!)) && k + 1 < n && isTitleWord(words[k + 1]!);

/**
 * Where a title starting at word i ends and the name begins ("Sen. | Maria Lopez", "Police Chief | Denise
 * Hargrove", "Chief Executive | Michael Adeyemi"), or i when the words there are no title before a name.
 */
function titleEnd(words: Word[], i: number, n: number, norm: string): number {
  let k = i;
  while (k < n && (words[k]!.cap || words[k]!.caps) && TITLE_OR_MODIFIER.has(bare(words[k]!)) &&
    k + 1 < n && onlySpaces(norm, words[k]!.outerEnd, words[k + 1]!.start) && !words[k]!.possessive) k++;
  // Back off to the last title head ("Police Chief Denise": the head is "chief").
  while (k > i && !TITLE_HEAD.has(bare(words[k - 1]!))) k--;
  // "Secretary of State Marco Rubio", "Minister for Health and Social Care Wes Streeting": a title with its
  // complement, then a first name.
  if (k > i && isOfLink(words[k]) && onlySpaces(norm, words[k - 1]!.outerEnd, words[k]!.start)) {
    const named = nameAfterComplement(words, k + 1, n, norm);
    if (named > 0) return named;
  }
  if (k > i && k < n && isNameWord(words[k]!) && !isTitleWord(words[k]!) && personLike(words, k, n, norm)) {
    // "Winner Dean Whitlow": a head that is also a first name, before a lone surname, starts the name (the
    // title words before it, if any, stay the title).
    if (FIRST_NAME_TITLE.has(bare(words[k - 1]!)) && nameRun(words, k, n, norm) === 1) return k - 1;
    return k;
  }
  return i;
}

/**
 * After "Secretary of": the complement's capitalised words ("State", "Health and Social Care"), then a known
 * first name that starts a name of two or three words. Returns where the name starts, or 0.
 */
function nameAfterComplement(words: Word[], from: number, n: number, norm: string): number {
  for (let p = from + 1; p < n && p <= from + 5; p++) {
    const w = words[p]!;
    if (!onlySpaces(norm, words[p - 1]!.outerEnd, w.start)) return 0;
    if (!isNameWord(w) && w.lower !== 'and') return 0;
    if (w.cap && FIRST_NAMES.has(w.lower) && isNameWord(words[p - 1]!)) {
      const run = nameRun(words, p, n, norm);
      return run >= 2 && run <= 3 ? p : 0;
    }
  }
  return 0;
}

/** The words from k on look like a person's name: capitalised, no organisation or place head. */
function personLike(words: Word[], k: number, n: number, norm: string): boolean {
  const run = nameRun(words, k, n, norm);
  return run > 0 && !(run === 1 && words[k]!.caps);
}

/** How many name words from k on could be a person's name (0 when an organisation or place head is among them). */
function nameRun(words: Word[], k: number, n: number, norm: string): number {
  let j = k;
  while (j < n && isNameWord(words[j]!) && j - k < 4) {
    const b = bare(words[j]!);
    if (isOrgOrPlaceHeadOrOrg(b)) return 0;
    if (words[j]!.possessive) {
      j++;
      break;
    }
    if (j + 1 < n && !onlySpaces(norm, words[j]!.outerEnd, words[j + 1]!.start)) {
      j++;
      break;
    }
    j++;
  }
  return j - k;
}

/** "Food and Drug Administration": "and" joins two parts when an organisation head follows and the left is short. */
function andJoins(words: Word[], from: number, end: number, next: number, n: number, norm: string): boolean {
  if (end - from > 1) return false;
  const left = keyOf(words, from, end + 1);
  if (KNOWN_ORGS.has(left) || PLACES.has(left) || ORG_HEAD.has(bare(words[end]!))) return false;
  for (let k = next; k < n && k < next + 4 && isNameWord(words[k]!); k++) {
    if (ORG_HEAD.has(bare(words[k]!))) return true;
    if (k + 1 < n && !onlySpaces(norm, words[k]!.outerEnd, words[k + 1]!.start)) break;
  }
  return false;
}

/**
 * "Union of Rail, Maritime and Transport Workers", "Senate Health, Education, Labor and Pensions Committee": a
 * comma list of single capitalised words that ends in "and" and an organisation head.
 */
function commaListAhead(words: Word[], j: number, n: number, norm: string): boolean {
  for (let k = j; k < n && k < j + 8; k++) {
    const w = words[k]!;
    if (w.lower === 'and') {
      for (let m = k + 1; m < n && m < k + 4 && isNameWord(words[m]!); m++) {
        if (ORG_HEAD.has(bare(words[m]!))) return true;
        if (m + 1 < n && !onlySpaces(norm, words[m]!.outerEnd, words[m + 1]!.start)) break;
      }
      return false;
    }
    if (!isNameWord(w) || KNOWN_ORGS.has(w.lower) || PLACES.has(w.lower)) return false;
    const gap = k + 1 < n ? norm.slice(w.outerEnd, words[k + 1]!.start) : '';
    if (gap !== ' ' && gap !== ', ') return false;
  }
  return false;
}
