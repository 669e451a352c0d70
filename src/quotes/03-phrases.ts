import type { Token } from '../nlp/tokens.js';
import { LEGAL_FORMS_AFTER_COMMA } from '../lexicons/org-heads.js';
import { lookupOf } from './lookup.js';
import { CUE_AUXILIARIES, CUE_TIME_AFTER, CUE_TIME_DETERMINERS, CUE_TIME_LEADS, CUE_TIME_WORDS, HONORIFICS, NEGATIONS, ROLE_NOUNS, SPEAKER_PRONOUNS } from '../lexicons/speakers.js';

/** A token range [from, to) in doc.tokens. */
export interface Range {
  from: number;
  to: number;
}

/** A speaker phrase: the words that stand for who speaks, and an apposition that says what they are. */
export interface SpeakerPhrase {
  head: Range;
  /** "Facebook's former privacy chief" in "Alex Stamos, Facebook's former privacy chief, said". */
  apposition: Range | null;
  /** The words that stand for the speaker when they are not the head: "who" in "Democrats, who say ...". */
  mention?: Range;
}

const auxiliaries = new Set(CUE_AUXILIARIES);
const negations = new Set(NEGATIONS);
const legalSuffixes = new Set(LEGAL_FORMS_AFTER_COMMA);
const timeWords = new Set(CUE_TIME_WORDS);
const timeLeads = new Set(CUE_TIME_LEADS);
const honorifics = new Set(HONORIFICS);
const roleNouns = new Set(ROLE_NOUNS);
const NP_LINKS = new Set(['of', 'from', 'at', 'for', 'with', 'by', 'and', '&', "'s", "'", 'de', 'van', 'von', 'du', 'la', 'le', 'del', 'da', 'on', 'in']);
const NP_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PART']);
const DETERMINERS_OK = new Set(['the', 'a', 'an', 'both', 'its', 'their', 'his', 'her', 'this', 'these', 'those',
  'another', 'some', 'many', 'several', 'one', 'two', 'three', 'other', 'our', 'my', 'each', 'every', 'all', 'most',
  'few', 'no']);
const BAD_HEADS = new Set(['that', 'which', 'who', 'what', 'this', 'there', 'here', 'it']);

const CHAIN_VERBS = new Set(['continue', 'continues', 'continued', 'continuing', 'began', 'begin', 'begins', 'started', 'start', 'starts', 'wanted', 'wants', 'hopes', 'tried', 'tries', 'used', 'appeared', 'seemed']);
const timeAfterCue = new Set(CUE_TIME_AFTER);
const timeDeterminers = new Set(CUE_TIME_DETERMINERS);

/** "He's claiming", "they're saying": a contracted auxiliary before the cue. */
const CONTRACTED_AUXILIARIES = new Set(["'s", "'re", "'m", "'ve", "'d"]);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us', 'you']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Tests of a token's characters read by code: they run on every token of the walks below, where a regex
 * (/^[A-Z]/, /^[.;:!?]$/) costs a call into the regex engine each time.
 */
const codesOf = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLAUSE_STOPS = codesOf('.;:!?"\u201c\u201d');
const SENTENCE_STOPS = codesOf('.;:!?');
const OPENING_QUOTES = codesOf('"\'\u201c\u2018');
/** A token that is one character of `codes`. */
const isOneOf = (t: Token, codes: ReadonlySet<number>): boolean => t.text.length === 1 && codes.has(t.text.charCodeAt(0));
/** Whether the text starts with an ASCII capital (/^[A-Z]/). */
const startsUpper = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};
/** Whether the text starts with an ASCII small letter (/^[a-z]/). */
const startsLower = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
};

export function isNpToken(t: Token): boolean {
  if (t.pos === 'DET') return DETERMINERS_OK.has(t.lower);
  if (t.pos === 'PRON') return POSSESSIVES.has(t.lower);
  if (NP_TAGS.has(t.pos)) return true;
  if (honorifics.has(t.lower) && startsUpper(t.text)) return true;
  return false;
}

