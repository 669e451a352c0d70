import { foldSpace } from '../text/span.js';

/**
 * For each paragraph, the index of the first earlier paragraph with the same text (whitespace folded), or null.
 * `folded` is each paragraph through foldSpace, when the caller has it already.
 */
export function findDuplicates(paragraphs: readonly string[], folded: readonly string[] = paragraphs.map(foldSpace)): Array<number | null> {
  const first = new Map<string, number>();
  return paragraphs.map((_, i) => {
    const key = folded[i]!;
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, i);
    return null;
  });
}
