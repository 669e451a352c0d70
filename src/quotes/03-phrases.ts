import type { Token } from '../nlp/tokens.js';
import { CUE_AUXILIARIES, HONORIFICS, NEGATIONS, SPEAKER_PRONOUNS } from '../lexicons/speakers.js';

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
}

const auxiliaries = new Set(CUE_AUXILIARIES);
const negations = new Set(NEGATIONS);
const honorifics = new Set(HONORIFICS);
const NP_LINKS = new Set(['of', 'from', 'at', 'for', 'with', 'and', '&', "'s", "'", 'de', 'van', 'von', 'du', 'la', 'le', 'del', 'da', 'on', 'in']);
const NP_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PART']);
const DETERMINERS_OK = new Set(['the', 'a', 'an', 'both', 'its', 'their', 'his', 'her', 'this', 'these', 'those',
  'another', 'some', 'many', 'several', 'one', 'two', 'three', 'other', 'our', 'my', 'each', 'every', 'all', 'most',
  'few', 'no']);
const BAD_HEADS = new Set(['that', 'which', 'who', 'what', 'this', 'there', 'here', 'it']);

export function isNpToken(t: Token): boolean {
  if (t.pos === 'DET') return DETERMINERS_OK.has(t.lower);
  if (NP_TAGS.has(t.pos)) return true;
  if (honorifics.has(t.lower) && /^[A-Z]/.test(t.text)) return true;
  return false;
}

const isHeadToken = (t: Token): boolean =>
  (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || (t.pos === 'ADJ' && /^[A-Z]/.test(t.text))) && !BAD_HEADS.has(t.lower);

export const isPronounSpeaker = (t: Token): boolean => t.pos === 'PRON' && SPEAKER_PRONOUNS[t.lower] !== undefined;

/** A noun phrase ending at token `end - 1`, walking back no further than `lo`. */
function chunkBefore(tokens: readonly Token[], lo: number, end: number): Range | null {
  let j = end - 1;
  if (j < lo) return null;
  if (isPronounSpeaker(tokens[j]!)) return { from: j, to: end };
  if (!isHeadToken(tokens[j]!)) return null;
  while (j - 1 >= lo) {
    const t = tokens[j - 1]!;
    if (isNpToken(t) || (NP_LINKS.has(t.lower) && j - 2 >= lo && isNpToken(tokens[j - 2]!))) j--;
    else break;
  }
  // Drop leading links ("of", "and") the walk may have kept.
  while (j < end && NP_LINKS.has(tokens[j]!.lower) && tokens[j]!.lower !== "'s") j++;
  return j < end ? { from: j, to: end } : null;
}

/** A noun phrase starting at `start`, walking forward no further than `hi`. */
export function chunkAfter(tokens: readonly Token[], start: number, hi: number): Range | null {
  let j = start;
  if (j >= hi) return null;
  if (isPronounSpeaker(tokens[j]!)) return { from: j, to: j + 1 };
  while (j < hi) {
    const t = tokens[j]!;
    if (isNpToken(t) || (NP_LINKS.has(t.lower) && j + 1 < hi && isNpToken(tokens[j + 1]!) && j > start)) j++;
    else break;
  }
  while (j > start && (NP_LINKS.has(tokens[j - 1]!.lower) || tokens[j - 1]!.pos === 'DET')) j--;
  if (j === start || !tokens.slice(start, j).some(isHeadToken)) return null;
  return { from: start, to: j };
}

const hasName = (tokens: readonly Token[], r: Range): boolean => {
  for (let k = r.to - 1; k >= r.from; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN' && !honorifics.has(t.lower)) return k === r.to - 1 || tokens[r.to - 1]!.pos === 'PROPN';
  }
  return false;
};

/**
 * The speaker phrase ending right before a cue at `cue`: "Facebook has also said", "Alex Stamos, Facebook's
 * former privacy chief, said", "However, both companies, Netflix and Spotify told". Returns null when what
 * stands before the cue is no noun phrase, or when the cue is negated ("did not say").
 */
export function speakerBefore(tokens: readonly Token[], lo: number, cue: number): SpeakerPhrase | null {
  let end = cue;
  while (end - 1 >= lo && (auxiliaries.has(tokens[end - 1]!.lower) || tokens[end - 1]!.pos === 'ADV')) {
    if (negations.has(tokens[end - 1]!.lower)) return null;
    end--;
  }
  if (end - 1 >= lo && negations.has(tokens[end - 1]!.lower)) return null;
  // "Stamos, 54, said", "X, Facebook's former privacy chief, said": appositions closed by commas.
  let chunkEnd = end;
  if (tokens[end - 1]?.text === ',') {
    chunkEnd = end - 1;
    // "Smith, who heads the union, said": the speaker stands before the relative clause.
    for (let k = end - 2; k > lo && k >= end - 25; k--) {
      const w = tokens[k]!.lower;
      if ((w === 'who' || w === 'whose') && tokens[k - 1]!.text === ',') {
        chunkEnd = k - 1;
        break;
      }
      if (w === ',' || /^[.;:!?"\u201c\u201d]$/.test(w)) break;
    }
  }
  const chunks: Range[] = [];
  let c = chunkBefore(tokens, lo, chunkEnd);
  while (c && chunks.length < 3) {
    chunks.unshift(c);
    c = c.from - 1 > lo && tokens[c.from - 1]!.text === ',' ? chunkBefore(tokens, lo, c.from - 1) : null;
  }
  if (chunks.length === 0) return null;
  // The leftmost chunk joins only when it opens the clause: after the sentence start, a comma or "and".
  while (chunks.length > 1) {
    const first = chunks[0]!;
    const before = tokens[first.from - 1];
    const opens = first.from === lo || before === undefined || before.text === ',' || before.lower === 'and' ||
      before.lower === 'but' || /^["'\u201c\u2018]$/.test(before.text);
    if (opens) break;
    chunks.shift();
  }
  if (chunks.length === 1) return { head: chunks[0]!, apposition: null };
  const names = chunks.filter((c) => hasName(tokens, c));
  const head = names.length > 0 ? names[names.length - 1]! : chunks[chunks.length - 1]!;
  const others = chunks.filter((c) => c !== head && !hasName(tokens, c));
  return { head, apposition: others[others.length - 1] ?? null };
}

/**
 * The speaker phrase right after a cue: "said Sen. Maria Lopez, D-N.M.", "said a spokeswoman for the
 * council", "according to the company". An apposition after a comma ("a researcher at Acme") is kept apart.
 */
export function speakerAfter(tokens: readonly Token[], start: number, hi: number): SpeakerPhrase | null {
  const head = chunkAfter(tokens, start, hi);
  if (!head) return null;
  let apposition: Range | null = null;
  if (head.to < hi && tokens[head.to]!.text === ',') {
    let j = head.to + 1;
    while (j < hi && tokens[j]!.text !== ',' && !/^[.;:!?]$/.test(tokens[j]!.text)) j++;
    if (j > head.to + 1 && j - head.to - 1 <= 12) apposition = { from: head.to + 1, to: j };
  }
  return { head, apposition };
}