const isHeadToken = (t: Token): boolean =>
  (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || (t.pos === 'ADJ' && (startsUpper(t.text) || roleNouns.has(t.lower)))) && !BAD_HEADS.has(t.lower);

const speakerPronoun = lookupOf(SPEAKER_PRONOUNS);

export const isPronounSpeaker = (t: Token): boolean => t.pos === 'PRON' && speakerPronoun(t.lower) !== undefined;

/** The full stop of an abbreviation inside a name: "Calif." in "D-Calif.". */
function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const left = tokens[i - 1];
  return t.text === '.' && left !== undefined && left.pos === 'PROPN' && left.end === t.start && left.text.length <= 6;
}

/** A verb form used as an adjective before a noun: "the bill's lead sponsor", "acting director". */
function isAttributiveVerb(tokens: readonly Token[], i: number, lo: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // "the conservative-leaning Tax Foundation", "a Boston-based Acme": a hyphened participle before a name too.
  const hyphened = prev !== undefined && prev.text === '-' && prev.end === t.start;
  if (t.pos !== 'VERB' || !next || !(next.pos === 'NOUN' || (hyphened && next.pos === 'PROPN'))) return false;
  return i === lo || hyphened || (prev !== undefined && (prev.pos === 'DET' || prev.pos === 'PART' || prev.pos === 'ADJ' || POSSESSIVES.has(prev.lower)));
}

/** A hyphen inside a word: "Marquez-Ortiz", "Hong Kong-based". */
function isInnerHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const left = tokens[i - 1];
  const right = tokens[i + 1];
  return t.text === '-' && left !== undefined && right !== undefined && left.end === t.start && right.start === t.end;
}

/** The hyphen of a party tag: "R-Texas", "D-N.M.". */
function isPartyHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const left = tokens[i - 1];
  return t.text === '-' && left !== undefined && /^[DRI]$/.test(left.text) && left.end === t.start;
}

/** The comma before a legal suffix: "Calloway Biosciences, Inc.". */
function isSuffixComma(tokens: readonly Token[], i: number, lo: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.text === ',' && i > lo && next !== undefined && legalSuffixes.has(next.lower.replace(/\.$/, '')) &&
    startsUpper(next.text) && tokens[i - 1]!.pos === 'PROPN';
}

/** A noun phrase ending at token `end - 1`, walking back no further than `lo`. */
export function chunkBefore(tokens: readonly Token[], lo: number, end: number): Range | null {
  let j = end - 1;
  if (j < lo) return null;
  if (isPronounSpeaker(tokens[j]!)) return { from: j, to: end };
  if (j > lo && isAbbreviationDot(tokens, j)) j--;
  if (tokens[j]!.text === ')') {
    let k = j - 1;
    while (k >= lo && k >= j - 8 && tokens[k]!.text !== '(') k--;
    if (k > lo && tokens[k]!.text === '(') j = k - 1;
  }
  if (j < lo || !isHeadToken(tokens[j]!)) return null;
  while (j - 1 >= lo) {
    const t = tokens[j - 1]!;
    if (isNpToken(t) || (NP_LINKS.has(t.lower) && j - 2 >= lo && isNpToken(tokens[j - 2]!)) || isPartyHyphen(tokens, j - 1) ||
        isSuffixComma(tokens, j - 1, lo) ||
        isAbbreviationDot(tokens, j - 1) || isAttributiveVerb(tokens, j - 1, lo) || isInnerHyphen(tokens, j - 1)) j--;
    else if (t.text === ')') {
      // "(RDG)", "(R-Utah)": a short parenthesis inside the phrase.
      let k = j - 2;
      while (k >= lo && k >= j - 8 && tokens[k]!.text !== '(' && tokens[k]!.text !== ')') k--;
      if (k >= lo && tokens[k]!.text === '(' && k < j - 2) j = k;
      else break;
    }
    else break;
  }
  // Drop leading links ("of", "and") the walk may have kept.
  while (j < end && NP_LINKS.has(tokens[j]!.lower) && tokens[j]!.lower !== "'s") j++;
  return j < end ? { from: j, to: end } : null;
}

