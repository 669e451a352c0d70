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
 * is dropped rather than given wrong offsets.
 */
export function tokenize(norm: string, start: number, end: number): Token[] {
  const slice = norm.slice(start, end);
  const out: Token[] = [];
  let cursor = 0;
  for (const raw of winkTokens(slice)) {
    if (raw.value.length === 0) continue;
    const at = slice.indexOf(raw.value, cursor);
    if (at < 0 || at - cursor > 64) continue;
    cursor = at + raw.value.length;
    out.push({
      start: start + at,
      end: start + cursor,
      text: raw.value,
      lower: raw.value.toLowerCase(),
      pos: raw.pos,
      type: raw.type,
      sentence: -1,
    });
  }
  return out;
}
