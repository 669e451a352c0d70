import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import Ajv2020Module from 'ajv/dist/2020.js';
import { extract, analysisJsonSchema } from '../../src/index.js';
import { SCHEMA_FILE, schemaFileText } from '../../scripts/write-schema.js';
import { corpusArticles } from '../helpers.js';
import { FIXTURE_TEXT, fixtureAnalysis } from '../view/fixture.js';

// ajv is CommonJS: seen from ESM its class is module.exports, which also carries it as .default.
const Ajv2020 = Ajv2020Module.default;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(analysisJsonSchema());
const valid = (x: unknown): boolean => validate(x) as boolean;

describe('JSON Schema', () => {
  test('the committed schema/analysis.schema.json matches the zod schemas (npm run schema rewrites it)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8'), 'schema/analysis.schema.json is stale: run npm run schema').toBe(schemaFileText());
  });

  test('is draft 2020-12 and names its parts', () => {
    const s = analysisJsonSchema();
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(s.$defs as object)).toEqual(expect.arrayContaining(['Span', 'Paragraph', 'Entity', 'Quote', 'Claim', 'Warning']));
  });

  test('accepts a full analysis with quotes, claims and entities', () => {
    expect(valid(fixtureAnalysis()), JSON.stringify(validate.errors)).toBe(true);
    expect(FIXTURE_TEXT.length).toBeGreaterThan(0);
  });

  test.each(corpusArticles().map((a) => [a.name, a.text] as const))('accepts what extract() returns for %s', (_name, text) => {
    const a = JSON.parse(JSON.stringify(extract(text)));
    expect(valid(a), JSON.stringify(validate.errors)).toBe(true);
  });

  test('accepts fields a later version may add', () => {
    expect(valid({ ...fixtureAnalysis(), sentiment: 'calm' })).toBe(true);
  });

  const broken: Array<[string, (a: Record<string, unknown>) => unknown]> = [
    ['a missing field', ({ quotes: _q, ...rest }) => rest],
    ['another schema version', (a) => ({ ...a, schemaVersion: 2 })],
    ['a negative offset', (a) => ({ ...a, title: { start: -1, end: 3, text: 'abc' } })],
    ['an unknown zone', (a) => ({ ...a, paragraphs: [{ start: 0, end: 1, text: 'x', index: 0, zone: 'footer', duplicateOf: null }] })],
    ['an unknown quote kind', (a) => ({ ...a, quotes: [{ ...(a.quotes as object[])[0], kind: 'rumour' }] })],
    ['a check-worthiness above 1', (a) => ({ ...a, claims: [{ ...(a.claims as object[])[0], checkworthiness: 1.5 }] })],
    ['a fractional offset', (a) => ({ ...a, dateline: { start: 0.5, end: 3, text: 'abc' } })],
  ];
  test.each(broken)('rejects %s', (_name, breakIt) => {
    const a = fixtureAnalysis() as unknown as Record<string, unknown>;
    expect(valid(a)).toBe(true);
    expect(valid(breakIt(a))).toBe(false);
  });
});
