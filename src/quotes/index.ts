import { type Doc, isBody } from '../doc.js';
import type { Entity } from '../schema/entity.js';
import type { Quote } from '../schema/quote.js';
import type { Warning } from '../schema/structure.js';
import type { Span } from '../schema/span.js';
import { makeSpan } from '../text/span.js';
import { firstAtOrAfter } from '../text/search.js';
import { type QuotedSpan, pairQuoteMarks, quoteMarkOffsets } from './01-marks.js';
import { type Cue, findCues } from './02-cues.js';
import { type SentenceView, contentEnd, reportedAt } from './04-reported.js';
import { directQuotes } from './05-direct.js';
import { type ResolvedSpeaker, resolveSpeaker, speakerOfEntity } from './06-speaker.js';
import { removeOverlaps } from './08-overlaps.js';
import { interviewAnswers } from './09-interview.js';
import { type Candidate, anchorOf, newCandidate } from './candidate.js';
import { buildContext, mentionsWithin } from './context.js';
import { isQuoteMark } from './token-search.js';
import { chunkAfter } from './03-phrases.js';

export { pairQuoteMarks, type QuotedSpan } from './01-marks.js';
export { findCues, type Cue } from './02-cues.js';
export { CUE_INDEX, buildCueIndex } from './cue-lexicon.js';

export interface QuoteResult {
  quotes: Quote[];
  warnings: Warning[];
}

const OPENING_MARKS = '"\'\u201c\u2018\u00ab\u201e\u2039';
const OPENING_MARK_CODES = new Set([...OPENING_MARKS].map((c) => c.charCodeAt(0)));

/** Whether the text at `pos` opens with a quotation mark (read by code, without making a string of it). Past the end of the text counts, as `OPENING_MARKS.includes('')` did. */
function opensWithMark(norm: string, pos: number): boolean {
  const c = norm.charCodeAt(pos);
  return Number.isNaN(c) || OPENING_MARK_CODES.has(c);
}

