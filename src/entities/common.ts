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
