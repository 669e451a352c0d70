import * as z from 'zod';
import { Span } from './span.js';

export const EntityType = z.enum(['person', 'organization', 'place', 'product', 'event', 'law', 'date']);
export type EntityType = z.infer<typeof EntityType>;

export const MentionKind = z.enum(['name', 'alias', 'pronoun', 'description']);
export type MentionKind = z.infer<typeof MentionKind>;

export const Mention = Span.extend({
  sentence: z.number().int().nonnegative(),
  kind: MentionKind,
});
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  /** Stable within one analysis: "e1", "e2", ... */
  id: z.string(),
  /** Canonical: the fullest proper form in the article. */
  name: z.string(),
  type: EntityType,
  /** Other surface forms seen in the text. */
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  /** Dates: ISO 8601 when resolvable ("2026-02-17", "2026-03"), else null. */
  value: z.string().nullable().optional(),
  /** People: the grammatical gender the text gives them (pronouns, titles, first names), when it does. */
  gender: z.enum(['female', 'male']).nullable().optional(),
});
export type Entity = z.infer<typeof Entity>;