/** Quotes of the article's body: direct, reported, mixed and missing, each with its speaker. */
export function findQuotes(doc: Doc, entities: readonly Entity[]): QuoteResult {
  const ctx = buildContext(doc, entities);
  const tokens = doc.tokens;
  const warnings: Warning[] = [];
  const view = (i: number): SentenceView | null => {
    const r = doc.sentenceTokens[i];
    const s = doc.structure.sentences[i];
    if (!r || !s || r[1] <= r[0]) return null;
    return { tokens, lo: r[0], hi: r[1], index: i, paragraph: s.paragraph };
  };
  const body = doc.structure.paragraphs.filter(isBody);
  // Sentences by paragraph, built once (a filter per paragraph would cost paragraphs x sentences).
  const byParagraph = new Map<number, typeof doc.structure.sentences>();
  for (const s of doc.structure.sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  const candidates: Candidate[] = [];
  let previousDirect: Candidate | null = null;
  // Where the quotation marks are, found in one search of the text rather than paragraph by paragraph.
  const marks = quoteMarkOffsets(doc.norm);
  // Quoted spans already taken by a reported quote: one set for the document (each paragraph's spans are its own
  // objects, so a paragraph never finds another's), not one per paragraph.
  const consumed = new Set<QuotedSpan>();

  for (let pi = 0; pi < body.length; pi++) {
    const p = body[pi]!;
    const nextPara = body[pi + 1];
    const spans = pairQuoteMarks(doc.norm, p.start, p.end, marks);
    for (const q of spans) {
      if (q.close < 0 && !(nextPara && opensWithMark(doc.norm, nextPara.start))) {
        warnings.push({ code: 'unclosed-quote', message: `A quotation mark opens in paragraph ${p.index} and nothing closes it.`, span: makeSpan(doc.text, q.open, q.open + 1) });
      }
    }
    const longSpans = spans.length === 0 ? spans : spans.filter((q) => q.end - q.start > 25);
    const sentences = byParagraph.get(p.index) ?? [];
    for (let si = 0; si < sentences.length; si++) {
      const r = doc.sentenceTokens[sentences[si]!.index];
      if (!r || r[1] <= r[0]) continue;
      // Most sentences hold no cue: nothing else of them is read (nor their view made).
      const cues = findCues(tokens, r[0], r[1]);
      if (cues.length === 0) continue;
      const s = view(sentences[si]!.index);
      if (!s) continue;
      const nextSentence = sentences[si + 1];
      const nextStart = nextSentence ? nextSentence.start : nextPara?.start;
      const nextStartsQuote = nextStart !== undefined && (opensWithMark(doc.norm, nextStart) || isQuoteMark(tokens[s.hi]));
      let previous: Candidate | null = null;
      const inSentence: Candidate[] = [];
      for (const cue of cues) {
        if (insideQuote(longSpans, tokens[cue.from]!.start)) continue;
        const c: Candidate | null = reportedAt(s, cue, nextStartsQuote) ?? coordinated(s, cue, previous, inSentence);
        if (!c) continue;
        const before = previous;
        previous = c;
        inSentence.push(c);
        if (c.parts.length > 0 && !classifyQuoted(c, spans, consumed, doc.norm)) continue;
        if (before) truncateBefore(before, c, s);
        candidates.push(c);
      }
    }
    const direct = directQuotes({ doc, paragraph: p, spans, consumed, previous: previousDirect, view });
    candidates.push(...direct.candidates);
    // The quote this paragraph ends with, which the next paragraph may continue; none when it has no quote.
    previousDirect = direct.last;
  }

  candidates.push(...interviewAnswers(doc, body, entities));
  const kept = removeOverlaps(candidates).sort((a, b) => anchorOf(a, tokens) - anchorOf(b, tokens));
  return { quotes: build(ctx, kept, warnings), warnings };
}

/**
 * "Machado promised to continue and said she would stand up": a cue joined by "and" or "but" to an earlier one
 * shares its speaker; the earlier content stops before the "and".
 */
function coordinated(s: SentenceView, cue: Cue, latest: Candidate | null, earlier: readonly Candidate[]): Candidate | null {
  let li = cue.from - 1;
  while (li > s.lo && (s.tokens[li]!.pos === 'AUX' || s.tokens[li]!.pos === 'ADV')) li--;
  const link = s.tokens[li];
  if (!link || (link.lower !== 'and' && link.lower !== 'but')) return null;
  if (!latest) return subjectCoordinated(s, cue, li);
  // The earlier words run over the link, or already stop right before it (at most a comma between).
  const reaches = (c: Candidate): boolean => {
    if (!c.speaker || c.parts.length !== 1) return false;
    const [ps, pe] = c.parts[0]!;
    return link.start > ps && (link.start < pe || s.tokens[li - 1]!.end === pe || (s.tokens[li - 1]!.text === ',' && s.tokens[li - 2]?.end === pe));
  };
  // "X said the government had announced ..., and called ...": the outermost attribution that reaches the
  // link is the subject of the coordinated cue, not one reported inside its words.
  const previous = earlier.find(reaches) ?? null;
  if (!previous) return null;
  const [ps] = previous.parts[0]!;
  const end = contentEnd(s);
  let k = cue.to;
  if (s.tokens[k]?.lower === 'that') k++;
  if (end - k < 3) return null;
  let cut = cue.from - 1;
  while (cut - 1 > s.lo && s.tokens[cut - 1]!.text === ',') cut--;
  previous.parts[0] = [ps, s.tokens[cut - 1]!.end];
  // The earlier candidate with these words, cue, rule and confidence (a copy made by the factory, not by spread).
  const c = newCandidate(previous.kind, [[s.tokens[k]!.start, s.tokens[end - 1]!.end]], previous.speaker, { from: cue.from, to: cue.to },
    previous.sentence, previous.paragraph, 'coordinated-cue', 0.75);
  c.continues = previous.continues;
  c.speakerEntity = previous.speakerEntity;
  c.addressee = previous.addressee;
  c.medium = previous.medium;
  c.open = previous.open;
  return c;
}

/**
 * "Mr. Schultz supported Democrats during his time there, and said he did not support Mr. Trump": the subject
 * that opens the sentence says the words reported after a cue coordinated with its first verb.
 */
function subjectCoordinated(s: SentenceView, cue: Cue, link: number): Candidate | null {
  const subject = chunkAfter(s.tokens, s.lo, link);
  if (!subject) return null;
  let v = subject.to;
  // "Hillary Clinton, like Obama, has encouraged ...": a parenthesis after the subject.
  if (s.tokens[v]?.text === ',') {
    let k = v + 1;
    while (k < link && k <= v + 8 && s.tokens[k]!.text !== ',') k++;
    if (s.tokens[k]?.text === ',') v = k + 1;
  }
  while (v < link && (s.tokens[v]!.pos === 'ADV' || s.tokens[v]!.pos === 'AUX')) v++;
  if (v >= link || s.tokens[v]!.pos !== 'VERB') return null;
  const end = contentEnd(s);
  let k = cue.to;
  if (s.tokens[k]?.lower === 'that') k++;
  if (end - k < 3 || isQuoteMark(s.tokens[k])) return null;
  return newCandidate('indirect', [[s.tokens[k]!.start, s.tokens[end - 1]!.end]], { head: subject, apposition: null }, { from: cue.from, to: cue.to },
    s.index, s.paragraph, 'subject-coordinated-cue', 0.7);
}

const LINKS = new Set([',', 'and', 'but', 'though', 'although', 'while', 'whereas', 'as', 'because', ';', '\u2014', '-']);

/**
 * "Figueroa said the campaign planned a protest, though she acknowledged it was unlikely to work": a later
 * attribution inside an earlier one's words ends them before its speaker.
 */
function truncateBefore(previous: Candidate, next: Candidate, s: SentenceView): void {
  const head = next.speaker?.head ?? next.cue;
  if (!head || previous.parts.length === 0) return;
  let cut = head.from;
  const at = s.tokens[cut]!.start;
  const last = previous.parts[previous.parts.length - 1]!;
  if (!(last[0] < at && at < last[1])) return;
  while (cut - 1 > s.lo && LINKS.has(s.tokens[cut - 1]!.lower)) cut--;
  const end = s.tokens[cut - 1]!.end;
  if (end > last[0]) last[1] = end;
}

/** Whether a position lies inside a long quoted stretch (a cue there is part of someone's words). */
function insideQuote(spans: readonly QuotedSpan[], pos: number): boolean {
  // Spans come sorted by their opening mark: stop at the first that opens after `pos`.
  for (const q of spans) {
    if (q.start > pos) break;
    if (pos < q.end) return true;
  }
  return false;
}

/**
 * Reported speech whose content is all one quotation is a direct quote (left to the direct rules); with a
 * quoted fragment inside it is mixed, and the fragment is not quoted again.
 */
function classifyQuoted(c: Candidate, spans: readonly QuotedSpan[], consumed: Set<QuotedSpan>, norm: string): boolean {
  const [s, e] = [c.parts[0]![0], c.parts[c.parts.length - 1]![1]];
  // Spans are sorted by their opening mark: those opening inside [s - 1, e).
  const inside: QuotedSpan[] = [];
  for (let i = firstAtOrAfter(spans, s - 1, (q) => q.open); i < spans.length && spans[i]!.open < e; i++) {
    if (spans[i]!.start < e) inside.push(spans[i]!);
  }
  if (inside.length === 0) return true;
  // The words of the content that stand outside every quotation.
  let outside = 0;
  let pos = s;
  for (const q of inside) {
    outside += letters(norm, pos, Math.max(pos, q.open));
    pos = Math.max(pos, q.after);
  }
  outside += letters(norm, pos, e);
  if (outside === 0) {
    // All the reported words are quoted: a direct quote, attributed here.
    if (!c.rule.startsWith('subject-')) return false;
    c.kind = 'direct';
    // Filled by a loop: an array made by an optimised .map() may have another element kind than the parts made
    // elsewhere, and the candidate sorts would deoptimise on it.
    const parts: Array<[number, number]> = [];
    for (const q of inside) parts.push([q.start, q.end]);
    c.parts = parts;
    for (const q of inside) consumed.add(q);
    return true;
  }
  c.kind = 'mixed';
  for (const q of inside) consumed.add(q);
  return true;
}

function letters(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

function build(ctx: ReturnType<typeof buildContext>, cands: readonly Candidate[], warnings: Warning[]): Quote[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const history: ResolvedSpeaker[] = [];
  const resolved = new Map<Candidate, ResolvedSpeaker | null>();
  const out: Quote[] = [];
  for (const c of cands) {
    let who: ResolvedSpeaker | null = null;
    if (c.speaker) who = resolveSpeaker(ctx, tokens, history, c.speaker);
    else if (c.speakerEntity) who = speakerOfEntity(ctx, tokens, c.speakerEntity);
    else if (c.continues) {
      const from = resolved.get(c.continues) ?? null;
      who = from ? { ...from, speaker: { ...from.speaker, mention: null } } : null;
    }
    resolved.set(c, who);
    if (who) history.push(who);
    const span = (r: { from: number; to: number } | null): Span | null => (r ? makeSpan(doc.text, tokens[r.from]!.start, tokens[r.to - 1]!.end) : null);
    // Built by a loop into one array kind (an array from .map and one from a literal differ, and deoptimised this).
    const parts: Span[] = [];
    for (let k = 0; k < c.parts.length; k++) parts.push(makeSpan(doc.text, c.parts[k]![0], c.parts[k]![1]));
    const content = parts.length > 0 ? makeSpan(doc.text, c.parts[0]![0], c.parts[c.parts.length - 1]![1]) : null;
    const id = `q${out.length + 1}`;
    if (!content) {
      const cue = span(c.cue);
      warnings.push({ code: 'missing-quote', message: `A quote is announced${who ? ` for ${who.speaker.name}` : ''} but its words are not in the text.`, span: cue });
    }
    let addressee: Quote['addressee'] = null;
    if (c.addressee) {
      const m = span(c.addressee)!;
      const ent = mentionsWithin(ctx, m.start, m.end).find((x) => x.mention.kind !== 'pronoun');
      addressee = { name: ent ? ent.entity.name : m.text, entity: ent ? ent.entity.id : null, mention: m };
    }
    out.push({
      id,
      kind: c.kind,
      content,
      parts: content ? parts : [],
      speaker: who ? who.speaker : null,
      cue: span(c.cue),
      addressee,
      medium: c.medium,
      sentence: c.sentence,
      paragraph: c.paragraph,
      confidence: who ? c.confidence : Math.min(c.confidence, 0.5),
      rule: c.rule,
    });
  }
  return out;
}