/** Whether a head token stands in tokens [from, to) (read in place, without a copy of them). */
function someHeadToken(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isHeadToken(tokens[k]!)) return true;
  return false;
}

/** A noun phrase starting at `start`, walking forward no further than `hi`. */
export function chunkAfter(tokens: readonly Token[], start: number, hi: number): Range | null {
  let j = start;
  if (j >= hi) return null;
  if (isPronounSpeaker(tokens[j]!) || OBJECT_PRONOUNS.has(tokens[j]!.lower)) return { from: j, to: j + 1 };
  while (j < hi) {
    const t = tokens[j]!;
    // "told Sky News the government would ...": a determiner after a noun opens the next phrase.
    if (t.pos === 'DET' && j > start && !NP_LINKS.has(tokens[j - 1]!.lower) && tokens[j - 1]!.pos !== 'DET') break;
    if (isNpToken(t) || (NP_LINKS.has(t.lower) && j + 1 < hi && isNpToken(tokens[j + 1]!) && j > start) || isAttributiveVerb(tokens, j, start) ||
        (isInnerHyphen(tokens, j) && j > start) || (j > start && isAbbreviationDot(tokens, j) && tokens[j + 1]?.pos === 'PROPN')) j++;
    else break;
  }
  while (j > start && (NP_LINKS.has(tokens[j - 1]!.lower) || tokens[j - 1]!.pos === 'DET')) j--;
  if (j === start || !someHeadToken(tokens, start, j)) return null;
  return { from: start, to: j };
}

const hasName = (tokens: readonly Token[], r: Range): boolean => {
  for (let k = r.to - 1; k >= r.from; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN' && !honorifics.has(t.lower)) return k === r.to - 1 || tokens[r.to - 1]!.pos === 'PROPN';
  }
  return false;
};

/** A chunk that names someone rather than describes them. */
export function isName(tokens: readonly Token[], r: Range): boolean {
  return hasName(tokens, r) && !isDescription(tokens, r);
}

/**
 * Whether a chunk starting at `from` opens its clause: at the sentence start, after an opening quote, or after
 * an introductory phrase and a comma ("However, ...", "In a statement, ..."). `loose` also accepts any comma
 * or "and"/"but" before it.
 */
function opensClause(tokens: readonly Token[], lo: number, from: number, loose = false): boolean {
  if (from === lo) return true;
  const before = tokens[from - 1]!;
  if (isOneOf(before, OPENING_QUOTES)) return true;
  if (loose && (before.text === ',' || before.lower === 'and' || before.lower === 'but')) return true;
  // "But Megan Hester, ...": a conjunction or adverb opening the sentence.
  if (from - 1 === lo && (before.pos === 'CCONJ' || before.pos === 'ADV' || before.pos === 'SCONJ')) return true;
  if (before.text !== ',') return false;
  const first = tokens[lo]!;
  if (from - 2 === lo) return true;
  const introVerb = first.pos === 'VERB' && /ing$|ed$/.test(first.lower);
  if (!['ADV', 'ADP', 'CCONJ', 'SCONJ'].includes(first.pos) && !introVerb) return false;
  for (let k = lo + 1; k < from - 1; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.text === ',') return false;
  return true;
}

/**
 * "Megan Hester, senior associate for education organizing at the Annenberg Institute, said": the stretch
 * between two commas is the apposition when it reads as a noun phrase (a relative clause after a further
 * comma belongs to it), and the name before the first comma, opening the clause, is the speaker.
 */
