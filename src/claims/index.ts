import { type Doc, isBody } from '../doc.js';
import type { Claim } from '../schema/claim.js';
import type { Entity } from '../schema/entity.js';
import type { Quote } from '../schema/quote.js';
import { makeSpan } from '../text/span.js';
import { firstAtOrAfter } from '../text/search.js';
import type { Token } from '../nlp/tokens.js';
import { buildLinkIndex, buildQuoteIndex, quoteOf, subjectOf, timeOf } from './01-link.js';
import { checkworthiness, statementFeatures } from './02-checkworthiness.js';
import { type Quantity, carryUnits, findQuantities } from './quantities.js';
import { singular } from './units.js';
import { SUBJECT_COUNT_VERBS } from '../lexicons/numbers.js';

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
  if (sentences.length === 0) return out;
  // A bare count ("About 4.2 million") takes the counted noun of the sentences just before it.
  const found: Quantity[][] = [];
  for (const s of sentences) found.push(findQuantities(doc.norm, s.start, s.end, doc.text));
  const perSentence = carryUnits(found);
  if (perSentence.every((qs) => qs.length === 0)) return out;
  const index = buildLinkIndex(entities, sentences.filter((_, i) => perSentence[i]!.length > 0));
  const quoteIndex = buildQuoteIndex(quotes);
  sentences.forEach((s, i) => {
    const quantities = perSentence[i]!;
    if (quantities.length === 0) return;
    const [from, to] = doc.sentenceTokens[s.index] ?? [0, 0];
    const tokens = doc.tokens.slice(from, to);
    const statement = statementFeatures(tokens);
    for (let qi = 0; qi < quantities.length; qi++) {
      const q = sharedBound(withSubjectUnit(quantities[qi]!, tokens), quantities[qi - 1], doc.norm);
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

/**
 * "about 109,000 hospitalizations and 900 deaths": an approximation before a list of counts holds for each of
 * them. Only when nothing but "and" or "or" stands between the two (the first count's noun is part of it):
 * "about $62 billion in assets and 410 branches" states the branches exactly.
 */
function sharedBound(q: Quantity, prev: Quantity | undefined, norm: string): Quantity {
  if (!prev || prev.bound !== 'approx' || q.bound !== 'exact' || q.span.start - prev.span.end > 40) return q;
  const between = norm.slice(prev.span.end, q.span.start).trim();
  if (between !== 'and' && between !== 'or') return q;
  return { ...q, bound: 'approx', rule: `${q.rule}+bound:shared` };
}

const countVerbs = new Set(SUBJECT_COUNT_VERBS);

/**
 * A bare count takes the plural noun its sentence's subject counts: "initial claims for unemployment benefits
 * fell by 7,000 to 221,000" counts claims. The subject is the noun phrase right before a verb of change or
 * standing, and its head the last noun before a preposition in it; between the verb and the number only "by",
 * "to", "from", "about"-like words and other numbers may stand.
 */
function withSubjectUnit(q: Quantity, tokens: readonly Token[]): Quantity {
  if (q.unit !== null || !/^(number|range)/.test(q.rule) || q.rule.includes('score')) return q;
  let k = firstAtOrAfter(tokens, q.span.start, (t) => t.start) - 1;
  while (k >= 0 && (tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'ADV' ||
    tokens[k]!.pos === 'SYM' || tokens[k]!.text === '%') && !countVerbs.has(tokens[k]!.lower)) k--;
  if (k < 1 || !countVerbs.has(tokens[k]!.lower) || tokens[k]!.pos !== 'VERB') return q;
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
  // The noun phrase before the verb, back to where it starts; its head is its last noun before a preposition.
  let start = j;
  while (start > 0 && ['NOUN', 'ADJ', 'ADP', 'DET', 'PROPN', 'PART'].includes(tokens[start - 1]!.pos) && k - start < 12) start--;
  let head: Token | null = null;
  for (let m = start; m <= j; m++) {
    const t = tokens[m]!;
    if (t.pos === 'ADP') break;
    if (t.pos === 'NOUN') head = t;
  }
  if (!head || !head.lower.endsWith('s') || head.lower.endsWith('ss')) return q;
  const unit = singular(head.lower);
  return unit === head.lower ? q : { ...q, unit, rule: `${q.rule}+subject` };
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
