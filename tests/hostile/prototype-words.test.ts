/**
 * Words of the text are looked up in lexicon tables. A table written as a plain object literal also "holds" the
 * names of Object.prototype ("constructor", "toString", "__proto__"...), and a look-up would answer with a
 * function: a quote's medium once came out as Object itself. Every such word, wherever a table is consulted
 * (after "in a", in a date line, as a speaker, a unit, a currency), must find nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { checkAnalysis } from './check-analysis.js';

const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'];

function articleWith(word: string): string {
  const Word = word[0]!.toUpperCase() + word.slice(1);
  return [
    `${Word} talks stall in the capital`,
    `By Jane Roe`,
    `${Word} 12, 2024`,
    `The union said in a ${word} that wages must rise by 5 ${word} a month. "We will not wait," Ann Lee said in a ${word}.`,
    `The ${word} said it would cost 40 ${word}s, according to ${Word}. ${Word} ${Word} told the ${word} on ${Word} that 3 ${word} ${word}.`,
    `${Word} wrote in a ${word}: "Enough."`,
  ].join('\n\n');
}

describe('words that name members of Object.prototype', () => {
  test.each(NAMES)('%s finds no lexicon entry and the result is sound', (word) => {
    const text = articleWith(word);
    const analysis = extract(text);
    expect(checkAnalysis(text, analysis)).toEqual([]);
    for (const q of analysis.quotes) expect(q.medium === null || typeof q.medium === 'string').toBe(true);
  });

  test('the medium of a quote said "in a constructor" is none (it was Object at 9f6c1bd)', () => {
    const analysis = extract('Strike looms\n\nThe union said in a constructor that wages must rise.');
    expect(analysis.quotes).toHaveLength(1);
    expect(analysis.quotes[0]!.medium).toBeNull();
  });
});
