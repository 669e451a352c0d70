import type { Token } from '../nlp/tokens.js';
import { firstAtOrAfter } from '../text/search.js';

/** Index of the first token starting at or after `pos` (tokens.length when none). */
export function tokenAtOrAfter(tokens: readonly Token[], pos: number): number {
  return firstAtOrAfter(tokens, pos, (t) => t.start);
}

/** Index of the last token ending at or before `pos` (-1 when none). */
export function tokenBefore(tokens: readonly Token[], pos: number): number {
  let i = tokenAtOrAfter(tokens, pos) - 1;
  while (i >= 0 && tokens[i]!.end > pos) i--;
  return i;
}

/** The quotation marks a token can be, one character each (by code: most tokens are longer, and none is looked up). */
const QUOTE_MARK_CODES = new Set([...'"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a'].map((c) => c.charCodeAt(0)));

/** A quotation mark: one of the marks, or a doubled one of some archives ('' and ``). */
export const isQuoteMark = (t: Token | undefined): boolean => {
  if (t === undefined) return false;
  const w = t.text;
  if (w.length === 1) return QUOTE_MARK_CODES.has(w.charCodeAt(0));
  return w.length === 2 && (w === "''" || w === '``');
};

/** Closing punctuation: a token of one or more of . ! ? ; : and the ellipsis (read by code, without a regex). */
export const isTerminal = (t: Token | undefined): boolean => {
  if (t === undefined || t.text.length === 0) return false;
  const w = t.text;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 59 && c !== 58 && c !== 0x2026) return false;
  }
  return true;
};
