import { trimRange } from '../text/span.js';

/**
 * Paragraphs are blocks between blank lines (lines holding nothing but whitespace). Works on the normalised
 * text, where carriage returns and exotic spaces are already plain spaces. Returns trimmed [start, end) ranges.
 */
export function findParagraphs(norm: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const flush = (start: number, end: number): void => {
    const [s, e] = trimRange(norm, start, end);
    if (s < e) out.push([s, e]);
  };
  let blockStart = 0;
  let lineStart = 0;
  while (lineStart <= norm.length) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = norm.length;
    if (isBlank(norm, lineStart, lineEnd)) {
      flush(blockStart, lineStart);
      blockStart = lineEnd + 1;
    }
    lineStart = lineEnd + 1;
  }
  flush(blockStart, norm.length);
  return out;
}

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
