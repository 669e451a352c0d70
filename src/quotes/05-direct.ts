import type { Doc } from '../doc.js';
import type { Token } from '../nlp/tokens.js';
import type { Paragraph } from '../schema/structure.js';
import { TITLE_LEADS } from '../lexicons/speakers.js';
import { trimRange } from '../text/span.js';
import type { QuotedSpan } from './01-marks.js';
import { type Cue, findCues } from './02-cues.js';
import { type SpeakerPhrase, speakerAfter, speakerBefore } from './03-phrases.js';
import type { SentenceView } from './04-reported.js';
import { findAddressee, findMedium } from './07-medium.js';
import { type Candidate, newCandidate } from './candidate.js';
import { tokenAtOrAfter, tokenBefore } from './token-search.js';

const titleLeads = new Set(TITLE_LEADS);

export interface DirectInput {
  doc: Doc;
  paragraph: Paragraph;
  spans: readonly QuotedSpan[];
  consumed: ReadonlySet<QuotedSpan>;
  /** The last direct quote of the previous body paragraph, for quotes that continue it. */
  previous: Candidate | null;
  view: (sentence: number) => SentenceView | null;
}

interface Attribution {
  speaker: SpeakerPhrase;
  cue: Cue;
  /** Token index just past the attribution. */
  end: number;
  rule: string;
  sentence: SentenceView;
}

/** Words (runs of characters other than space and newline) in [from, to) of `s`, counted in place. */
function countWords(s: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const w = c !== 32 && c !== 10;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** `"...," he said` / `"...," said Lopez` / `"...", according to the police`. */
function attributionAfter(tokens: readonly Token[], q: QuotedSpan, input: DirectInput): Attribution | null {
  if (q.close < 0) return null;
  let j = tokenAtOrAfter(tokens, q.after);
  const t = tokens[j];
  if (!t || t.start >= input.paragraph.end || t.sentence < 0) return null;
  if (t.text === ',' || t.text === '\u2014' || t.text === '-') j++;
  const first = tokens[j];
  if (!first || first.start >= input.paragraph.end) return null;
  const s = input.view(first.sentence);
  if (!s) return null;
  for (const cue of findCues(tokens, j, Math.min(s.hi, j + 40))) {
    if (cue.from > j + 30) break;
    if (cue.from === j) {
      const sp = speakerAfter(tokens, cue.to, s.hi);
      if (sp) return { speaker: sp, cue, end: Math.max(sp.head.to, sp.apposition?.to ?? 0), rule: 'quote-cue-speaker', sentence: s };
      continue;
    }
    const sp = speakerBefore(tokens, j, cue.from);
    if (sp && sp.head.from === j) return { speaker: sp, cue, end: cue.to, rule: 'quote-speaker-cue', sentence: s };
    if (sp && sp.apposition && sp.apposition.from === j) return { speaker: sp, cue, end: cue.to, rule: 'quote-speaker-cue', sentence: s };
  }
  return null;
}

/** `Lopez said: "..."` / `She told reporters, "..."`. */
function attributionBefore(tokens: readonly Token[], q: QuotedSpan, input: DirectInput): Attribution | null {
  let k = tokenBefore(tokens, q.open);
  const openTok = tokens[tokenAtOrAfter(tokens, q.open)];
  if (k < 0 || !openTok || tokens[k]!.end <= input.paragraph.start) return null;
  const s = input.view(openTok.sentence >= 0 ? openTok.sentence : tokens[k]!.sentence);
  if (!s || k < s.lo) return null;
  while (k >= s.lo && (tokens[k]!.text === ':' || tokens[k]!.text === ',')) k--;
  if (k >= s.lo && tokens[k]!.lower === 'that') k--;
  // "says of Clinton, '...'": what the words are about stands between the cue and the quote.
  for (let m = k; m > s.lo && m >= k - 5; m--) {
    if (tokens[m]!.lower === 'of' && findCues(tokens, Math.max(s.lo, m - 4), m).some((c) => c.to === m)) {
      k = m - 1;
      break;
    }
  }
  if (k < s.lo) return null;
  const cues = findCues(tokens, Math.max(s.lo, k - 40), k + 1);
  // "Said Ellis: '...'": the cue opens the sentence and the speaker follows it.
  const first = cues[0];
  if (first && first.from === s.lo) {
    const sp = speakerAfter(tokens, first.to, k + 1);
    if (sp && Math.max(sp.head.to, sp.apposition?.to ?? 0) === k + 1) return { speaker: sp, cue: first, end: k + 1, rule: 'cue-speaker-quote', sentence: s };
  }
  const cue = cues[cues.length - 1];
  if (!cue || cue.to - 1 !== k) {
    // The cue's addressee may stand between: "told reporters: '...'"; or how it was said: "wrote in a tweet: '...'".
    if (!cue || cue.to - 1 > k || k - cue.to > 4 || !(cue.object || isAdverbialPhrase(tokens, cue.to, k + 1))) return null;
  }
  const sp = speakerBefore(tokens, s.lo, cue.from);
  return sp ? { speaker: sp, cue, end: cue.to, rule: 'speaker-cue-quote', sentence: s } : null;
}

/** "in a tweet", "on Friday", "in a statement on X": a prepositional phrase with no verb. */
function isAdverbialPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to || tokens[from]!.pos !== 'ADP') return false;
  for (let k = from + 1; k < to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.text === ',') return false;
  return true;
}

