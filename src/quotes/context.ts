import type { Doc } from '../doc.js';
import type { Entity, Mention } from '../schema/entity.js';
import { firstAtOrAfter } from '../text/search.js';

/** An entity mention with its entity, for look-ups by offset. */
export interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
  mention: Mention;
}

/** Everything the quote rules read: the document and its entities, indexed by offset. Built once per call. */
export interface QuoteContext {
  doc: Doc;
  entities: readonly Entity[];
  /** All mentions of all entities, sorted by start. */
  mentions: readonly IndexedMention[];
  /** Entities by id. */
  byId: ReadonlyMap<string, Entity>;
}

export function buildContext(doc: Doc, entities: readonly Entity[]): QuoteContext {
  const mentions: IndexedMention[] = [];
  for (const entity of entities) {
    if (entity.type === 'date') continue;
    for (const mention of entity.mentions) mentions.push({ start: mention.start, end: mention.end, entity, mention });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const byId = new Map<string, Entity>();
  for (const e of entities) byId.set(e.id, e);
  return { doc, entities, mentions, byId };
}

/** Index of the first mention starting at or after `pos`. */
function lowerBound(ms: readonly IndexedMention[], pos: number): number {
  return firstAtOrAfter(ms, pos, (m) => m.start);
}

/** Mentions lying inside [start, end). */
export function mentionsWithin(ctx: QuoteContext, start: number, end: number): IndexedMention[] {
  const out: IndexedMention[] = [];
  for (let i = lowerBound(ctx.mentions, start); i < ctx.mentions.length && ctx.mentions[i]!.start < end; i++) {
    if (ctx.mentions[i]!.end <= end) out.push(ctx.mentions[i]!);
  }
  return out;
}

/** The nearest mention ending before `pos` that passes `ok`, looking back at most `window` characters. */
export function mentionBefore(ctx: QuoteContext, pos: number, ok: (m: IndexedMention) => boolean, window = 4000): IndexedMention | null {
  for (let i = lowerBound(ctx.mentions, pos) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.start < pos - window) break;
    if (m.end <= pos && ok(m)) return m;
  }
  return null;
}
