import * as z from 'zod';
import { Span } from './span.js';

export const Bound = z.enum(['exact', 'approx', 'lower', 'upper', 'range']);
export type Bound = z.infer<typeof Bound>;

export const Claim = z.object({
  id: z.string(),
  /** The quantity phrase: "over 70 million users", "$35 a month", "50-million-user". */
  span: Span,
  /** For a range, its lower end. */
  value: z.number().nullable(),
  /** For a range, its upper end. */
  upper: z.number().nullable(),
  /** ISO 4217 for money, "%" for percent, "percentage point", a singular noun for counted things, a symbol for measures. */
  unit: z.string().nullable(),
  bound: Bound,
  /** Rate: "month" for "each month" / "a month" / "per month". */
  per: z.string().nullable(),
  change: z.enum(['up', 'down']).nullable(),
  /** Entity id the number is about. */
  subject: z.string().nullable(),
  /** The time it holds for ("in September", "since 2022"). */
  time: Span.nullable(),
  /** Id of the quote whose content contains it. */
  quote: z.string().nullable(),
  /** Canonical name of who asserts it: the quote's speaker, else null (the article itself). */
  source: z.string().nullable(),
  /** The clause or sentence that makes the claim. */
  statement: Span,
  sentence: z.number().int().nonnegative(),
  /** 0..1, from the features listed in `features`. */
  checkworthiness: z.number().min(0).max(1),
  /** The transparent features behind checkworthiness ("quantity", "change", "attributed", ...). */
  features: z.array(z.string()),
  /** Which rule produced it, for debugging. */
  rule: z.string(),
});
export type Claim = z.infer<typeof Claim>;
