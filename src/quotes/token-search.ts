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

export const isQuoteMark = (t: Token | undefined): boolean =>
  t !== undefined && (t.text === "''" || t.text === '``') || t !== undefined && t.text.length === 1 && '"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a'.includes(t.text);

export const isTerminal = (t: Token | undefined): boolean => t !== undefined && /^[.!?;:\u2026]+$/.test(t.text);
