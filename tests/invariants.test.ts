import { describe, expect, test } from 'vitest';
import { Analysis, WARNING_CODES, createDoc, extract } from '../src/index.js';
import { HAS_SHARED, collectSpans, corpusArticles, readShared } from './helpers.js';

function checkInvariants(text: string): void {
  const a = extract(text);
  Analysis.parse(a);
  const spans = collectSpans(a);
  for (const s of spans) {
    expect(s.start, s.path).toBeLessThanOrEqual(s.end);
    expect(s.end, s.path).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end), s.path).toBe(s.text);
  }
  for (const w of a.warnings) expect(Object.keys(WARNING_CODES), w.code).toContain(w.code);
  expect(JSON.stringify(extract(text))).toBe(JSON.stringify(a));
}

const corpus = corpusArticles();

describe('invariants: every span is a slice of the input, every result passes the schema', () => {
  test.each(corpus.map((c) => [c.name, c.text] as const))('corpus %s', (_name, text) => checkInvariants(text));

  test.skipIf(!HAS_SHARED)('seed article (../shared)', () => {
    checkInvariants(readShared('corpus/seed/facebook-messages.txt')!);
  });

  test.skipIf(!HAS_SHARED)('PolNeAR dev and Wikinews texts (../shared)', () => {
    const texts: string[] = [];
    for (const rel of ['external/quotes/polnear_dev.jsonl', 'external/wikinews/wikinews.jsonl']) {
      for (const line of readShared(rel)!.split('\n')) if (line.trim()) texts.push(JSON.parse(line).text as string);
    }
    expect(texts.length).toBeGreaterThan(300);
    for (const t of texts) checkInvariants(t);
  });

  test.each([
    ['a possessive taught whole by an earlier text', "Quorvath's plan failed, Zembla Fenwick said.", "We read Quorvath's, then left."],
    ['a possessive before a closing quote', "Quorvath's plan failed, Zembla Fenwick said.", "We read “Quorvath's” then left."],
  ])('the same tokens and output whatever was analysed before: %s', (_name, text, other) => {
    const tokens = JSON.stringify(createDoc(text).tokens);
    const before = JSON.stringify(extract(text));
    extract(other);
    expect(JSON.stringify(createDoc(text).tokens)).toBe(tokens);
    expect(JSON.stringify(extract(text))).toBe(before);
  });

  test.each([
    ['empty', ''],
    ['whitespace', ' \n\n \t \r\n '],
    ['CRLF and no-break spaces', 'Title\r\n\r\nBy Ann Lee\r\n\r\nShe said\u00a0"yes."\r\n'],
    ['lone surrogate', 'A \ud800 b. "C \udc00 d," he said.'],
  ])('edge input: %s', (_name, text) => checkInvariants(text));
});