/** A quote opening its sentence after one that ends with a colon: `Council leader Aisha Rahman said:` */
function attributionByColon(tokens: readonly Token[], q: QuotedSpan, input: DirectInput): Attribution | null {
  const i = tokenAtOrAfter(tokens, q.open);
  const t = tokens[i];
  if (!t || t.sentence < 1) return null;
  const s = input.view(t.sentence);
  if (!s || s.lo !== i) return null;
  const prev = input.view(t.sentence - 1);
  if (!prev || prev.hi <= prev.lo || tokens[prev.hi - 1]!.text !== ':') return null;
  const cues = findCues(tokens, Math.max(prev.lo, prev.hi - 60), prev.hi);
  for (let c = cues.length - 1; c >= 0; c--) {
    const sp = speakerBefore(tokens, prev.lo, cues[c]!.from);
    if (sp) return { speaker: sp, cue: cues[c]!, end: cues[c]!.to, rule: 'colon-intro', sentence: prev };
  }
  return null;
}

/** Scare quotes, titles and terms: short, not closed by punctuation, or led by "the book", "dubbed". */
function looksLikeNoQuote(doc: Doc, tokens: readonly Token[], q: QuotedSpan, attributed: boolean): boolean {
  const words = countWords(doc.norm, q.start, q.end);
  const lead = tokens[tokenBefore(tokens, q.open)];
  if (lead && titleLeads.has(lead.lower) && words <= 8) return true;
  // The words themselves are read only for a short quote.
  if (words >= 2 && words <= 6 && isTitleCase(doc.norm.slice(q.start, q.end))) return true;
  if (attributed) return words === 0;
  return words <= 4 && !/[.!?,\u2026]$/.test(doc.norm.slice(q.start, q.end).trimEnd());
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'in', 'on', 'for', 'at', 'by', 'or', 'with', 'from']);

/** "Fox News Sunday", "Make Your Kid a Millionaire": every word capitalised but the small ones, no stop inside. */
function isTitleCase(inner: string): boolean {
  const trimmed = inner.trim().replace(/[,]$/, '');
  if (/[.!?;:]/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w, i) => (i > 0 && SMALL_WORDS.has(w)) || /^[A-Z0-9]/.test(w));
}

