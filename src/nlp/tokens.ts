import { winkTokens } from './wink.js';

/** A word or punctuation mark of the normalised text, with its offsets and part of speech. */
export interface Token {
  start: number;
  end: number;
  /** The normalised text of the token (apostrophes straightened, exotic spaces plain). */
  text: string;
  lower: string;
  /** Universal POS tag from wink-nlp: PROPN, NOUN, VERB, AUX, PRON, DET, ADP, NUM, PUNCT, ... */
  pos: string;
  /** wink-nlp's token type: word, number, punctuation, currency, symbol, url, email, ... */
  type: string;
  /** Index of the sentence holding it, or -1 outside every sentence. */
  sentence: number;
}

/**
 * Tokenises [start, end) of the normalised text with wink-nlp and gives each token its offsets: wink reports
 * tokens in order, so each is looked up from where the previous one ended. A token wink altered (none known)
 * is dropped rather than given wrong offsets. Appends to `out` when given.
 */
export function tokenize(norm: string, start: number, end: number, out: Token[] = []): Token[] {
  // wink-nlp's cost grows faster than the length of a single very long word (a base64 blob, 1 MB of one
  // letter): such runs bypass it and become one token each, untagged.
  let from = start;
  let runStart = -1;
  for (let i = start; i <= end; i++) {
    const space = i === end || isSpaceCode(norm.charCodeAt(i));
    if (!space) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart > MAX_WORD) {
      tagPiece(norm, from, runStart, out);
      out.push({ start: runStart, end: i, text: norm.slice(runStart, i), lower: norm.slice(runStart, i).toLowerCase(), pos: 'X', type: 'word', sentence: -1 });
      from = i;
    }
    runStart = -1;
  }
  tagPiece(norm, from, end, out);
  return out;
}

/** The lowercase form, without a new string when the word has no capital (most words). */
function lowerOf(w: string): string {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return w.toLowerCase();
  }
  return w;
}

/** Runs of non-space characters longer than this are not given to wink-nlp. */
const MAX_WORD = 64;

const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * The text as given to wink-nlp, with a space before each possessive "'s" and each danda ("है।"). wink-nlp splits
 * "Trump's" in two, unless an earlier call taught its word cache "Trump's" whole (its tokenizer keeps it whole
 * in other contexts), and so for a danda: the same text would be tokenized and tagged differently on a second
 * call. Split beforehand, both always come apart, whatever the cache holds. The tokens are still looked up in
 * the original text, so offsets are unaffected.
 */
export function withStableSplits(s: string): string {
  if (s.indexOf("'") < 0 && s.indexOf('\u0964') < 0 && s.indexOf('\u0965') < 0) return s;
  const parts: string[] = [];
  let from = 0;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const split = c === 39
      ? isWordChar(s.charCodeAt(i - 1)) && (s.charCodeAt(i + 1) | 32) === 115 && !isWordChar(s.charCodeAt(i + 2)) &&
        !CONTRACTION_HEADS.has(wordBefore(s, i).toLowerCase())
      : (c === 0x964 || c === 0x965) && !isSpaceCode(s.charCodeAt(i - 1));
    if (!split) continue;
    parts.push(s.slice(from, i), ' ');
    from = i;
  }
  if (from === 0) return s;
  parts.push(s.slice(from));
  return parts.join('');
}

/**
 * Words whose "'s" is a contraction wink-nlp's lexicon knows ("it's" = it is, "let's" = let us): it expands those
 * itself, the same way every time, and tags the "'s" as a verb only when it sees them whole.
 */
const CONTRACTION_HEADS = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'here', 'where', 'how', 'let',
  'this', 'why', 'when', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'everything', 'something', 'nothing']);

/** The letters right before index i. */
function wordBefore(s: string, i: number): string {
  let k = i;
  while (k > 0 && k > i - 12 && isWordChar(s.charCodeAt(k - 1))) k--;
  return s.slice(k, i);
}

/** A letter or digit of any script (code units of the Basic Multilingual Plane), for the splits above. */
function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;

/** Tokens of [start, end) from wink-nlp, each found in the text from where the previous one ended. */
function tagPiece(norm: string, start: number, end: number, out: Token[]): void {
  if (end <= start) return;
  const slice = norm.slice(start, end);
  let cursor = 0;
  const { values, pos, types } = winkTokens(withStableSplits(slice));
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    if (value.length === 0) continue;
    // Look no further than a short window: a token wink altered is dropped, at a bounded cost.
    let at = -1;
    for (let p = cursor; p <= cursor + 64 && p + value.length <= slice.length; p++) {
      if (slice.startsWith(value, p)) {
        at = p;
        break;
      }
    }
    if (at < 0) continue;
    cursor = at + value.length;
    out.push({
      start: start + at,
      end: start + cursor,
      text: value,
      lower: lowerOf(value),
      pos: pos[k] ?? 'X',
      type: types[k] ?? 'word',
      sentence: -1,
    });
  }
}
