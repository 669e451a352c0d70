import type { Doc } from '../doc.js';
import { isArticleText } from '../doc.js';
import {
  FUNCTION_WORDS, KNOWN_ORGS, MONTH, NAME_PARTICLES, OF_HEAD, ORG_HEAD, PLACES, PLACE_HEAD, THE_NAME, TITLE_HEAD,
  TITLE_WORD, WEEKDAY, COMMON, FIRST_NAMES,
} from './lexicon.js';
import { type Word, onlySpaces, scanWords } from './words.js';

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
  sentence: number;
  zone: Zone;
  /** A single capitalised word opening a sentence: a name only if the article confirms it elsewhere. */
  weak: boolean;
  /** The title or honorific written before the name ("sen", "chief executive"), lowercase, or null. */
  title: string | null;
  /** The words of the sentence and the index of the name's first and last word in them (for context cues). */
  context: { words: Word[]; first: number; last: number };
}

const bare = (w: Word): string => (w.lower.endsWith('.') ? w.lower.slice(0, -1) : w.lower);

/** A capitalised word, an all-caps word, or a word with an inner capital ("iPhone", "mRNA-1403"). */
export function isNameWord(w: Word): boolean {
  if (w.cap) return !MONTH.has(bare(w)) && !WEEKDAY.has(bare(w)) && w.text !== 'I';
  if (w.digit && /^[a-z]/.test(w.text)) return /[A-Z]/.test(w.text) || false;
  return w.text.length > 1 && /^[a-z]+[A-Z]/.test(w.text);
}

/** Marks that open a quotation or a clause: a capital right after one says nothing about names. */
function opensClause(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    // “ " ‘ « : — – ( [ newline, bullet
    if (c === 0x201c || c === 34 || c === 0x2018 || c === 0xab || c === 58 || c === 0x2014 || c === 0x2013 ||
        c === 40 || c === 91 || c === 10 || c === 0x2022 || c === 63 || c === 33) return true;
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
  for (const s of doc.structure.sentences) {
    const p = paragraphs[s.paragraph];
    if (!p || !isArticleText(p)) continue;
    const zone: Zone = p.zone === 'title' || p.zone === 'heading' ? 'head' : 'body';
    scanSentence(doc.norm, s.start, s.end, s.index, zone, out);
  }
  return out;
}

