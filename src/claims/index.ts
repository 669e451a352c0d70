import { type Doc, isBody } from '../doc.js';
import type { Claim } from '../schema/claim.js';
import type { Entity } from '../schema/entity.js';
import type { Quote } from '../schema/quote.js';
import { makeSpan } from '../text/span.js';
import { firstAtOrAfter } from '../text/search.js';
import type { Token } from '../nlp/tokens.js';
import { buildLinkIndex, buildQuoteIndex, quoteOf, subjectOf, timeOf } from './01-link.js';
import { checkworthiness, statementFeatures } from './02-checkworthiness.js';
import { carryUnits, findQuantities } from './quantities.js';

export { findQuantities, type Quantity } from './quantities.js';
export { parseNumber } from './numbers.js';

/**
 * Every quantity the article's body asserts, as a claim: value, unit, bound, rate and change from the quantity
 * layer; the entity it is about, the time it holds for, the quote that asserts it and its speaker; and a
 * check-worthiness score with its features. Boilerplate and repeated paragraphs are not the article's.
 */
export function findClaims(doc: Doc, entities: readonly Entity[], quotes: readonly Quote[]): Claim[] {
  const bodyParagraphs = new Set(doc.structure.paragraphs.filter(isBody).map((p) => p.index));
  const out: Claim[] = [];
  const sentences = doc.structure.sentences.filter((s) => bodyParagraphs.has(s.paragraph));
  // A bare count ("About 4.2 million") takes the counted noun of the sentences just before it.
  const perSentence = carryUnits(sentences.map((s) => findQuantities(doc.norm, s.start, s.end, doc.text)));
  if (perSentence.every((qs) => qs.length === 0)) return out;
  const index = buildLinkIndex(entities);
  const quoteIndex = buildQuoteIndex(quotes);
  sentences.forEach((s, i) => {
    const quantities = perSentence[i]!;
    if (quantities.length === 0) return;
    const [from, to] = doc.sentenceTokens[s.index] ?? [0, 0];
    const tokens = doc.tokens.slice(from, to);
    const statement = statementFeatures(tokens);
    for (const q of quantities) {
      const quote = quoteOf(quoteIndex, q.span);
      const speakerEntity = quote?.speaker?.entity ?? null;
      const subject = subjectOf(index, tokens, s, q.span, (e) => e.id === speakerEntity && quote !== null);
      const time = timeOf(doc, index, tokens, s, q.span);
      const worth = checkworthiness({
        unit: q.unit, bound: q.bound, change: q.change, attributed: quote?.speaker != null, timed: time !== null,
        subject: subject !== null, statement,
      });
      out.push({
        id: `c${out.length + 1}`,
        span: makeSpan(doc.text, q.span.start, q.span.end),
        // A number past Number.MAX_VALUE reads as Infinity: no value rather than a value JSON cannot hold.
        value: Number.isFinite(q.value) ? q.value : null,
        upper: q.upper !== null && Number.isFinite(q.upper) ? q.upper : null,
        unit: q.unit,
        bound: q.bound,
        per: q.per,
        change: q.change,
        subject,
        time,
        quote: quote ? quote.id : null,
        source: quote?.speaker ? quote.speaker.name : null,
        statement: statementOf(doc.text, tokens, s, q.span),
        sentence: s.index,
        checkworthiness: worth.score,
        features: worth.features,
        rule: q.rule,
      });
    }
  });
  return out;
}

/** Longest statement given whole; in a longer sentence, the clause around the quantity (bounded output). */
const STATEMENT_CHARS = 600;
const CLAUSE_ENDS = new Set([';', ':', '.', '!', '?', '\u2014']);

/**
 * The statement that makes a claim: its sentence, or in a sentence over STATEMENT_CHARS the clause around the
 * quantity, cut at clause punctuation and at most STATEMENT_CHARS / 2 on each side.
 */
function statementOf(text: string, tokens: readonly Token[], s: { start: number; end: number }, q: { start: number; end: number }): ReturnType<typeof makeSpan> {
  if (s.end - s.start <= STATEMENT_CHARS) return makeSpan(text, s.start, s.end);
  const lo = firstAtOrAfter(tokens, q.start, (t) => t.start);
  let a = lo;
  while (a > 0 && !CLAUSE_ENDS.has(tokens[a - 1]!.text) && q.start - tokens[a - 1]!.start <= STATEMENT_CHARS / 2) a--;
  let b = lo;
  while (b < tokens.length && tokens[b]!.end <= q.end) b++;
  while (b < tokens.length && !CLAUSE_ENDS.has(tokens[b]!.text) && tokens[b]!.end - q.end <= STATEMENT_CHARS / 2) b++;
  const start = Math.min(q.start, tokens[a]?.start ?? q.start);
  const end = Math.max(q.end, tokens[b - 1]?.end ?? q.end);
  return makeSpan(text, start, end);
}
