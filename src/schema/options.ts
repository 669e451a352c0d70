import * as z from 'zod';

/** The longest text extract() accepts by default: 10 million UTF-16 code units (about 10 MB of English). */
export const DEFAULT_MAX_CHARS = 10_000_000;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T[0-9:.+-]*Z?)?$/, 'an ISO 8601 date such as "2026-02-17"');

export const ExtractOptions = z
  .object({
    /** When the article was published: resolves "on Wednesday", "in March", "last year". */
    publishedAt: z.union([IsoDate, z.date()]).nullable().optional(),
    /** Texts longer than this throw; raise it deliberately for very long inputs. */
    maxChars: z.number().int().positive().optional(),
  })
  .strict();
export type ExtractOptions = z.infer<typeof ExtractOptions>;
