export { extract, createDoc } from './extract.js';
export type { Doc } from './doc.js';
export { segment, splitSentences, type Structure } from './segment/index.js';
export { findEntities } from './entities/index.js';
export { findQuotes, type QuoteResult } from './quotes/index.js';
export { findClaims, findQuantities, parseNumber, type Quantity } from './claims/index.js';
export { normalize } from './text/normalize.js';
export { toHtml } from './view/index.js';
export { analysisJsonSchema } from './schema/json-schema.js';
export { evaluate, addScores, summarize, Gold, type Score, type Summary } from './eval/index.js';
export {
  Span, Zone, Paragraph, Sentence, Byline, Warning, EntityType, MentionKind, Mention, Entity, QuoteKind, Speaker,
  Addressee, Quote, Bound, Claim, Analysis, SCHEMA_VERSION, ExtractOptions, DEFAULT_MAX_CHARS, WARNING_CODES,
  type WarningCode,
} from './schema/index.js';
