import type { Paragraph } from '../schema/structure.js';
import { escapeHtml } from './escape.js';
import type { Insert, Mark } from './marks.js';

/** Marks sorted so that, at one offset, longer and then outer marks open first. */
const byOpening = (x: Mark, y: Mark): number => x.start - y.start || y.end - x.end || x.layer - y.layer;

/**
 * The HTML of text[start, end) with its marks as well-nested <span>s: where two marks cross, the inner one is
 * closed and reopened, so the markup is always well formed. Only the first piece of a mark carries its id.
 */
export function renderRange(text: string, start: number, end: number, marks: Mark[], inserts: Insert[]): string {
  const sorted = [...marks].sort(byOpening);
  const ats = [...inserts].sort((x, y) => x.at - y.at);
  const stops = new Set<number>([start, end]);
  for (const m of sorted) stops.add(m.start).add(m.end);
  for (const i of ats) stops.add(i.at);
  const boundaries = [...stops].sort((x, y) => x - y);

  const out: string[] = [];
  const stack: Mark[] = [];
  const opened = new Set<Mark>();
  const open = (m: Mark): void => {
    out.push(`<span class="${escapeHtml(m.cls)}"${opened.has(m) ? '' : m.firstAttrs}${m.attrs}>`);
    opened.add(m);
    stack.push(m);
  };
  let pos = start;
  let next = 0;
  let ins = 0;
  for (const b of boundaries) {
    if (b > pos) out.push(escapeHtml(text.slice(pos, b)));
    pos = b;
    const firstEnded = stack.findIndex((m) => m.end <= b);
    const reopen: Mark[] = [];
    if (firstEnded !== -1) {
      for (let k = stack.length - 1; k >= firstEnded; k--) {
        out.push('</span>');
        if (stack[k]!.end > b) reopen.push(stack[k]!);
      }
      stack.length = firstEnded;
    }
    while (ins < ats.length && ats[ins]!.at <= b) out.push(ats[ins++]!.html);
    const starting: Mark[] = reopen;
    while (next < sorted.length && sorted[next]!.start <= b) {
      const m = sorted[next++]!;
      if (m.end > b) starting.push(m);
    }
    if (b < end) starting.sort(byEnding).forEach(open);
  }
  for (let k = stack.length; k > 0; k--) out.push('</span>');
  return out.join('');
}

const byEnding = (x: Mark, y: Mark): number => y.end - x.end || x.layer - y.layer;

/** Each mark clipped to the paragraphs it touches, bucketed by paragraph position. */
export function marksByParagraph(paragraphs: readonly Paragraph[], marks: readonly Mark[]): Mark[][] {
  const buckets: Mark[][] = paragraphs.map(() => []);
  for (const m of marks) {
    for (let i = firstEndingAfter(paragraphs, m.start); i < paragraphs.length && paragraphs[i]!.start < m.end; i++) {
      const p = paragraphs[i]!;
      const start = Math.max(m.start, p.start);
      const end = Math.min(m.end, p.end);
      if (end > start) buckets[i]!.push(start === m.start && end === m.end ? m : { ...m, start, end, firstAttrs: start === m.start ? m.firstAttrs : '' });
    }
  }
  return buckets;
}

/** Index of the first paragraph whose end lies after `offset` (paragraphs are in text order). */
function firstEndingAfter(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts bucketed by the paragraph that holds their offset (ends included); those between paragraphs go nowhere. */
export function insertsByParagraph(paragraphs: readonly Paragraph[], inserts: readonly Insert[]): Insert[][] {
  const buckets: Insert[][] = paragraphs.map(() => []);
  for (const ins of inserts) {
    const i = firstEndingAfter(paragraphs, ins.at - 1);
    const p = paragraphs[i];
    if (p && p.start <= ins.at && ins.at <= p.end) buckets[i]!.push(ins);
  }
  return buckets;
}
