import { describe, expect, test } from 'vitest';
import { createDoc } from '../src/extract.js';
import { MULTIPLIER_WORDS, PLURAL_SCALE_WORDS } from '../src/lexicons/numbers.js';
import { MEASURE_WORDS, TIME_WORDS } from '../src/lexicons/units.js';
import { mayHoldQuantity } from '../src/claims/may-hold-quantity.js';
import { scanNumbers } from '../src/claims/numbers.js';
import { findQuantities } from '../src/claims/quantities.js';
import { MAX_CHUNK, isLetterCode, tokenize } from '../src/claims/tokens.js';
import { normalize } from '../src/text/normalize.js';
import { corpusArticles } from './helpers.js';

const may = (s: string): boolean => mayHoldQuantity(normalize(s), 0, s.length);
const found = (s: string): number => findQuantities(normalize(s), 0, s.length, s).length;

/** What the pre-check must let through: a number mention, or a word that starts a quantity with no number. */
function couldHold(norm: string, start: number, end: number): boolean {
  const toks = tokenize(norm, start, end);
  if (scanNumbers(norm, start, end, toks).length > 0) return true;
  return toks.some((t, k) => t.kind === 'word' && (MULTIPLIER_WORDS[t.lower] !== undefined || PLURAL_SCALE_WORDS[t.lower] !== undefined ||
    ((t.lower === 'a' || t.lower === 'an') && toks[k + 1]?.kind === 'word' &&
      (TIME_WORDS[toks[k + 1]!.lower] !== undefined || MEASURE_WORDS[toks[k + 1]!.lower] !== undefined))));
}

describe('mayHoldQuantity: lets through every sentence that can hold a quantity', () => {
  test.each([
    ['digits', 'It cost 5 dollars.'],
    ['a spelled count', 'Seven people died.'],
    ['a capitalised scale word', 'MILLIONS of users left.'],
    ['a multiplier', 'Prices doubled since then.'],
    ['twice', 'The fund is twice as large.'],
    ['a plural scale', 'Hundreds of people marched.'],
    ['a unit after "a"', 'The trial lasted more than a year.'],
    ['a unit after "An"', 'It took about An hour or more.'],
    ['an ordinal', 'It was the third time.'],
    ['a fraction word', 'Half the staff left.'],
    ['a vulgar fraction', 'Add ½ cup.'],
    ['a word with a non-ASCII capital that lowercases to a unit', 'It weighed a \u212Ag or so.'],
    ['a number word after a lone high surrogate and a letter', '\uD800xseven people came.'],
    ['a number word past a long URL chunk', `See http://example.com/${'a'.repeat(MAX_CHUNK)}seven people.`],
  ])('%s: %s', (_name, sentence) => {
    expect(may(sentence)).toBe(true);
  });
});

describe('mayHoldQuantity: turns away sentences with no number in them', () => {
  test.each([
    ['plain words', 'The minister spoke at length about the plan.'],
    ['"a" before a non-unit', 'She wrote a letter and a poem.'],
    ['a unit word not after "a"', 'The years went by.'],
    ['"a" and a unit apart', 'He gave a, year-end speech.'],
    ['an apostrophe word', "They'd seen the mayor's office."],
    ['non-ASCII words', 'Café Zürich opened its doors.'],
    ['empty', ''],
  ])('%s: %s', (_name, sentence) => {
    expect(may(sentence)).toBe(false);
    expect(found(sentence)).toBe(0);
  });
});

describe('mayHoldQuantity: never turns away a corpus sentence that could hold a quantity', () => {
  test.each(corpusArticles().map((a) => [a.name, a.text] as const))('%s', (_name, text) => {
    const doc = createDoc(text);
    for (const s of doc.structure.sentences) {
      if (couldHold(doc.norm, s.start, s.end)) expect(mayHoldQuantity(doc.norm, s.start, s.end), s.text).toBe(true);
    }
  });
});

describe('isLetterCode: the tables agree with the regular expression', () => {
  test('every BMP code', () => {
    const letter = /\p{L}|\p{M}/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const want = c >= 0xd800 && c <= 0xdfff ? false : letter.test(String.fromCharCode(c));
      if (isLetterCode(c) !== want) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
