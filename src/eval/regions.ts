import type { Gold } from './gold.js';

interface Range {
  start: number;
  end: number;
}

/**
 * Where the gold says the text is not article body: everything from `bodyEndsBefore` on, the paragraphs that
 * start with a `boilerplate` string, and the second and later copies of a repeated paragraph.
 */
export function nonBodyRegions(gold: Gold, text: string): Range[] {
  const out: Range[] = [];
  if (gold.bodyEndsBefore) {
    const at = lineStartIndexOf(text, gold.bodyEndsBefore);
    if (at >= 0) out.push({ start: at, end: text.length });
  }
  for (const b of gold.boilerplate ?? []) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(b, from);
      if (at < 0) break;
      out.push({ start: at, end: paragraphEnd(text, at) });
      from = at + b.length;
    }
  }
  for (const [head] of gold.duplicateParagraphs ?? []) {
    const first = text.indexOf(head);
    if (first < 0) continue;
    let from = first + head.length;
    for (;;) {
      const at = text.indexOf(head, from);
      if (at < 0) break;
      out.push({ start: at, end: paragraphEnd(text, at) });
      from = at + head.length;
    }
  }
  return out;
}

export function inRegions(regions: readonly Range[], pos: number): boolean {
  return regions.some((r) => r.start <= pos && pos < r.end);
}

/** First occurrence of `s` outside the given regions, or -1. */
export function indexOutside(text: string, s: string, regions: readonly Range[], from = 0): number {
  let at = text.indexOf(s, from);
  while (at >= 0 && inRegions(regions, at)) at = text.indexOf(s, at + 1);
  return at;
}

function lineStartIndexOf(text: string, s: string): number {
  let at = text.indexOf(s);
  while (at > 0 && text[at - 1] !== '\n') at = text.indexOf(s, at + 1);
  return at;
}

function paragraphEnd(text: string, from: number): number {
  const blank = text.slice(from).search(/\n[ \t\r\u00a0]*\n/);
  return blank < 0 ? text.length : from + blank;
}