/** Direct quotes of one paragraph, each attributed after, before, by a colon, or as a continuation. */
export function directQuotes(input: DirectInput): { candidates: Candidate[]; last: Candidate | null } {
  // Most paragraphs hold no quotation.
  if (input.spans.length === 0) return { candidates: [], last: null };
  const { doc, paragraph } = input;
  const tokens = doc.tokens;
  const out: Candidate[] = [];
  // Outermost quotations only: spans come sorted by their opening mark, so one pass keeps the reach so far.
  const top: QuotedSpan[] = [];
  let reach = -1;
  for (const q of input.spans) {
    const nested = q.open < reach;
    reach = Math.max(reach, q.end);
    if (!nested && !input.consumed.has(q)) top.push(q);
  }
  const merged = new Set<QuotedSpan>();
  let last: Candidate | null = null;

  for (let n = 0; n < top.length; n++) {
    const q = top[n]!;
    if (merged.has(q)) continue;
    const att = attributionAfter(tokens, q, input) ?? attributionBefore(tokens, q, input) ?? attributionByColon(tokens, q, input);
    const [cs, ce] = contentRange(doc, q);
    if (cs >= ce) continue;
    const startsParagraph = q.open === paragraph.start;

    if (!att) {
      if (looksLikeNoQuote(doc, tokens, q, false)) continue;
      const prev: Candidate | null = last ?? (startsParagraph ? input.previous : null);
      if (!prev) continue;
      // A few quoted words after a quote are a title or a phrase, not more of what was said.
      if (!(startsParagraph && prev === input.previous && prev.open) && countWords(doc.norm, q.start, q.end) < 5) continue;
      if (startsParagraph && prev === input.previous && prev.open) {
        // The quote runs on from the previous paragraph.
        prev.parts.push([cs, ce]);
        prev.open = q.close < 0;
        last = prev;
        continue;
      }
      const firstTok = tokens[tokenAtOrAfter(tokens, q.open)];
      const c = newCandidate('direct', [[cs, ce]], null, null, Math.max(0, firstTok?.sentence ?? prev.sentence), paragraph.index,
        prev === last ? 'same-speaker' : 'continuation', 0.65);
      c.continues = prev;
      c.open = q.close < 0;
      out.push(c);
      last = c;
      continue;
    }
    if (looksLikeNoQuote(doc, tokens, q, true)) continue;

    // 'Not paying taxes "makes me smart," Trump said': words before the quote in its sentence are reported too.
    const lead = att.rule.startsWith('quote-') ? leadIn(tokens, q, input) : -1;
    const c = newCandidate(lead >= 0 ? 'mixed' : 'direct', [[lead >= 0 ? lead : cs, ce]], att.speaker, { from: att.cue.from, to: att.cue.to },
      Math.max(0, att.sentence.index), paragraph.index, att.rule, 0.9);
    c.open = q.close < 0;
    // A split quote, `"A," he said, "B."`, or more words of the same speaker right after the attribution,
    // `"A," said Lopez, a Democrat. "B."`: the next quoted stretch, when it has no attribution of its own.
    const next = top[n + 1];
    const nextBefore = next ? attributionBefore(tokens, next, input) : null;
    if (next && att.rule.startsWith('quote-') && !attributionAfter(tokens, next, input) && (!nextBefore || nextBefore.cue.from === att.cue.from)) {
      const gap = doc.norm.slice(q.after, next.open);
      const gapFrom = tokenAtOrAfter(tokens, tokens[att.end - 1]?.end ?? q.after);
      const gapTo = tokenAtOrAfter(tokens, next.open);
      // "speaking of X" in the gap is no new attribution; "he said, adding later," is.
      const anotherCue = findCues(tokens, gapFrom, gapTo).some((c) => c.entry?.form !== 'gerund' ||
        !['of', 'about', 'to', 'with', 'at', 'on'].includes(tokens[c.to]?.lower ?? ''));
      if (gap.length < 400 && !anotherCue && !/["\u201c\u201d\u00ab\u00bb]/.test(gap)) {
        const [ns, ne] = contentRange(doc, next);
        if (ns < ne && !looksLikeNoQuote(doc, tokens, next, false)) {
          c.parts.push([ns, ne]);
          c.open = next.close < 0;
          merged.add(next);
        }
      }
    }
    const s = att.sentence;
    const inContent = (i: number): boolean => c.parts.some(([a, b]) => tokens[i]!.start >= a && tokens[i]!.end <= b);
    c.medium = findMedium(tokens, s.lo, s.hi, inContent, c.cue);
    c.addressee = att.cue.object ? null : findAddressee(tokens, s.lo, s.hi, inContent);
    if (att.cue.object) c.addressee = addresseeAfter(tokens, att.cue.to, s, inContent);
    out.push(c);
    last = c;
  }
  return { candidates: out, last };
}

function addresseeAfter(tokens: readonly Token[], from: number, s: SentenceView, inContent: (i: number) => boolean): { from: number; to: number } | null {
  let j = from;
  while (j < s.hi && !inContent(j) && (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j++;
  return j > from ? { from, to: j } : null;
}

/**
 * Where a quote's sentence starts when words (no cue, no colon) stand before the quote in it, else -1.
 */
function leadIn(tokens: readonly Token[], q: QuotedSpan, input: DirectInput): number {
  const i = tokenAtOrAfter(tokens, q.open);
  const t = tokens[i];
  if (!t || t.sentence < 0) return -1;
  const s = input.view(t.sentence);
  if (!s || s.lo >= i || i - s.lo > 60) return -1;
  for (let k = s.lo; k < i; k++) {
    const w = tokens[k]!;
    if (w.text === ':' || isMarksOnly(w.text)) return -1;
  }
  if (i - s.lo < 2 || findCues(tokens, s.lo, i).length > 0) return -1;
  return tokens[s.lo]!.start;
}

const MARK_CODES = new Set([...'"\'\u201c\u201d\u2018\u2019\u00ab\u00bb'].map((c) => c.charCodeAt(0)));

/** Text made of quotation marks only, one or more (read by code rather than by a regex, token after token). */
function isMarksOnly(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) if (!MARK_CODES.has(text.charCodeAt(k))) return false;
  return true;
}

/** The words inside the marks, trimmed, without a trailing comma. */
function contentRange(doc: Doc, q: QuotedSpan): [number, number] {
  let [s, e] = trimRange(doc.norm, q.start, q.end);
  if (e > s && doc.norm[e - 1] === ',') e--;
  return [s, e];
}
