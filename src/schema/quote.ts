import * as z from 'zod';
import { Span } from './span.js';

export const QuoteKind = z.enum(['direct', 'indirect', 'mixed']);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Speaker = z.object({
  /** Canonical: "Alex Stamos" even when the text says "Stamos" or "he"; "Netflix and Spotify" for two. */
  name: z.string(),
  /** One canonical name per speaking entity. */
  names: z.array(z.string()),
  /** Entity id; null for unnamed speakers ("critics", "a study"). */
  entity: z.string().nullable(),
  /** The words in this sentence that stand for the speaker ("he", "the company"). */
  mention: Span.nullable(),
  /** "spokeswoman", "Facebook's former privacy chief", ... */
  role: z.string().nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Addressee = z.object({
  name: z.string(),
  entity: z.string().nullable(),
  mention: Span,
});
export type Addressee = z.infer<typeof Addressee>;

export const Quote = z.object({
  id: z.string(),
  /** mixed: reported speech with a quoted fragment. */
  kind: QuoteKind,
  /** The words attributed; null when the text announces a quote that is missing. */
  content: Span.nullable(),
  /** The pieces of a split or multi-paragraph quote, in order (one piece: [content]). */
  parts: z.array(Span),
  speaker: Speaker.nullable(),
  /** "said", "told", "according to", "as pointed out by", "wrote". */
  cue: Span.nullable(),
  addressee: Addressee.nullable(),
  /** "tweet", "blog post", "statement", "interview", "post on X", "filing". */
  medium: z.string().nullable(),
  sentence: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
  /** Which rule produced it, for debugging. */
  rule: z.string(),
});
export type Quote = z.infer<typeof Quote>;
