import { describe, expect, test } from 'vitest';
import { parseNumber, scanNumbers } from '../src/claims/numbers.js';

const near = (a: number | null, b: number): boolean => a !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('parseNumber: digits', () => {
  test.each([
    ['plain digits', '1200', 1200],
    ['thousands separators', '1,234,567', 1234567],
    ['decimals', '4.800', 4.8],
    ['a leading decimal point', '.08', 0.08],
    ['Indian grouping', '4,91,207', 491207],
    ['Indian grouping with decimals', '12,34,567.89', 1234567.89],
    ['space grouping', '1 234 567', 1234567],
    ['a decimal comma', '5,00', 5],
    ['a negative number', '-9.25', -9.25],
    ['an exponent', '1.3e6', 1300000],
    ['a power', '2.5^-1', 0.4],
    ['a fraction in digits', '3/4', 0.75],
    ['a mixed number', '2 1/4', 2.25],
    ['a vulgar fraction', '¾', 0.75],
  ])('%s: %s', (_n, text, value) => {
    expect(near(parseNumber(text), value)).toBe(true);
  });
});

describe('parseNumber: multipliers', () => {
  test.each([
    ['a scale word', '70 million', 70e6],
    ['a decimal scale word', '2.3 billion', 2.3e9],
    ['glued "bn"', '1.5bn', 1.5e9],
    ['glued "k"', '1.5k', 1500],
    ['spaced "k"', '2.33 k', 2330],
    ['capital "M"', '10M', 10e6],
    ['"bln"', '10 bln', 10e9],
    ['"mil"', '2mil', 2e6],
    ['lakh', '13 lakh', 1.3e6],
    ['crore after lakh', 'three lakh crore', 3e12],
    ['hundred after digits', '322 hundred', 32200],
    ['mixed digits and words', '4 thousand 3 hundred and 21', 4321],
    ['a hyphenated scale', '50-million', 50e6],
    ['a glued "m" alone', '310m', 310e6],
  ])('%s: %s', (_n, text, value) => {
    expect(near(parseNumber(text), value)).toBe(true);
  });
});

describe('parseNumber: spelled numbers', () => {
  test.each([
    ['a unit word', 'seventy', 70],
    ['tens and units hyphenated', 'twenty-one', 21],
    ['tens and units spaced', 'fifty two', 52],
    ['a scale', 'seventy thousand', 70000],
    ['hundred and', 'one hundred and twenty-three', 123],
    ['thousands after hundreds', 'two hundred and two thousand', 202000],
    ['a trillion and hundreds', 'twenty-one trillion and three hundred', 21000000000300],
    ['"and a half" before a scale', 'five and a half million', 5.5e6],
    ['"half a" scale', 'half a million', 5e5],
    ['half a dozen', 'half a dozen', 6],
    ['a dozen', 'a dozen', 12],
    ['dozens', 'three dozens', 36],
    ['"a" before a scale', 'a billion', 1e9],
    ['a scale fraction after the scale', 'one million and a half', 1.5e6],
    ['point and digits', 'nine point nought four', 9.04],
    ['point and a compound', 'two hundred point seventy-one', 200.71],
    ['minus', 'minus five point five', -5.5],
  ])('%s: %s', (_n, text, value) => {
    expect(near(parseNumber(text), value)).toBe(true);
  });
});

describe('parseNumber: fractions and ratios', () => {
  test.each([
    ['hyphenated thirds', 'two-thirds', 2 / 3],
    ['"a third"', 'a third', 1 / 3],
    ['quarters', 'three quarters', 0.75],
    ['"a half"', 'a half', 0.5],
    ['a mixed spelled number', 'one and a half', 1.5],
    ['integer and fraction', 'one hundred and three quarters', 100.75],
    ['ordinal denominators, Recognizers split', 'one hundred thirty fifths', 100 / 35],
    ['"and" keeps the whole numerator', 'one hundred and thirty fifths', 26],
    ['a trillionth', 'a trillionth', 1e-12],
    ['"one in four"', 'one in four', 0.25],
    ['"1 in 20"', '1 in 20', 0.05],
    ['"one out of three"', 'one out of three', 1 / 3],
    ['"over"', '2000 over 3', 2000 / 3],
    ['a fraction of a scale', 'two thirds of a million', 2e6 / 3],
  ])('%s: %s', (_n, text, value) => {
    expect(near(parseNumber(text), value)).toBe(true);
  });
});

describe('parseNumber: ordinals where the spec wants them', () => {
  test.each([
    ['a spelled ordinal', 'fifth', 5],
    ['a hyphenated ordinal', 'twenty-first', 21],
    ['a digit ordinal', '4th', 4],
  ])('%s: %s', (_n, text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('parseNumber: negatives', () => {
  test.each([
    ['no number', 'the council'],
    ['two numbers', '5 and 6 are numbers'],
    ['a word after the number', '70 million users'],
    ['"a" alone', 'a'],
    ['a number glued to a unit', '180ml'],
    ['an empty string', ''],
  ])('%s: %s', (_n, text) => {
    expect(parseNumber(text)).toBeNull();
  });

  test('throws for a caller mistake with a whosaid: message', () => {
    expect(() => parseNumber(42 as unknown as string)).toThrow(/^whosaid:/);
  });
});

describe('scanNumbers', () => {
  const values = (s: string) => scanNumbers(s).filter((m) => m.kind !== 'ordinal').map((m) => m.value);
  test.each([
    ['a dotted address is several numbers', '192.168.1.2', [192, 168, 1, 2]],
    ['a comma list is several numbers', 'Exercises 22,24,26,31.', [22, 24, 26, 31]],
    ['"and" between two hundreds parts them', '3 hundred and 2 hundred', [300, 200]],
    ['a pronoun "one" is no number', 'The one you mentioned is two', [2]],
    ['a larger number before "in" is no ratio', 'I count 12 in six boxes', [12, 6]],
    ['"over" before a noun is no fraction', '$2000 over 3 years', [2000, 3]],
    ['URLs are skipped', 'see https://example.com/a?q=30%25 and 5', [5]],
    ['a "www." head is a URL with no scheme', 'see WWW.example.com/a/30 and 5', [5]],
    ['an e-mail address is skipped', 'write to ann@example2024.com by 5', [5]],
    ['a colon with no slashes makes no URL', 'the score: 30 to 5', [30, 5]],
    ['"www" with no dot is a word', 'see www 30 and 5', [30, 5]],
  ])('%s', (_n, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  test('every mention is a slice of the text', () => {
    const text = 'Over 70 million users, two-thirds of them, paid $35 a month in 2024; 1 in 20 left.';
    for (const m of scanNumbers(text)) expect(text.slice(m.start, m.end).length).toBe(m.end - m.start);
  });

  test('ordinals are marked, not counted', () => {
    expect(scanNumbers('the 4th and the fifth').map((m) => m.kind)).toEqual(['ordinal', 'ordinal']);
  });
});
