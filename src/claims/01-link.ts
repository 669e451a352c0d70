import type { Doc } from '../doc.js';
import type { Token } from '../nlp/tokens.js';
import type { Entity } from '../schema/entity.js';
import type { Quote } from '../schema/quote.js';
import type { Span } from '../schema/span.js';
import { makeSpan } from '../text/span.js';
import { firstAtOrAfter } from '../text/search.js';

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

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/**
 * The index of the mentions starting inside `ranges` (the sentences that hold claims: subjects and times are looked
 * for only there), or of every mention when no ranges are given. Leaving the others out keeps the sort small; the
 * look-ups find the same mentions, in the same order.
 */
export function buildLinkIndex(entities: readonly Entity[], ranges?: readonly Range[]): LinkIndex {
  const spans = ranges === undefined ? null : union(ranges);
  const mentions: MentionRef[] = [];
  const dates: MentionRef[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.kind === 'pronoun' || (spans !== null && !startsIn(spans, m.start))) continue;
      (entity.type === 'date' ? dates : mentions).push({ start: m.start, end: m.end, entity });
    }
  }
  return { mentions: mentions.sort(byStart), dates: dates.sort(byStart) };
}

/** The ranges sorted and merged where they overlap or touch: the same offsets, disjoint. */
function union(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const r of [...ranges].sort(byStart)) {
    const last = out[out.length - 1];
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Does pos lie in one of the disjoint sorted ranges, ends included (as `within` takes them)? */
function startsIn(spans: readonly Range[], pos: number): boolean {
  const i = firstAtOrAfter(spans, pos + 1, (r) => r.start) - 1;
  return i >= 0 && pos <= spans[i]!.end;
}

/** Mentions lying inside r, in list order: a binary search to the first starting at r.start, not a scan of all. */
function within(list: readonly MentionRef[], r: Range): MentionRef[] {
  const lo = firstAtOrAfter(list, r.start, (m) => m.start);
  const out: MentionRef[] = [];
  // A mention inside r starts at or before r.end (spans never end before they start).
  for (let i = lo; i < list.length && list[i]!.start <= r.end; i++) if (list[i]!.end <= r.end) out.push(list[i]!);
  return out;
}

const SUBJECT_LINKS = new Set(['of', 'at', 'in', 'for', 'from', 'on', 'by']);

/** How far from a quantity (in characters, inside its sentence) its subject and time are looked for. */
const REACH = 400;

/** The part of the sentence within REACH of the quantity: bounded work however long the sentence is. */
function near(sentence: Range, q: Range): Range {
  return { start: Math.max(sentence.start, q.start - REACH), end: Math.min(sentence.end, q.end + REACH) };
}

/** Tokens lying inside r (tokens are sorted): a binary search, not a scan of the sentence. */
function tokensWithin(tokens: readonly Token[], r: Range): Token[] {
  const lo = firstAtOrAfter(tokens, r.start, (t) => t.start);
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= r.end; i++) out.push(tokens[i]!);
  return out;
}

/**
 * The entity a quantity is about, where the sentence says: "users of Facebook" (a link word and a name right
 * after it), "Facebook's 70 million users" (a name just before it), else the clause's nearest name before it.
 */
export function subjectOf(index: LinkIndex, tokens: readonly Token[], sentence: Range, q: Range, exclude: (e: Entity) => boolean): string | null {
  const names = within(index.mentions, near(sentence, q)).filter((m) => !exclude(m.entity) && m.entity.type !== 'date');
  const after = names.find((m) => m.start >= q.end && m.start - q.end <= 40);
  if (after) {
    const between = tokensWithin(tokens, { start: q.end, end: after.start });
    if (between.length <= 3 && between.some((t) => SUBJECT_LINKS.has(t.lower))) return after.entity.id;
  }
  const before = names.filter((m) => m.end <= q.start);
  const nearest = before[before.length - 1];
  return nearest ? nearest.entity.id : null;
}

const TIME_LEADS = new Set(['in', 'since', 'by', 'during', 'until', 'through', 'on', 'from', 'before', 'after', 'as', 'last', 'this', 'next', 'for', 'between']);

/** Characters between a mention and a quantity it does not overlap. */
function distance(m: Range, q: Range): number {
  return m.end <= q.start ? q.start - m.end : m.start - q.end;
}

/** The time a quantity holds for: the nearest date mention in its sentence, with the preposition that leads it. */
export function timeOf(doc: Doc, index: LinkIndex, tokens: readonly Token[], sentence: Range, q: Range): Span | null {
  const dates = within(index.dates, near(sentence, q)).filter((m) => m.end <= q.start || m.start >= q.end);
  if (dates.length === 0) return null;
  let best = dates[0]!;
  for (const m of dates) if (distance(m, q) < distance(best, q)) best = m;
  let start = best.start;
  const lead = tokensWithin(tokens, { start: best.start - 8, end: best.start }).pop();
  if (lead && TIME_LEADS.has(lead.lower)) start = lead.start;
  return makeSpan(doc.text, start, best.end);
}

/** Every part of every quote, sorted by start, to find the quote holding a quantity by binary search. */
export interface QuoteIndex {
  parts: ReadonlyArray<{ start: number; end: number; quote: Quote }>;
}

export function buildQuoteIndex(quotes: readonly Quote[]): QuoteIndex {
  const parts = quotes.flatMap((quote) => quote.parts.map((p) => ({ start: p.start, end: p.end, quote })));
  return { parts: parts.sort(byStart) };
}

/** The quote whose content holds the quantity (parts of different quotes never overlap). */
export function quoteOf(index: QuoteIndex, q: Range): Quote | null {
  const ps = index.parts;
  // The last part starting at or before the quantity.
  const p = ps[firstAtOrAfter(ps, q.start + 1, (x) => x.start) - 1];
  return p && p.start <= q.start && q.end <= p.end ? p.quote : null;
}