/** Names of one stretch of text (a sentence, a dateline) appended to `out`. */
export function scanSentence(norm: string, from: number, to: number, sentence: number, zone: Zone, out: Candidate[]): void {
  const words = scanWords(norm, from, to);
  const n = words.length;
  const joined = (a: number, b: number): boolean =>
    !words[a]!.possessive && onlySpaces(norm, words[a]!.outerEnd, words[b]!.start);
  const initialAt = (k: number): boolean =>
    k === 0 || opensClause(norm.slice(words[k - 1]!.outerEnd, words[k]!.start));

  let i = 0;
  while (i < n) {
    const w = words[i]!;
    if (!isNameWord(w)) {
      i++;
      continue;
    }
    // Titles and honorifics before the name: "Sen.", "Dr", "Chief Executive", "Mayor".
    let title: string | null = null;
    let k = i;
    while (k < n && words[k]!.cap && TITLE_WORD.has(bare(words[k]!)) && k + 1 < n && joinedOrDot(norm, words, k)) k++;
    if (k > i && TITLE_HEAD.has(bare(words[k - 1]!)) && k < n && isNameWord(words[k]!) && personLike(words, k, n, norm)) {
      title = words.slice(i, k).map(bare).join(' ');
    } else {
      k = i;
    }
    const startIdx = k;
    let end = k;
    let at = k;
    let inOf = false;
    let j = k + 1;
    while (j < n) {
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
      const gap = norm.slice(prev.outerEnd, cur.start);
      const spaces = onlySpaces(norm, prev.outerEnd, cur.start);
      if (!spaces && !(gap === ' & ' || gap === '&') && !(inOf && gap === ', ' && commaListAhead(words, j, n, norm))) break;
      if (isNameWord(cur) || (cur.digit && (cur.caps || /^\d/.test(cur.text)) && end - k < 3 && !/^(19|20)\d\d$/.test(cur.text))) {
        // A title inside a run ("Great Plains Chief Executive Michael Adeyemi") ends the run.
        if (cur.cap && TITLE_WORD.has(bare(cur)) && titleSplits(words, j, n, norm)) break;
        end = at = j++;
        continue;
      }
      const lw = cur.lower;
      const nx = words[j + 1];
      if (!nx || !spaces || !joined(j, j + 1)) break;
      if ((lw === 'of' || lw === 'for' || (lw === 'on' && OF_HEAD.has(bare(prev)))) && OF_HEAD.has(bare(prev)) &&
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
    // Drop function words opening a sentence ("But Facebook", "However Netflix").
    let first = startIdx;
    if (title === null && initialAt(first) && FUNCTION_WORDS.has(words[first]!.lower) && !words[first]!.caps) {
      first++;
      while (first <= end && !isNameWord(words[first]!)) first++;
    }
    if (first <= end) {
      const ws = words.slice(first, end + 1);
      // "The New York Times", "The Times": the article keeps its "The".
      let start = ws[0]!.start;
      let key = ws.map(bare).join(' ');
      const before = words[first - 1];
      if (before && before.lower === 'the' && THE_NAME.has(key) && joined(first - 1, first)) {
        start = before.start;
        key = `the ${key}`;
      }
      const single = ws.length === 1 && !ws[0]!.caps && !ws[0]!.digit;
      const lowerWord = ws[0]!.lower;
      const weak = single && title === null && initialAt(first) &&
        (COMMON.has(lowerWord) || FUNCTION_WORDS.has(lowerWord)) && !KNOWN_ORGS.has(lowerWord) &&
        !PLACES.has(lowerWord) && !FIRST_NAMES.has(lowerWord);
      out.push({
        start, end: ws[ws.length - 1]!.end, words: ws, key, sentence, zone, weak, title,
        context: { words, first, last: end },
      });
    }
    i = Math.max(end + 1, i + 1);
  }
}

function joinedOrDot(norm: string, words: Word[], k: number): boolean {
  return onlySpaces(norm, words[k]!.outerEnd, words[k + 1]!.start);
}

const bareW = bare;

/** The words from k on look like a person's name: capitalised, no organisation or place head. */
function personLike(words: Word[], k: number, n: number, norm: string): boolean {
  let j = k;
  while (j < n && isNameWord(words[j]!) && j - k < 4) {
    const b = bareW(words[j]!);
    if (ORG_HEAD.has(b) || PLACE_HEAD.has(b) || KNOWN_ORGS.has(b)) return false;
    if (words[j]!.possessive) break;
    if (j + 1 < n && !onlySpaces(norm, words[j]!.outerEnd, words[j + 1]!.start)) break;
    j++;
  }
  return j > k && !(j - k === 1 && words[k]!.caps);
}

/** A title word inside a run starts a title before a person's name ("... Chief Executive Michael Adeyemi"). */
function titleSplits(words: Word[], j: number, n: number, norm: string): boolean {
  let k = j;
  while (k < n && words[k]!.cap && TITLE_WORD.has(bareW(words[k]!)) && k + 1 < n &&
    onlySpaces(norm, words[k]!.outerEnd, words[k + 1]!.start)) k++;
  return k > j && TITLE_HEAD.has(bareW(words[k - 1]!)) && k < n && isNameWord(words[k]!) && personLike(words, k, n, norm);
}

/** "Food and Drug Administration": "and" joins two parts when an organisation head follows and the left is short. */
function andJoins(words: Word[], from: number, end: number, next: number, n: number, norm: string): boolean {
  if (end - from > 1) return false;
  const left = words.slice(from, end + 1).map(bareW).join(' ');
  if (KNOWN_ORGS.has(left) || PLACES.has(left) || ORG_HEAD.has(bareW(words[end]!))) return false;
  for (let k = next; k < n && k < next + 4 && isNameWord(words[k]!); k++) {
    if (ORG_HEAD.has(bareW(words[k]!))) return true;
    if (k + 1 < n && !onlySpaces(norm, words[k]!.outerEnd, words[k + 1]!.start)) break;
  }
  return false;
}

/** "Union of Rail, Maritime and Transport Workers": a comma list inside an "of" complement that ends in "and". */
function commaListAhead(words: Word[], j: number, n: number, norm: string): boolean {
  for (let k = j; k < n && k < j + 8; k++) {
    const w = words[k]!;
    if (w.lower === 'and') return k + 1 < n && isNameWord(words[k + 1]!);
    if (!isNameWord(w)) return false;
    const gap = k + 1 < n ? norm.slice(w.outerEnd, words[k + 1]!.start) : '';
    if (gap !== ' ' && gap !== ', ') return false;
  }
  return false;
}
