import * as z from 'zod';

/**
 * A stretch of the input: `input.slice(start, end) === text`, `end` exclusive,
 * offsets in UTF-16 code units (plain JavaScript string indexes).
 */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;
