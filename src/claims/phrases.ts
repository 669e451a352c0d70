/**
 * Matching lexicon phrases (lowercased, space-separated) against tokens, before or after a position.
 * Phrases are indexed by their last word (before) or first word (after), so a look-up costs a few comparisons.
 */
import type { Token } from './tokens.js';

export interface PhraseIndex<T> {
  byEdge: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; value: T }>>;
}

export function indexPhrases<T>(table: Readonly<Record<string, T>>, edge: 'last' | 'first'): PhraseIndex<T> {
  const byEdge = new Map<string, Array<{ words: string[]; value: T }>>();
  for (const [phrase, value] of Object.entries(table)) {
    const words = phraseWords(phrase);
    const key = edge === 'last' ? words[words.length - 1]! : words[0]!;
    const list = byEdge.get(key) ?? [];
    list.push({ words, value });
    byEdge.set(key, list);
  }
  for (const list of byEdge.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byEdge };
}

/** "a.m." and "< =" split the way the tokenizer splits them. */
function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.split(' ')) {
    let cur = '';
    for (const ch of part) {
      if (/[\p{L}\p{N}']/u.test(ch)) cur += ch;
      else {
        if (cur.length > 0) out.push(cur);
        cur = '';
        out.push(ch);
      }
    }
    if (cur.length > 0) out.push(cur);
  }
  return out;
}

/** The longest phrase ending at token end-1 (a token before `end`), with the index of its first token. */
export function phraseBefore<T>(toks: readonly Token[], end: number, index: PhraseIndex<T>): { first: number; value: T } | null {
  const last = toks[end - 1];
  if (last === undefined) return null;
  const list = index.byEdge.get(last.lower);
  if (list === undefined) return null;
  for (const { words, value } of list) {
    const first = end - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = toks[first + k]!;
      if (t.lower !== words[k] || (k > 0 && t.gap === 2)) ok = false;
    }
    if (ok) return { first, value };
  }
  return null;
}

/** The longest phrase starting at token `start`, with the index after its last token. */
export function phraseAfter<T>(toks: readonly Token[], start: number, index: PhraseIndex<T>): { end: number; value: T } | null {
  const first = toks[start];
  if (first === undefined) return null;
  const list = index.byEdge.get(first.lower);
  if (list === undefined) return null;
  for (const { words, value } of list) {
    if (start + words.length > toks.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = toks[start + k]!;
      if (t.lower !== words[k] || (k > 0 && t.gap === 2)) ok = false;
    }
    if (ok) return { end: start + words.length, value };
  }
  return null;
}
