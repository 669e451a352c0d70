import * as z from 'zod';
import { Span } from './span.js';
import { Byline, Paragraph, Sentence, Warning, Zone } from './structure.js';
import { Entity, EntityType, Mention, MentionKind } from './entity.js';
import { Addressee, Quote, QuoteKind, Speaker } from './quote.js';
import { Bound, Claim } from './claim.js';
import { Analysis, SCHEMA_VERSION } from './analysis.js';

/** The named definitions of the JSON Schema ($defs), with what each one is. */
const DEFINITIONS: ReadonlyArray<readonly [z.ZodType, string, string]> = [
  [Span, 'Span', 'A stretch of the input: input.slice(start, end) === text, end exclusive, offsets in UTF-16 code units.'],
  [Zone, 'Zone', 'What part of the page a paragraph is.'],
  [Paragraph, 'Paragraph', 'A paragraph of the input with its zone; duplicateOf is the index of an earlier identical paragraph.'],
  [Sentence, 'Sentence', 'A sentence of the input and the paragraph it is in.'],
  [Byline, 'Byline', 'The byline and the names read from it.'],
  [Warning, 'Warning', 'A problem in the article (never a failure): code, message and where.'],
  [EntityType, 'EntityType', 'The kind of an entity.'],
  [MentionKind, 'MentionKind', 'How an entity is mentioned.'],
  [Mention, 'Mention', 'One place an entity is mentioned.'],
  [Entity, 'Entity', 'A person, organisation, place, product, event, law or date, with its mentions.'],
  [QuoteKind, 'QuoteKind', 'direct (in quotation marks), indirect (reported) or mixed (reported with a quoted fragment).'],
  [Speaker, 'Speaker', 'Who is quoted, by canonical name.'],
  [Addressee, 'Addressee', 'Who the words were said to ("told The Times").'],
  [Quote, 'Quote', 'Who said what: speaker, cue and content; content is null when the text announces a quote that is missing.'],
  [Bound, 'Bound', 'How a number is bounded: exact, approx, lower ("over"), upper ("up to") or range.'],
  [Claim, 'Claim', 'A numeric claim: the quantity, its unit, rate and bound, who asserts it and how worth checking it is.'],
];

/**
 * The JSON Schema (draft 2020-12) of an Analysis, generated from the zod schemas, for consumers in other
 * languages. Objects allow properties beyond the listed ones: later versions may add fields, never rename or
 * remove them. The same schema is committed as schema/analysis.schema.json (`npm run schema` rewrites it).
 */
export function analysisJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id?: string; title?: string; description?: string }>();
  for (const [schema, id, description] of DEFINITIONS) registry.add(schema, { id, description });
  registry.add(Analysis, {
    title: 'whosaid Analysis',
    description: `What whosaid's extract() returns for one article (schemaVersion ${SCHEMA_VERSION}).`,
  });
  return z.toJSONSchema(Analysis, {
    metadata: registry,
    io: 'output',
    unrepresentable: 'throw',
    override: (ctx) => {
      if (ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
    },
  }) as Record<string, unknown>;
}
