import type { Doc } from '../doc.js';
import type { Entity } from '../schema/entity.js';
import type { Paragraph } from '../schema/structure.js';
import { trimRange } from '../text/span.js';
import type { Candidate } from './candidate.js';
import { tokenAtOrAfter } from './token-search.js';

const QUESTION = /^(?:Q|Question)\s?[:.]\s/;
const ANSWER = /^(?:A|Answer)\s?[:.]\s/;

/**
 * A question-and-answer interview: paragraphs opening "Q:" and "A:". Every answer is a direct quote of the
 * interviewee, and so is a paragraph without a prefix that follows an answer. The interviewee is the person
 * the introduction names most often (the byline's names aside). Returns no candidates for other articles.
 */
export function interviewAnswers(doc: Doc, body: readonly Paragraph[], entities: readonly Entity[]): Candidate[] {
  const questions = body.filter((p) => QUESTION.test(p.text)).length;
  const answers = body.filter((p) => ANSWER.test(p.text)).length;
  if (questions < 2 || answers < 2) return [];
  const firstQ = body.find((p) => QUESTION.test(p.text))!;
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
    if (QUESTION.test(p.text)) {
      inAnswer = false;
      continue;
    }
    const isAnswer = ANSWER.test(p.text);
    if (!isAnswer && !inAnswer) continue;
    inAnswer = true;
    const prefix = isAnswer ? (p.text.match(ANSWER)?.[0].length ?? 0) : 0;
    const [s, e] = trimRange(doc.norm, p.start + prefix, p.end);
    if (s >= e) continue;
    const t = doc.tokens[tokenAtOrAfter(doc.tokens, s)];
    const c: Candidate = {
      kind: 'direct', parts: [[s, e]], speaker: null, continues: isAnswer ? null : previous, speakerEntity: best,
      cue: null, addressee: null, medium: 'interview', sentence: Math.max(0, t?.sentence ?? 0), paragraph: p.index,
      rule: isAnswer ? 'interview-answer' : 'interview-continuation', confidence: best ? 0.8 : 0.5, open: false,
    };
    out.push(c);
    previous = c;
  }
  return out;
}
