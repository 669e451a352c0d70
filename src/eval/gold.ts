import * as z from 'zod';

/** The gold annotation format of ../shared/corpus/GOLD-FORMAT.md: every string is copied from the text. */
export const GoldQuote = z.object({
  speaker: z.array(z.string()),
  speakerText: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  cue: z.string().nullable(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  content: z.string().nullable(),
  sentence: z.string().nullable().optional(),
  addressee: z.string().nullable().optional(),
  medium: z.string().nullable().optional(),
  optional: z.boolean().optional(),
});
export type GoldQuote = z.infer<typeof GoldQuote>;

export const GoldEntity = z.object({
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()).optional(),
  optional: z.boolean().optional(),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldClaim = z.object({
  text: z.string(),
  value: z.number().nullable(),
  upper: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
  bound: z.enum(['exact', 'approx', 'lower', 'upper', 'range']).optional(),
  per: z.string().nullable().optional(),
  change: z.enum(['up', 'down']).nullable().optional(),
  attributedTo: z.string().nullable().optional(),
  sentence: z.string().optional(),
  optional: z.boolean().optional(),
});
export type GoldClaim = z.infer<typeof GoldClaim>;

export const Gold = z.object({
  id: z.string(),
  text: z.string(),
  title: z.string().nullable().optional(),
  byline: z.union([z.string(), z.array(z.string())]).nullable().optional(),
  dateline: z.string().nullable().optional(),
  headings: z.array(z.string()).optional(),
  bodyEndsBefore: z.string().nullable().optional(),
  boilerplate: z.array(z.string()).optional(),
  duplicateParagraphs: z.array(z.tuple([z.string(), z.number()])).optional(),
  quotes: z.array(GoldQuote).default([]),
  notQuotes: z.array(z.string()).optional(),
  entities: z.array(GoldEntity).default([]),
  claims: z.array(GoldClaim).default([]),
  boilerplateClaims: z.array(GoldClaim.partial()).optional(),
  notClaims: z.array(z.string()).optional(),
  notes: z.string().optional(),
});
export type Gold = z.infer<typeof Gold>;
