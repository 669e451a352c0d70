import type { Doc } from '../doc.js';
import type { Entity } from '../schema/entity.js';
import type { Paragraph } from '../schema/structure.js';
import { trimRange } from '../text/span.js';
import { type Candidate, newCandidate } from './candidate.js';
import { tokenAtOrAfter } from './token-search.js';

const QUESTION = /^(?:Q|Question)\s?[:.]\s/;
const ANSWER = /^(?:A|Answer)\s?[:.]\s/;
/** The prefixes, tested only on paragraphs opening with their letter (most open with neither). */
const isQuestion = (p: Paragraph): boolean => p.text.startsWith('Q') && QUESTION.test(p.text);
const isAnswer = (p: Paragraph): boolean => p.text.startsWith('A') && ANSWER.test(p.text);

/**
 * A question-and-answer interview: paragraphs opening "Q:" and "A:". Every answer is a direct quote of the
 * interviewee, and so is a paragraph without a prefix that follows an answer. The interviewee is the person
 * the introduction names most often (the byline's names aside). Returns no candidates for other articles.
 */
export function interviewAnswers(doc: Doc, body: readonly Paragraph[], entities: readonly Entity[]): Candidate[] {
  if (countUpTo(body, isQuestion, 2) < 2 || countUpTo(body, isAnswer, 2) < 2) return [];
  const firstQ = body.find(isQuestion)!;
  const bylines = new Set(doc.structure.byline?.names ?? []);
  let best: Entity | null = null;
  let bestCount = 0;
  for (const e of entities) {
    if (e.type !== 'person' || bylines.has(e.name)) continue;
    const intro = e.mentions.filter((m) => m.start < firstQ.start).length;
    const all = e.mentions.length;
    const score = intro * 10 + all;
    if (score > bestCount) {
      best = e;
      bestCount = score;
    }
  }
  const out: Candidate[] = [];
  let inAnswer = false;
  let previous: Candidate | null = null;
  for (const p of body) {
    if (isQuestion(p)) {
      inAnswer = false;
      continue;
    }
    const answer = isAnswer(p);
    if (!answer && !inAnswer) continue;
    inAnswer = true;
    const prefix = answer ? (p.text.match(ANSWER)?.[0].length ?? 0) : 0;
    const [s, e] = trimRange(doc.norm, p.start + prefix, p.end);
    if (s >= e) continue;
    const t = doc.tokens[tokenAtOrAfter(doc.tokens, s)];
    const c = newCandidate('direct', [[s, e]], null, null, Math.max(0, t?.sentence ?? 0), p.index,
      answer ? 'interview-answer' : 'interview-continuation', best ? 0.8 : 0.5);
    c.continues = answer ? null : previous;
    c.speakerEntity = best;
    c.medium = 'interview';
    out.push(c);
    previous = c;
  }
  return out;
}

/** How many paragraphs pass `ok`, counting no further than `enough`. */
function countUpTo(ps: readonly Paragraph[], ok: (p: Paragraph) => boolean, enough: number): number {
  let n = 0;
  for (const p of ps) if (ok(p) && ++n >= enough) break;
  return n;
}
