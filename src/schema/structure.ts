import * as z from 'zod';
import { Span } from './span.js';

export const Zone = z.enum(['title', 'byline', 'dateline', 'heading', 'body', 'caption', 'boilerplate']);
export type Zone = z.infer<typeof Zone>;

export const Paragraph = Span.extend({
  index: z.number().int().nonnegative(),
  zone: Zone,
  /** Index of the first paragraph with the same text (whitespace folded), or null. */
  duplicateOf: z.number().int().nonnegative().nullable(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Sentence = Span.extend({
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

export const Byline = z.object({
  span: Span,
  names: z.array(z.string()),
});
export type Byline = z.infer<typeof Byline>;

export const Warning = z.object({
  /** Machine-readable: see WARNING_CODES in src/schema/warning-codes.ts. */
  code: z.string(),
  message: z.string(),
  span: Span.nullable(),
});
export type Warning = z.infer<typeof Warning>;
