/**
 * Whether a lowercase word is an ordinary English word, also when inflected ("analysts", "separately",
 * "negotiations") or hyphenated ("co-author"), given the set of base words.
 */
export function makeIsCommon(words: ReadonlySet<string>): (lower: string) => boolean {
  const has = (w: string): boolean => words.has(w);
  const isCommon = (lower: string): boolean => {
    if (has(lower)) return true;
    if (lower.includes('-')) return lower.split('-').every((p) => p.length > 0 && isCommon(p));
    return derived(lower, has);
  };
  return isCommon;
}

/** An inflected or derived form of a word in the set (without the word itself). */
export function derived(lower: string, has: (w: string) => boolean): boolean {
  const cut = (n: number): string => lower.slice(0, -n);
  if (lower.endsWith('ies') && has(`${cut(3)}y`)) return true;
  if (lower.endsWith('es') && has(cut(2))) return true;
  if (lower.endsWith('s') && has(cut(1))) return true;
  if (lower.endsWith('ly') && (has(cut(2)) || has(`${cut(3)}e`) || has(`${cut(3)}y`))) return true;
  if (lower.endsWith('ed') && (has(cut(2)) || has(cut(1)))) return true;
  if (lower.endsWith('ing') && (has(cut(3)) || has(`${cut(3)}e`))) return true;
  if (lower.endsWith('ment') && has(cut(4))) return true;
  if (lower.endsWith('ions') && (has(cut(4)) || has(`${cut(4)}e`))) return true;
  if (lower.endsWith('ion') && (has(cut(3)) || has(`${cut(3)}e`))) return true;
  if (lower.endsWith('ers') && (has(cut(3)) || has(cut(2)))) return true;
  if (lower.endsWith('er') && (has(cut(2)) || has(cut(1)))) return true;
  if (lower.endsWith('est') && (has(cut(3)) || has(cut(2)))) return true;
  if (lower.endsWith('ness') && has(cut(4))) return true;
  return false;
}

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * What a fixed list of lowercase ASCII words (of two letters or more) opens with, and how long its words are,
 * for telling at a glance that a token is none of them and needs no look-up.
 */
export class Openings {
  private readonly pairs = new Uint8Array(128 * 128);
  /** Bit k set when some word has k letters (words longer than 30 letters set bit 31). */
  private lengths = 0;

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!/^[a-z][a-z.]+$/.test(w)) throw new Error(`Openings: not a lowercase ASCII word: ${w}`);
      this.pairs[w.charCodeAt(0) * 128 + w.charCodeAt(1)] = 1;
      this.lengths |= 1 << Math.min(w.length, 31);
    }
  }

  /**
   * Whether the token norm[start, end) may be one of the words once lowercased: false when its first two
   * characters are ASCII and, lowercased, open none of them, or when no word has its length. (A token that
   * lowercases to one of these ASCII words has ASCII characters only, and as many.)
   */
  mayBe(norm: string, start: number, end: number): boolean {
    if ((this.lengths & (1 << Math.min(end - start, 31))) === 0) return false;
    const a = norm.charCodeAt(start);
    const b = norm.charCodeAt(start + 1);
    if (!(a < 128 && b < 128)) return true;
    return this.pairs[lowerAscii(a) * 128 + lowerAscii(b)] === 1;
  }
}
