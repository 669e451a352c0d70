/**
 * Sentence boundaries inside [start, end) of the normalised text. Placeholder: splits after . ! ? followed by
 * whitespace and a capital letter. Replaced by the full splitter.
 */
export function splitSentences(norm: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = norm[i];
    if ((c === '.' || c === '!' || c === '?') && (norm[i + 1] === ' ' || norm[i + 1] === '\n') && /[A-Z"]/.test(norm[i + 2] ?? '')) {
      out.push([s, i + 1]);
      s = i + 2;
    }
  }
  if (s < end) out.push([s, end]);
  return out;
}
