import { describe, expect, test } from 'vitest';
import { tokenize, withStableSplits } from '../src/nlp/tokens.js';

describe('tokens: what wink-nlp is given, and what comes back', () => {
  test.each([
    ['a possessive is split off', "Trump's plan", "Trump 's plan"],
    ['a possessive before a comma', "McDonald's, then", "McDonald 's, then"],
    ['a capital S too', "CLINTON'S PLAN", "CLINTON 'S PLAN"],
    ['a contraction is left alone', "it's here, isn't it, and Let's go", "it's here, isn't it, and Let's go"],
    ['a quoted word is left alone', "'said' and 's", "'said' and 's"],
    ['an apostrophe inside a name stays, its possessive is split off', "O'Sullivan's", "O'Sullivan 's"],
    ['a danda is split off', 'नाम है। और', 'नाम है । और'],
    ['nothing to split', 'plain text', 'plain text'],
  ])('%s', (_name, input, given) => {
    expect(withStableSplits(input)).toBe(given);
  });

  test('the tokens keep their offsets in the original text', () => {
    const text = "Trump's plan है।";
    for (const t of tokenize(text, 0, text.length)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text, 0, text.length).map((t) => t.text).slice(0, 2)).toEqual(['Trump', "'s"]);
  });
});
