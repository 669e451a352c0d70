import type { Analysis } from '../schema/analysis.js';
import type { Span } from '../schema/span.js';
import { escapeHtml } from './escape.js';
import { describeClaim, speakerLabel } from './format.js';
import type { SpeakerColour } from './palette.js';
import type { Quote } from '../schema/quote.js';

/** A stretch of the article to wrap in a <span>; later layers nest inside earlier ones where they overlap. */
export interface Mark {
  start: number;
  end: number;
  /** Lower is outer. */
  layer: number;
  /** The class attribute. */
  cls: string;
  /** Attributes for the first piece only (an id to link to), already escaped. */
  firstAttrs: string;
  /** Attributes for every piece (title, data-tip), already escaped. */
  attrs: string;
}

/** A badge placed between two characters of the article ("quote missing"). */
export interface Insert {
  at: number;
  html: string;
}

const LAYER = { warning: 0, quote: 1, claim: 2, entity: 3, speaker: 4, cue: 5, addressee: 5, dateline: 1 } as const;

/** Throws when a span does not lie in the text as stated: the analysis was made from another text. */
export function checkSpan(text: string, span: Span, where: string): void {
  if (span.start > span.end || span.end > text.length || text.slice(span.start, span.end) !== span.text) {
    throw new RangeError(
      `whosaid: expecting the text the analysis was made from, instead ${where} [${span.start}, ${span.end}) does not match it`,
    );
  }
}

/** Index of the last sentence starting at or before `offset` (binary search; sentences are in text order). */
function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const attr = (name: string, value: string): string => ` ${name}="${escapeHtml(value)}"`;

function quoteTitle(q: Quote): string {
  const bits = [speakerLabel(q), q.cue ? `“${q.cue.text}”` : null, q.kind, q.medium, q.addressee ? `to ${q.addressee.name}` : null];
  return bits.filter(Boolean).join(' · ');
}

/** Every highlight of the article: quotes, cues, speakers, addressees, claims, entity mentions, warnings. */
export function collectMarks(a: Analysis, text: string, colourOf: (q: Quote) => SpeakerColour): { marks: Mark[]; inserts: Insert[] } {
  const marks: Mark[] = [];
  const inserts: Insert[] = [];
  const add = (span: Span, where: string, m: Omit<Mark, 'start' | 'end'>): void => {
    checkSpan(text, span, where);
    if (span.end > span.start) marks.push({ start: span.start, end: span.end, ...m });
  };

  if (a.dateline) add(a.dateline, 'dateline', { layer: LAYER.dateline, cls: 'dateline', firstAttrs: '', attrs: attr('title', 'dateline') });

  const flagged = new Set<number>();
  const flag = (at: number, label: string, tip: string): void => {
    if (flagged.has(at)) return;
    flagged.add(at);
    inserts.push({ at, html: `<span class="flag" role="note"${attr('title', tip)}>${escapeHtml(label)}</span>` });
  };

  a.quotes.forEach((q, qi) => {
    const c = colourOf(q);
    const title = attr('title', quoteTitle(q));
    const where = `quotes[${qi}]`;
    const parts = q.parts.length > 0 ? q.parts : q.content ? [q.content] : [];
    if (q.content) checkSpan(text, q.content, `${where}.content`);
    parts.forEach((p, i) =>
      add(p, `${where}.parts[${i}]`, {
        layer: LAYER.quote,
        cls: `quote ${q.kind} ${c.cls}`,
        firstAttrs: i === 0 ? attr('id', `q-${q.id}`) : '',
        attrs: title,
      }),
    );
    if (q.speaker?.mention) {
      add(q.speaker.mention, `${where}.speaker.mention`, {
        layer: LAYER.speaker, cls: `speaker ${c.cls}`, firstAttrs: '', attrs: attr('title', `speaker: ${speakerLabel(q)}`),
      });
    }
    if (q.cue) add(q.cue, `${where}.cue`, { layer: LAYER.cue, cls: `cue ${c.cls}`, firstAttrs: '', attrs: attr('title', `cue of ${q.id}`) });
    if (q.addressee) {
      add(q.addressee.mention, `${where}.addressee.mention`, {
        layer: LAYER.addressee, cls: 'addressee', firstAttrs: '', attrs: attr('title', `said to ${q.addressee.name}`),
      });
    }
    if (q.content === null) {
      const s = a.sentences[q.sentence];
      const at = q.cue?.end ?? s?.end;
      if (s) flag(s.end, 'quote missing', `${speakerLabel(q)} is introduced as quoted, but the quote is not in the text`);
      else if (at !== undefined) flag(at, 'quote missing', `${speakerLabel(q)}: the quote is not in the text`);
    }
  });

  a.claims.forEach((c, ci) => {
    add(c.span, `claims[${ci}].span`, {
      layer: LAYER.claim,
      cls: 'claim',
      firstAttrs: attr('id', `c-${c.id}`),
      attrs: `${attr('data-tip', describeClaim(c))} tabindex="0"`,
    });
  });

  a.entities.forEach((e, ei) => {
    e.mentions.forEach((m, mi) =>
      add(m, `entities[${ei}].mentions[${mi}]`, {
        layer: LAYER.entity,
        cls: `entity t-${e.type} m-${m.kind}`,
        firstAttrs: '',
        attrs: attr('title', `${e.type}: ${e.name}${e.value ? ` = ${e.value}` : ''}${m.kind === 'name' ? '' : ` (${m.kind})`}`),
      }),
    );
  });

  a.warnings.forEach((w, wi) => {
    if (!w.span || w.code === 'duplicate-paragraph') return;
    add(w.span, `warnings[${wi}].span`, { layer: LAYER.warning, cls: 'warn', firstAttrs: '', attrs: attr('title', `${w.code}: ${w.message}`) });
    if (w.code === 'missing-quote') {
      const covering = a.sentences[sentenceAt(a.sentences, w.span.start)];
      flag(covering && w.span.end <= covering.end ? covering.end : w.span.end, 'quote missing', w.message);
    }
  });

  return { marks, inserts };
}
