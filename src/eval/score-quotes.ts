import type { Analysis, Quote } from '../schema/index.js';
import type { Gold, GoldQuote } from './gold.js';
import { type Counts, type Ratio, overlapLength } from './prf.js';
import { inRegions, indexOutside } from './regions.js';

interface Range {
  start: number;
  end: number;
}

/** One scorable piece of a predicted quote: a part of its content, or the whole quote when content is missing. */
interface Unit {
  quote: Quote;
  range: Range | null;
}

export interface QuoteScore {
  counts: Counts;
  /** Found gold quotes whose speaker is right. */
  speaker: Ratio;
  /** Found gold quotes whose cue overlaps the gold cue (when the gold has one). */
  cue: Ratio;
  /** Found gold quotes whose kind is the gold kind. */
  kind: Ratio;
  errors: string[];
}

const clip = (s: string, n = 70): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

export function scoreQuotes(gold: Gold, analysis: Analysis, text: string, regions: readonly Range[]): QuoteScore {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const speaker: Ratio = { right: 0, total: 0 };
  const cue: Ratio = { right: 0, total: 0 };
  const kind: Ratio = { right: 0, total: 0 };
  const errors: string[] = [];

  const units: Unit[] = [];
  for (const q of analysis.quotes) {
    if (q.content === null) units.push({ quote: q, range: null });
    else for (const p of q.parts.length > 0 ? q.parts : [q.content]) units.push({ quote: q, range: p });
  }
  const used = new Set<Unit>();
  const found = new Set<GoldQuote>();
  const golds = gold.quotes.map((g) => ({ g, range: locate(g, text, regions) }));

  for (const { g, range } of golds) {
    let hit: Unit | undefined;
    if (g.content !== null && range) {
      hit = units.find((u) => !used.has(u) && u.range !== null && finds(u.range, range));
    } else if (g.content === null && range) {
      hit = units.find((u) => !used.has(u) && u.range === null && announces(u.quote, range));
    }
    if (hit) {
      used.add(hit);
      found.add(g);
      counts.tp++;
      const ok = speakerRight(g, hit.quote);
      speaker.total++;
      if (ok) speaker.right++;
      else errors.push(`speaker: "${clip(g.content ?? g.sentence ?? '')}" is ${JSON.stringify(g.speaker)}, got ${JSON.stringify(hit.quote.speaker?.names ?? null)} (${hit.quote.speaker?.mention?.text ?? 'no mention'})`);
      kind.total++;
      if (hit.quote.kind === g.kind) kind.right++;
      if (g.cue) {
        cue.total++;
        const c = hit.quote.cue;
        if (c && (c.text.toLowerCase().includes(g.cue.toLowerCase()) || g.cue.toLowerCase().includes(c.text.toLowerCase()))) cue.right++;
      }
    } else if (!g.optional) {
      counts.fn++;
      errors.push(`missed ${g.kind} quote${range ? '' : ' (not located in text)'}: "${clip(g.content ?? g.sentence ?? '')}" by ${JSON.stringify(g.speaker)}`);
    }
  }

  // A piece lying mostly inside a gold quote that was found by another piece, or inside an optional one, is
  // neither right nor wrong; so is a missing-quote prediction in the sentence of an optional missing quote.
  const neutral = golds
    .filter(({ g, range }) => range !== null && (g.optional || found.has(g)))
    .map(({ range }) => range as Range);
  for (const u of units) {
    if (used.has(u)) continue;
    const at = u.range ?? u.quote.cue ?? u.quote.speaker?.mention ?? null;
    const outsideBody = at !== null && inRegions(regions, at.start);
    const isNeutral = u.range !== null
      ? neutral.some((r) => overlapLength(u.range!, r) * 2 >= u.range!.end - u.range!.start)
      : neutral.some((r) => announces(u.quote, r));
    if (!outsideBody && isNeutral) continue;
    counts.fp++;
    const shown = u.range ? text.slice(u.range.start, u.range.end) : `[missing] ${u.quote.cue?.text ?? ''}`;
    errors.push(`spurious ${u.quote.kind} quote${outsideBody ? ' outside the body' : ''} (${u.quote.rule}): "${clip(shown)}"`);
  }
  return { counts, speaker, cue, kind, errors };
}

/** Where a gold quote's content (or, for a missing one, its announcing sentence) lies in the body. */
function locate(g: GoldQuote, text: string, regions: readonly Range[]): Range | null {
  const s = g.content ?? g.sentence ?? null;
  if (!s) return null;
  const at = indexOutside(text, s, regions);
  return at < 0 ? null : { start: at, end: at + s.length };
}

function finds(pred: Range, gold: Range): boolean {
  const ov = overlapLength(pred, gold);
  return ov * 2 >= pred.end - pred.start && ov * 2 >= gold.end - gold.start;
}

function announces(q: Quote, sentence: Range): boolean {
  const marks = [q.cue, q.speaker?.mention ?? null].filter((m): m is NonNullable<typeof m> => m !== null);
  return marks.some((m) => m.start >= sentence.start && m.end <= sentence.end);
}

function speakerRight(g: GoldQuote, q: Quote): boolean {
  const names = q.speaker ? (q.speaker.names.length > 0 ? q.speaker.names : [q.speaker.name]) : [];
  if (g.speaker.length === 0) return q.speaker === null || q.speaker.entity === null;
  return g.speaker.every((n) => names.includes(n));
}
