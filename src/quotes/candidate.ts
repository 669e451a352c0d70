import type { QuoteKind } from '../schema/quote.js';
import type { Entity } from '../schema/entity.js';
import type { Range, SpeakerPhrase } from './03-phrases.js';

/** A quote before its speaker is resolved: offsets into the text, token ranges into doc.tokens. */
export interface Candidate {
  kind: QuoteKind;
  /** Character ranges [start, end) of the content pieces; empty when the quote is missing. */
  parts: Array<[number, number]>;
  speaker: SpeakerPhrase | null;
  /** A quote that continues another takes that one's speaker. */
  continues: Candidate | null;
  /** A speaker known without a phrase in the sentence (the interviewee of a Q-and-A); null for every other. */
  speakerEntity: Entity | null;
  cue: Range | null;
  addressee: Range | null;
  medium: string | null;
  sentence: number;
  paragraph: number;
  rule: string;
  confidence: number;
  /** The closing mark was missing at the paragraph's end (a quote that runs on into the next one). */
  open: boolean;
}

/**
 * The one way to make a Candidate: every field present, always in the same order, so that all candidates share
 * one hidden class and the functions reading them stay monomorphic (candidates built as literals in several
 * places, one with an optional field, or copied by spread, made V8 deoptimise and recompile them).
 * The fields not given start empty (no continuation, no speaker entity, addressee or medium, not open); the
 * callers set those they know after making it.
 */
export function newCandidate(kind: QuoteKind, parts: Array<[number, number]>, speaker: SpeakerPhrase | null, cue: Range | null,
  sentence: number, paragraph: number, rule: string, confidence: number): Candidate {
  return {
    kind, parts, speaker, continues: null, speakerEntity: null, cue, addressee: null, medium: null, sentence, paragraph, rule, confidence,
    open: false,
  };
}

/**
 * No parts, for a quote whose words are missing, in an array of the same element kind as a filled one: an empty
 * literal `[]` has another hidden class, and the sorts reading `parts` deoptimised when the first one came.
 */
export function noParts(): Array<[number, number]> {
  const parts: Array<[number, number]> = [[0, 0]];
  parts.pop();
  return parts;
}

/** Where a candidate stands in the text, for ordering. */
export function anchorOf(c: Candidate, tokens: ReadonlyArray<{ start: number }>): number {
  if (c.parts.length > 0) return c.parts[0]![0];
  if (c.cue) return tokens[c.cue.from]!.start;
  return 0;
}
