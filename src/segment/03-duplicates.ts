import { foldSpace } from '../text/span.js';

/** For each paragraph, the index of the first earlier paragraph with the same text (whitespace folded), or null. */
export function findDuplicates(paragraphs: readonly string[]): Array<number | null> {
  const first = new Map<string, number>();
  return paragraphs.map((p, i) => {
    const key = foldSpace(p);
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, i);
    return null;
  });
}