function appositionByCommas(tokens: readonly Token[], lo: number, comma: number): SpeakerPhrase | null {
  let open = -1;
  for (let k = comma - 1; k > lo && k >= comma - 40; k--) {
    const t = tokens[k]!;
    if (isOneOf(t, CLAUSE_STOPS)) return null;
    if (t.text !== ',') continue;
    const opener = tokens[k + 1]!.lower;
    if (opener === 'which' || opener === 'who' || opener === 'whose') continue;
    open = k;
    break;
  }
  if (open <= lo) return null;
  // "Johnnie Wilson, of Springfield, Va., said": a place and its state are one apposition.
  if (comma - open <= 3 && tokens[open + 1]!.pos === 'PROPN') {
    for (let k = open - 1; k > lo && k >= open - 8; k--) {
      if (tokens[k]!.text !== ',') continue;
      if (tokens[k + 1]!.lower === 'of' || tokens[k + 1]!.lower === 'from' || tokens[k + 1]!.lower === 'in') open = k;
      break;
    }
  }
  const apposition: Range = { from: open + 1, to: comma };
  if (!isAppositive(tokens, apposition.from, apposition.to)) return null;
  let head = chunkBefore(tokens, lo, open);
  // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": two appositions.
  if (head && !opensClause(tokens, lo, head.from) && head.from - 1 > lo && tokens[head.from - 1]!.text === ',') {
    const outer = chunkBefore(tokens, lo, head.from - 1);
    if (outer && opensClause(tokens, lo, outer.from) && isName(tokens, outer)) {
      return { head: outer, apposition: { from: head.from, to: comma } };
    }
  }
  if (!head || !opensClause(tokens, lo, head.from)) return null;
  if (isDescription(tokens, head) && hasName(tokens, apposition) && !isDescription(tokens, apposition)) {
    return { head: apposition, apposition: head };
  }
  return { head, apposition };
}

/** An appositive noun phrase ("a lawyer who has been involved"), not a clause ("prices rose sharply"). */
function isAppositive(tokens: readonly Token[], from: number, to: number): boolean {
  const lead = tokens[from]!.lower;
  // "The plaintiffs, led by the U.S. Chamber of Commerce, contended": a participle and its agent.
  if (tokens[from]!.pos === 'VERB' && /ed$/.test(lead) && tokens[from + 1]?.lower === 'by' && from + 2 < to) return true;
  if (!isNpToken(tokens[from]!) && !startsUpper(tokens[from]!.text) && lead !== 'of' && lead !== 'from') return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const w = t.lower;
    if (w === 'who' || w === 'which' || w === 'that' || w === 'whose') return true;
    if (t.pos === 'AUX') return false;
    // Participles may modify a noun inside it ("education organizing at", "a Washington-based developer").
    if (t.pos === 'VERB' && !isAttributiveVerb(tokens, k, from) && !/(ing|ed)$/.test(w)) return false;
  }
  return true;
}

/** A description rather than a name: "a climate scientist at X", "director of planetary science at NASA". */
export function isDescription(tokens: readonly Token[], r: Range): boolean {
  // "the American actor Dana Whitcombe": a title and a name is a name.
  let p = r.to;
  while (p > r.from && tokens[p - 1]!.pos === 'PROPN') p--;
  const titled = r.to - p >= 2 && p > r.from && (tokens[p - 1]!.pos === 'NOUN' || roleNouns.has(tokens[p - 1]!.lower)) && startsLower(tokens[p - 1]!.text);
  if (titled) return false;
  const first = tokens[r.from]!;
  if (first.pos === 'DET' && (first.lower === 'a' || first.lower === 'an' || first.lower === 'the' || first.lower === 'its' || first.lower === 'their')) return true;
  for (let k = r.from; k < r.to; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || roleNouns.has(t.lower)) && startsLower(t.text)) {
      const next = tokens[k + 1];
      if (k === r.to - 1 || (next && ['at', 'of', 'for', 'from', 'with', 'in'].includes(next.lower))) return true;
    }
  }
  return false;
}

/** One to three proper nouns between two commas, after another proper noun: ", Colorado," in "Boulder, Colorado,". */
function isPlaceTail(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3 || tokens[from - 2]?.pos !== 'PROPN') return false;
  for (let k = from; k < to; k++) if (tokens[k]!.pos !== 'PROPN') return false;
  return true;
}

/**
 * Before a comma that closes an apposition: skip back over a parenthetical adverbial (", in his victory
 * speech,") or a relative clause (", who heads the union,") to the comma that opens it.
 */
