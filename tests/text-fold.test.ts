import { describe, expect, test } from 'vitest';
import { countWords, words } from '../src/text/fold.js';
import { foldSpace } from '../src/text/span.js';

describe('text: folding and counting words', () => {
  test.each([
    ['plain words', 'Read more here', 3],
    ['apostrophes and hyphens join a word', "Don't re-run it’s", 3],
    ['punctuation separates', 'a,b.c;d', 4],
    ['accented and non-Latin letters', 'café 中文 ٣٤', 3],
    ['a letter outside the basic plane', 'x \u{1D400}bc y', 3],
    ['an emoji is no word', 'yes \u{1F600} no', 2],
    ['a lone surrogate is no letter', 'a\ud800b \udc00', 2],
    ['nothing', '  , . ', 0],
  ])('countWords agrees with words(): %s', (_name, s, n) => {
    expect(words(s).length).toBe(n);
    expect(countWords(s, 100)).toBe(n);
  });

  test('countWords stops one past the limit, and counts a range', () => {
    expect(countWords('one two three four five', 2)).toBe(3);
    expect(countWords('one two three four five', 2, 4, 13)).toBe(2);
  });

  test.each([
    ['already folded', 'a b c', 'a b c'],
    ['runs of spaces', '  a   b\n\nc\t', 'a b c'],
    ['exotic spaces', 'a\u00a0b\u2009c\u200b', 'a b c'],
    ['only spaces', ' \n ', ''],
    ['empty', '', ''],
  ])('foldSpace: %s', (_name, s, want) => {
    expect(foldSpace(s)).toBe(want);
  });
});
