import { foldSpace } from '../text/span.js';

/**
 * For each paragraph, the index of the first earlier paragraph with the same text (whitespace folded), or null.
 * `folded` is each paragraph through foldSpace, when the caller has it already.
 */
export function findDuplicates(paragraphs: readonly string[], folded: readonly string[] = paragraphs.map(foldSpace)): Array<number | null> {
  // Hashing a paragraph reads all of it, and most paragraphs have a length of their own: only the texts of a
  // length met twice go into the text map (the first of that length joining when the second comes).
  const firstOfLength = new Map<number, number>();
  const firstOfText = new Map<string, number>();
  // Pushed one by one (the first entry is always null): the array has the same kind for every text.
  const out: Array<number | null> = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const key = folded[i]!;
    const first = firstOfLength.get(key.length);
    if (first === undefined) {
      firstOfLength.set(key.length, i);
      out.push(null);
      continue;
    }
    if (!firstOfText.has(folded[first]!)) firstOfText.set(folded[first]!, first);
    const seen = firstOfText.get(key);
    if (seen !== undefined) {
      out.push(seen);
      continue;
    }
    firstOfText.set(key, i);
    out.push(null);
  }
  return out;
}
