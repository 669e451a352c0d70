export { Span } from './span.js';
export { Zone, Paragraph, Sentence, Byline, Warning } from './structure.js';
export { EntityType, MentionKind, Mention, Entity } from './entity.js';
export { QuoteKind, Speaker, Addressee, Quote } from './quote.js';
export { Bound, Claim } from './claim.js';
export { Analysis, SCHEMA_VERSION } from './analysis.js';
export { ExtractOptions, DEFAULT_MAX_CHARS } from './options.js';
export { WARNING_CODES, type WarningCode } from './warning-codes.js';
