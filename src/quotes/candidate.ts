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
  /** A speaker known without a phrase in the sentence (the interviewee of a Q-and-A). */
  speakerEntity?: Entity | null;
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

/** Where a candidate stands in the text, for ordering. */
export function anchorOf(c: Candidate, tokens: ReadonlyArray<{ start: number }>): number {
  if (c.parts.length > 0) return c.parts[0]![0];
  if (c.cue) return tokens[c.cue.from]!.start;
  return 0;
}
