import { SCHEMA_VERSION, type Analysis } from './schema/analysis.js';
import type { ExtractOptions } from './schema/options.js';
import { resolveOptions } from './options.js';
import { normalize } from './text/normalize.js';
import { segment } from './segment/index.js';
import { type Doc, buildDoc } from './doc.js';
import { findEntities } from './entities/index.js';
import { findQuotes } from './quotes/index.js';
import { findClaims } from './claims/index.js';

/**
 * The document every stage reads: the text, its normalised copy, its structure (paragraphs, zones, sentences)
 * and its tokens. Checks the caller's arguments (a mistake throws a "whosaid:" error).
 */
export function createDoc(text: string, options?: ExtractOptions): Doc {
  const resolved = resolveOptions(text, options);
  const norm = normalize(text);
  return buildDoc(text, norm, resolved, segment(text, norm));
}

/**
 * Reads an article given as plain text and says who said what, and which numbers it asserts.
 * Synchronous, pure and deterministic; every span is an exact [start, end) slice of `text`.
 */
export function extract(text: string, options?: ExtractOptions): Analysis {
  const doc = createDoc(text, options);
  const entities = findEntities(doc);
  const quotes = findQuotes(doc, entities);
  const claims = findClaims(doc, entities, quotes.quotes);
  const { structure } = doc;
  return {
    schemaVersion: SCHEMA_VERSION,
    title: structure.title,
    byline: structure.byline,
    dateline: structure.dateline,
    paragraphs: structure.paragraphs,
    sentences: structure.sentences,
    entities,
    quotes: quotes.quotes,
    claims,
    warnings: [...structure.warnings, ...quotes.warnings],
  };
}
