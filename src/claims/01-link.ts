import type { Doc } from '../doc.js';
import type { Token } from '../nlp/tokens.js';
import type { Entity } from '../schema/entity.js';
import type { Quote } from '../schema/quote.js';
import type { Span } from '../schema/span.js';
import { makeSpan } from '../text/span.js';

interface Range {
  start: number;
  end: number;
}

interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

/** Entity mentions (dates aside) and date mentions, sorted, for look-ups by offset. */
export interface LinkIndex {
  mentions: readonly MentionRef[];
  dates: readonly MentionRef[];
}

export function buildLinkIndex(entities: readonly Entity[]): LinkIndex {
  const mentions: MentionRef[] = [];
  const dates: MentionRef[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.kind === 'pronoun') continue;
      (entity.type === 'date' ? dates : mentions).push({ start: m.start, end: m.end, entity });
    }
  }
  const byStart = (a: MentionRef, b: MentionRef): number => a.start - b.start;
  return { mentions: mentions.sort(byStart), dates: dates.sort(byStart) };
}

/** Mentions lying inside r, in list order: a binary search to the first starting at r.start, not a scan of all. */
function within(list: readonly MentionRef[], r: Range): MentionRef[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionRef[] = [];
  // A mention inside r starts at or before r.end (spans never end before they start).
  for (let i = lo; i < list.length && list[i]!.start <= r.end; i++) if (list[i]!.end <= r.end) out.push(list[i]!);
  return out;
}

const SUBJECT_LINKS = new Set(['of', 'at', 'in', 'for', 'from', 'on', 'by']);

/**
 * The entity a quantity is about, where the sentence says: "users of Facebook" (a link word and a name right
 * after it), "Facebook's 70 million users" (a name just before it), else the clause's nearest name before it.
 */
export function subjectOf(index: LinkIndex, tokens: readonly Token[], sentence: Range, q: Range, exclude: (e: Entity) => boolean): string | null {
  const names = within(index.mentions, sentence).filter((m) => !exclude(m.entity) && m.entity.type !== 'date');
  const after = names.find((m) => m.start >= q.end && m.start - q.end <= 40);
  if (after) {
    const between = tokens.filter((t) => t.start >= q.end && t.end <= after.start);
    if (between.length <= 3 && between.some((t) => SUBJECT_LINKS.has(t.lower))) return after.entity.id;
  }
  const before = names.filter((m) => m.end <= q.start);
  const nearest = before[before.length - 1];
  return nearest ? nearest.entity.id : null;
}

const TIME_LEADS = new Set(['in', 'since', 'by', 'during', 'until', 'through', 'on', 'from', 'before', 'after', 'as', 'last', 'this', 'next', 'for', 'between']);

/** The time a quantity holds for: the nearest date mention in its sentence, with the preposition that leads it. */
export function timeOf(doc: Doc, index: LinkIndex, tokens: readonly Token[], sentence: Range, q: Range): Span | null {
  const dates = within(index.dates, sentence).filter((m) => m.end <= q.start || m.start >= q.end);
  if (dates.length === 0) return null;
  let best = dates[0]!;
  const dist = (m: MentionRef): number => (m.end <= q.start ? q.start - m.end : m.start - q.end);
  for (const m of dates) if (dist(m) < dist(best)) best = m;
  let start = best.start;
  const lead = tokens.filter((t) => t.end <= best.start && t.end >= best.start - 8).pop();
  if (lead && TIME_LEADS.has(lead.lower)) start = lead.start;
  return makeSpan(doc.text, start, best.end);
}

/** The quote whose content holds the quantity. */
export function quoteOf(quotes: readonly Quote[], q: Range): Quote | null {
  for (const quote of quotes) {
    for (const p of quote.parts) if (p.start <= q.start && q.end <= p.end) return quote;
  }
  return null;
}