function skipParenthetical(tokens: readonly Token[], lo: number, comma: number): number {
  for (let k = comma - 1; k > lo && k >= comma - 45; k--) {
    const t = tokens[k]!;
    if (t.text === ',') {
      const opener = tokens[k + 1]!;
      const gerund = opener.pos === 'VERB' && opener.lower.endsWith('ing');
      if (opener.pos === 'ADP' || gerund || opener.lower === 'who' || opener.lower === 'whose' || opener.lower === 'which') return k;
      // "which is based in Boulder, Colorado,": a state after its town, inside the clause.
      if (isPlaceTail(tokens, k + 1, comma)) continue;
      return comma;
    }
    if (isOneOf(t, CLAUSE_STOPS)) return comma;
    if ((t.lower === 'who' || t.lower === 'whose') && k > lo && tokens[k - 1]!.pos !== 'PUNCT') return k;
    // "X, the agency that oversees the program, said": the relative clause ends the apposition's noun.
    if ((t.lower === 'that' || t.lower === 'which') && k > lo && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN')) return k;
  }
  return comma;
}

/** "the man who chaired the inquiry said": where the relative clause starts, or -1. */
function relativeStart(tokens: readonly Token[], lo: number, end: number): number {
  for (let k = end - 1; k > lo && k >= end - 15; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || isOneOf(t, CLAUSE_STOPS)) return -1;
    if (t.lower === 'who' || t.lower === 'whose') return k;
  }
  return -1;
}

/**
 * The speaker phrase ending right before a cue at `cue`: "Facebook has also said", "Alex Stamos, Facebook's
 * former privacy chief, said", "However, both companies, Netflix and Spotify told". Returns null when what
 * stands before the cue is no noun phrase, or when the cue is negated ("did not say").
 */
export function speakerBefore(tokens: readonly Token[], lo: number, cue: number): SpeakerPhrase | null {
  let end = cue;
  // "continues to insist", "went on to say": the verb before "to" carries the subject.
  if (tokens[end - 1]?.lower === 'to' && end - 2 >= lo && CHAIN_VERBS.has(tokens[end - 2]!.lower)) end -= 2;
  else if (tokens[end - 1]?.lower === 'to' && end - 3 >= lo && tokens[end - 2]!.lower === 'on' && /^(go|goes|went|gone|going)$/.test(tokens[end - 3]!.lower)) end -= 3;
  while (end - 1 >= lo && (auxiliaries.has(tokens[end - 1]!.lower) || tokens[end - 1]!.pos === 'ADV' || timeWords.has(tokens[end - 1]!.lower) ||
      (tokens[end - 1]!.pos === 'AUX' && CONTRACTED_AUXILIARIES.has(tokens[end - 1]!.lower)))) {
    if (negations.has(tokens[end - 1]!.lower)) return null;
    // "today announced", "on Monday said": a time between the speaker and the cue.
    if (timeWords.has(tokens[end - 1]!.lower) && end - 2 >= lo && timeLeads.has(tokens[end - 2]!.lower)) end--;
    end--;
  }
  // "just this month announced", "the mayor last week said": a time noun and its determiner, then adverbs.
  while (end - 2 >= lo && timeAfterCue.has(tokens[end - 1]!.lower) && timeDeterminers.has(tokens[end - 2]!.lower)) {
    end -= 2;
    while (end - 1 >= lo && (tokens[end - 1]!.pos === 'ADV' || auxiliaries.has(tokens[end - 1]!.lower))) end--;
  }
  if (end - 1 >= lo && negations.has(tokens[end - 1]!.lower)) return null;
  // "Kall -- co-editor of Debating The Donald -- said": an apposition between dashes.
  const dash = tokens[end - 1];
  if (dash && (dash.text === '--' || dash.text === '\u2014' || dash.text === '\u2013' || dash.text === '-') && !isInnerHyphen(tokens, end - 1)) {
    for (let k = end - 2; k > lo && k >= end - 40; k--) {
      if (tokens[k]!.text !== dash.text) continue;
      const head = chunkBefore(tokens, lo, k);
      if (head && opensClause(tokens, lo, head.from)) return { head, apposition: { from: k + 1, to: end - 1 } };
      break;
    }
  }
  // "Stamos, 54, said", "X, Facebook's former privacy chief, said": appositions closed by a comma.
  const closed = tokens[end - 1]?.text === ',';
  let chunkEnd = closed ? skipParenthetical(tokens, lo, end - 1) : end;
  if (!closed) {
    // "X, a researcher at Y who was not involved, said" has its comma; "X who chairs Y said" may not.
    const rel = relativeStart(tokens, lo, end);
    if (rel >= 0) chunkEnd = rel;
  }
  if (closed) {
    const byCommas = appositionByCommas(tokens, lo, end - 1);
    if (byCommas) return byCommas;
  }
  const chunks: Range[] = [];
  let c = chunkBefore(tokens, lo, chunkEnd);
  while (c && chunks.length < 3) {
    chunks.unshift(c);
    c = c.from - 1 > lo && tokens[c.from - 1]!.text === ',' ? chunkBefore(tokens, lo, c.from - 1) : null;
  }
  // A comma before the cue closes an apposition, whose first chunk opens the clause; otherwise the comma
  // ends reported words: "Its first ad could start this week, said Brian Baker".
  if (closed) {
    while (chunks.length > 0 && !opensClause(tokens, lo, chunks[0]!.from)) chunks.shift();
    if (chunks.length < 2 && !(chunks.length === 1 && chunkEnd !== end - 1)) return null;
  }
  // Without a closing comma, an earlier chunk joins only as "However, both companies, Netflix and Spotify".
  if (!closed && chunks.length > 1) {
    const first = chunks[0]!;
    const ok = hasName(tokens, chunks[chunks.length - 1]!) && !hasName(tokens, first) && opensClause(tokens, lo, first.from);
    if (!ok) chunks.splice(0, chunks.length - 1);
  }
  if (chunks.length === 0) return null;
  // The leftmost chunk joins only when it opens the clause: after the sentence start, a comma or "and".
  while (chunks.length > 1 && !opensClause(tokens, lo, chunks[0]!.from, true)) chunks.shift();
  if (chunks.length === 1) return { head: chunks[0]!, apposition: null };
  const isName = (c: Range): boolean => hasName(tokens, c) && !isDescription(tokens, c);
  const names = chunks.filter(isName);
  const head = names.length > 0 ? names[0]! : chunks[chunks.length - 1]!;
  const others = chunks.filter((c) => c !== head && !isName(c));
  return { head, apposition: others[others.length - 1] ?? null };
}

