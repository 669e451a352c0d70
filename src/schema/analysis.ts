import * as z from 'zod';
import { Span } from './span.js';
import { Byline, Paragraph, Sentence, Warning } from './structure.js';
import { Entity } from './entity.js';
import { Quote } from './quote.js';
import { Claim } from './claim.js';

export const SCHEMA_VERSION = 1 as const;

export const Analysis = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: Span.nullable(),
  byline: Byline.nullable(),
  /** "CHICAGO (Metro Wire) —" at the start of the body. */
  dateline: Span.nullable(),
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  claims: z.array(Claim),
  warnings: z.array(Warning),
});
export type Analysis = z.infer<typeof Analysis>;
