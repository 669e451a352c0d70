import { describe, expect, test } from 'vitest';
import { countWords, keyOfFolded, longKeyHead, words } from '../src/text/fold.js';
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

  test.each([
    ['plain', '-- ' + 'Photo: The Quick Brown Fox '.repeat(20) + ' ...', true],
    ['a dotted capital I (lowercases to two units)', '\u0130stanbul ' + 'x'.repeat(400), true],
    ['curly apostrophes', '\u2018About\u2019 us ' + 'y'.repeat(400), true],
    ['a capital sigma in the head', '\u039f\u0394\u03a3 ' + 'z'.repeat(400), false],
    ['a surrogate pair cut by the head', 'a'.repeat(11) + '\u{10400}' + 'b'.repeat(400), false],
    ['too short', 'Photo: short', false],
    ['long but mostly edge punctuation', '.'.repeat(400) + 'ab' + '-'.repeat(400), false],
  ])('longKeyHead is the head of keyOfFolded, or null: %s', (_name, s, given) => {
    const head = longKeyHead(s, 300, 12);
    const key = keyOfFolded(s);
    // each case says whether a head is given, so that an answer of null throughout would fail
    expect(head !== null).toBe(given);
    if (head !== null) {
      expect(key.length).toBeGreaterThanOrEqual(300);
      expect(head).toBe(key.slice(0, 12));
    }
  });

  test('longKeyHead gives up on a capital sigma, a split surrogate pair and a short key', () => {
    expect(longKeyHead('\u039f\u0394\u03a3 ' + 'z'.repeat(400), 300, 12)).toBeNull();
    expect(longKeyHead('a'.repeat(11) + '\u{10400}' + 'b'.repeat(400), 300, 12)).toBeNull();
    expect(longKeyHead('.'.repeat(400) + 'ab' + '-'.repeat(400), 300, 12)).toBeNull();
    expect(longKeyHead('\u0130stanbul ' + 'x'.repeat(400), 300, 12)).toBe(keyOfFolded('\u0130stanbul ' + 'x'.repeat(400)).slice(0, 12));
  });
});