/**
 * The speaker phrase right after a cue: "said Sen. Maria Lopez, D-N.M.", "said a spokeswoman for the
 * council", "according to the company". An apposition after a comma ("a researcher at Acme") is kept apart.
 */
export function speakerAfter(tokens: readonly Token[], start: number, hi: number): SpeakerPhrase | null {
  // "said Thursday morning on Fox News": a time after the cue is no speaker; a speaker may follow it.
  for (;;) {
    const w = tokens[start]?.lower ?? '';
    if (start < hi && (timeWords.has(w) || timeAfterCue.has(w))) start++;
    // "said this month", "said past week": a determiner of a time.
    else if (start + 1 < hi && timeDeterminers.has(w) && timeAfterCue.has(tokens[start + 1]!.lower)) start += 2;
    else break;
  }
  const head = chunkAfter(tokens, start, hi);
  if (!head) return null;
  let apposition: Range | null = null;
  if (head.to < hi && tokens[head.to]!.text === ',') {
    let j = head.to + 1;
    while (j < hi && tokens[j]!.text !== ',' && !isOneOf(tokens[j]!, SENTENCE_STOPS)) j++;
    if (j > head.to + 1 && j - head.to - 1 <= 12 && isAppositive(tokens, head.to + 1, j)) apposition = { from: head.to + 1, to: j };
  }
  // "as pointed out by Facebook's former privacy chief, Alex Stamos,": the name is the speaker.
  if (apposition && isDescription(tokens, head) && hasName(tokens, apposition) && !isDescription(tokens, apposition)) {
    return { head: apposition, apposition: head };
  }
  return { head, apposition };
}
