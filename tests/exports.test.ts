import { describe, expect, test } from 'vitest';
import * as whosaid from '../src/index.js';

describe('public API', () => {
  test('exports exactly these names (an accidental export fails here)', () => {
    expect(Object.keys(whosaid).sort()).toEqual([
      'Addressee', 'Analysis', 'Bound', 'Byline', 'Claim', 'DEFAULT_MAX_CHARS', 'Entity', 'EntityType', 'ExtractOptions',
      'Gold', 'Mention', 'MentionKind', 'Paragraph', 'Quote', 'QuoteKind', 'SCHEMA_VERSION', 'Sentence', 'Span', 'Speaker',
      'WARNING_CODES', 'Warning', 'Zone', 'addScores', 'analysisJsonSchema', 'createDoc', 'evaluate', 'extract',
      'findClaims', 'findEntities', 'findQuantities', 'findQuotes', 'normalize', 'parseNumber', 'segment',
      'splitSentences', 'summarize', 'toHtml',
    ].sort());
  });

  test('the stages compose to extract()', () => {
    const text = 'Budget passes\n\nBy Ann Lee\n\nThe council approved $2.3 billion, Mayor Tom Reyes said on Tuesday.';
    const doc = whosaid.createDoc(text);
    const entities = whosaid.findEntities(doc);
    const quotes = whosaid.findQuotes(doc, entities);
    const claims = whosaid.findClaims(doc, entities, quotes.quotes);
    const a = whosaid.extract(text);
    expect(a.entities).toEqual(entities);
    expect(a.quotes).toEqual(quotes.quotes);
    expect(a.claims).toEqual(claims);
    expect(claims[0]?.value).toBe(2.3e9);
    expect(claims[0]?.source).toBe('Tom Reyes');
  });

  test('caller mistakes throw whosaid: errors', () => {
    expect(() => whosaid.extract(42 as unknown as string)).toThrow(/^whosaid: expecting the article as a string/);
    expect(() => whosaid.extract('x', { maxChars: 0 })).toThrow(/^whosaid:/);
    expect(() => whosaid.extract('x'.repeat(20), { maxChars: 10 })).toThrow(/^whosaid: expecting a text of at most 10/);
    expect(() => whosaid.extract('x', { publishedAt: 'yesterday' })).toThrow(/^whosaid: expecting options.publishedAt/);
    expect(() => whosaid.extract('x', { colour: 'red' } as never)).toThrow(/^whosaid:/);
    expect(() => whosaid.extract('x', { publishedAt: '2026-02-30' })).toThrow(/^whosaid: expecting options.publishedAt to be a real calendar date/);
    expect(() => whosaid.extract('x', { publishedAt: '2026-13-45' })).toThrow(/^whosaid:/);
    expect(whosaid.extract('x', { publishedAt: '2028-02-29' }).schemaVersion).toBe(1);
  });
});
