import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_CHARS, ExtractOptions, extract } from '../../src/index.js';
import { ROOT } from '../helpers.js';
import { runExtract } from './check-analysis.js';

/**
 * A caller's mistake throws at once, with a message starting "whosaid:"; nothing else ever throws. "At once":
 * before any analysis, so a mistake costs no time even with a long text.
 */
const RUNS = Number(process.env.WHOSAID_PROPERTY_RUNS ?? 400);
const ARTICLE = 'Title\n\nBy Ann Lee\n\nOn Monday, Ann Lee said "prices rose 5% last year." Bob agreed, she told reporters.';

function thrown(f: () => unknown): Error | null {
  try {
    f();
    return null;
  } catch (e) {
    return e as Error;
  }
}

describe('hostile: a text that is not a string throws a whosaid: TypeError', () => {
  test.each<[string, unknown]>([
    ['undefined', undefined], ['null', null], ['a number', 42], ['NaN', Number.NaN], ['a boolean', true],
    ['an object', { text: 'x' }], ['an array', ['x']], ['a String object', new String('x')],
    ['bytes', new TextEncoder().encode('x')], ['a symbol', Symbol('x')], ['a function', () => 'x'], ['a bigint', 10n],
    ['a Date', new Date(0)],
  ])('%s', (_name, value) => {
    const e = thrown(() => extract(value as string));
    expect(e).toBeInstanceOf(TypeError);
    expect(e!.message).toMatch(/^whosaid: expecting the article as a string, instead found /);
  });

  test('any value that is not a string', () => {
    fc.assert(fc.property(fc.anything().filter((x) => typeof x !== 'string'), (value) => {
      expect(thrown(() => extract(value as string))?.message).toMatch(/^whosaid: /);
    }), { numRuns: RUNS });
  });
});

describe('hostile: options of the wrong shape throw a whosaid: TypeError naming the option', () => {
  test.each<[string, unknown, RegExp]>([
    ['a string', 'yes', /^whosaid: expecting options to be valid/],
    ['a number', 42, /^whosaid: expecting options to be valid/],
    ['an array', [], /^whosaid: expecting options to be valid/],
    ['true', true, /^whosaid: expecting options to be valid/],
    ['an unknown option', { colour: 'red' }, /^whosaid: expecting options to be valid/],
    ['a misspelt option', { publishedat: '2026-02-18' }, /^whosaid: expecting options to be valid/],
    ['maxChars zero', { maxChars: 0 }, /^whosaid: expecting options\.maxChars to be valid/],
    ['maxChars negative', { maxChars: -1 }, /^whosaid: expecting options\.maxChars/],
    ['maxChars a fraction', { maxChars: 1.5 }, /^whosaid: expecting options\.maxChars/],
    ['maxChars NaN', { maxChars: Number.NaN }, /^whosaid: expecting options\.maxChars/],
    ['maxChars Infinity', { maxChars: Number.POSITIVE_INFINITY }, /^whosaid: expecting options\.maxChars/],
    ['maxChars a string', { maxChars: '100' }, /^whosaid: expecting options\.maxChars/],
    ['publishedAt a word', { publishedAt: 'yesterday' }, /^whosaid: expecting options\.publishedAt/],
    ['publishedAt a number', { publishedAt: 20260218 }, /^whosaid: expecting options\.publishedAt/],
    ['publishedAt US order', { publishedAt: '02/18/2026' }, /^whosaid: expecting options\.publishedAt/],
    ['publishedAt an invalid Date', { publishedAt: new Date('nope') }, /^whosaid: expecting options\.publishedAt/],
    ['publishedAt a six-digit year', { publishedAt: '+275760-09-13' }, /^whosaid: expecting options\.publishedAt/],
  ])('%s', (_name, options, expected) => {
    const e = thrown(() => extract(ARTICLE, options as never));
    expect(e).toBeInstanceOf(TypeError);
    expect(e!.message).toMatch(expected);
  });

  test('any options value: the schema rejects it and extract() throws whosaid:, or it accepts it and the result is sound', () => {
    const options = fc.oneof(
      fc.anything(),
      fc.record({ publishedAt: fc.anything(), maxChars: fc.anything() }, { requiredKeys: [] }),
      fc.record({ publishedAt: fc.oneof(fc.date(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)) }),
    );
    fc.assert(fc.property(options, (o) => {
      if (ExtractOptions.safeParse(o ?? {}).success) {
        const e = thrown(() => extract(ARTICLE, o as never));
        if (e) expect(e.message).toMatch(/^whosaid: /);
        else expect(runExtract(ARTICLE, o as never).problems).toEqual([]);
      } else {
        expect(thrown(() => extract(ARTICLE, o as never))?.message).toMatch(/^whosaid: expecting options/);
      }
    }), { numRuns: RUNS });
  });

  test.each<[string, Date | string]>([
    ['the latest Date there is', new Date(8.64e15)],
    ['the earliest Date there is', new Date(-8.64e15)],
    ['year 0000', '0000-01-01'],
    ['month 13', '2026-13-45'],
    ['February 30th', '2026-02-30'],
  ])('publishedAt %s: throws whosaid: or gives a sound result', (_name, publishedAt) => {
    const e = thrown(() => extract(ARTICLE, { publishedAt }));
    if (e) expect(e.message).toMatch(/^whosaid: expecting options\.publishedAt/);
    else expect(runExtract(ARTICLE, { publishedAt }).problems).toEqual([]);
  });

  test('a mistake throws before any analysis, even with a long text', () => {
    const long = ARTICLE.repeat(40_000); // about 4 MB
    const t0 = performance.now();
    expect(thrown(() => extract(long, { colour: 'red' } as never))?.message).toMatch(/^whosaid:/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('hostile: a text longer than options.maxChars throws a whosaid: RangeError', () => {
  test.each([
    ['one under the limit', 10, 9, false],
    ['exactly at the limit', 10, 10, false],
    ['one over the limit', 10, 11, true],
    ['far over the limit', 1, 1000, true],
  ])('%s', (_name, maxChars, length, throws) => {
    const e = thrown(() => extract('x'.repeat(length), { maxChars }));
    if (!throws) {
      expect(e).toBeNull();
    } else {
      expect(e).toBeInstanceOf(RangeError);
      expect(e!.message).toBe(
        `whosaid: expecting a text of at most ${maxChars} characters (options.maxChars), instead found ${length}`);
    }
  });

  test('the default limit is 10,000,000 characters, checked at once', () => {
    expect(DEFAULT_MAX_CHARS).toBe(10_000_000);
    const tooLong = ' '.repeat(DEFAULT_MAX_CHARS + 1);
    const t0 = performance.now();
    const e = thrown(() => extract(tooLong));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(e).toBeInstanceOf(RangeError);
    expect(e!.message).toMatch(/^whosaid: expecting a text of at most 10000000 characters/);
  });

  test('raising maxChars lets a longer text through', () => {
    const text = ' '.repeat(DEFAULT_MAX_CHARS + 1);
    expect(thrown(() => extract(text, { maxChars: DEFAULT_MAX_CHARS + 1 }))).toBeNull();
  });

  test('the README states the default', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/maxChars/);
    expect(readme).toContain(DEFAULT_MAX_CHARS.toLocaleString('en-US'));
  });
});
