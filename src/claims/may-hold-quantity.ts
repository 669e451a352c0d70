/**
 * A cheap test run before tokenizing a sentence: false only when findQuantities is sure to find nothing in it.
 * A quantity needs a digit, a vulgar fraction, a number word that opens a number phrase, a multiplier or plural
 * scale word ("twice", "hundreds"), or "a"/"an" right before a unit of time or measure ("more than a year").
 * Words are read as the tokenizer reads them (letters, joined by apostrophes between letters). An all-ASCII word is
 * looked up by a hash of its lowercased letters first, so most words cost no string; linear in the range.
 */
import { MULTIPLIER_WORDS, PLURAL_SCALE_WORDS } from '../lexicons/numbers.js';
import { MEASURE_WORDS, TIME_WORDS } from '../lexicons/units.js';
import { classifyWord, numberWords, opensPhrase } from './number-words.js';
import { FRACTION_CODES } from './numbers.js';
import { MAX_CHUNK, hashStep as step, inSlots, isLetterCode, isSpaceCode, slotOf, slotTable } from './tokens.js';
import { TIME_OR_MEASURE_WORD_SLOTS } from './units.js';

/** Words that can start a quantity on their own: "seven", "million", "third", "dozen", "twice", "hundreds". */
function opensQuantity(w: string): boolean {
  const c = classifyWord(w);
  return (c !== null && opensPhrase(c)) || MULTIPLIER_WORDS[w] !== undefined || PLURAL_SCALE_WORDS[w] !== undefined;
}

/** Units that make a quantity after "a" or "an": "a year", "an hour", "a mile". */
const unitAfterA = (w: string): boolean => TIME_WORDS[w] !== undefined || MEASURE_WORDS[w] !== undefined;

/**
 * The slots (the tokenizer's: the low 16 bits of the word hash) of the words that open a quantity (those of the
 * units after "a" are TIME_OR_MEASURE_WORD_SLOTS): a word whose slot is empty is none of them; one in a filled slot
 * is confirmed with the lookup itself.
 */
const OPENING_SLOTS = slotTable(
  [...numberWords(), ...Object.keys(MULTIPLIER_WORDS), ...Object.keys(PLURAL_SCALE_WORDS)].filter(opensQuantity),
);

/** False only when norm[start, end) holds no quantity findQuantities could read. */
export function mayHoldQuantity(norm: string, start: number, end: number): boolean {
  let afterA = false;
  // where the run of non-spaces began: the tokenizer cuts a chunk after MAX_CHUNK codes, maybe mid-word, so past
  // that the test gives up
  let chunk = start;
  let i = start;
  while (i < end) {
    const c = norm.charCodeAt(i);
    const lowerAscii = c | 32;
    if (!(lowerAscii >= 97 && lowerAscii <= 122) && !(c >= 128 && isLetterCode(c))) {
      if (c === 32) {
        chunk = i + 1;
        i++;
        continue;
      }
      if (c >= 48 && c <= 57) return true;
      if (c >= 128 && FRACTION_CODES.has(c)) return true;
      if (isSpaceCode(c)) chunk = i + 1;
      else afterA = false;
      // a high surrogate takes the next code with it, as in the tokenizer
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      continue;
    }
    // one word, read as the tokenizer reads it; ascii while every code is an ASCII letter or apostrophe
    let ascii = c < 128;
    let h = step(0, lowerAscii);
    let j = i + 1;
    while (j < end) {
      const d = norm.charCodeAt(j);
      const ld = d | 32;
      if (ld >= 97 && ld <= 122) {
        h = step(h, ld);
        j++;
      } else if (d >= 128 && isLetterCode(d)) {
        ascii = false;
        j++;
      } else if (d === 39 && j + 1 < end && isLetterCode(norm.charCodeAt(j + 1))) {
        h = step(h, 39);
        j++; // the letter after the apostrophe is read on the next turn
      } else break;
    }
    const len = j - i;
    if (j - chunk > MAX_CHUNK) return true;
    if (ascii) {
      const slot = slotOf(h);
      if (inSlots(OPENING_SLOTS, slot) && opensQuantity(norm.slice(i, j).toLowerCase())) return true;
      if (afterA && inSlots(TIME_OR_MEASURE_WORD_SLOTS, slot) && unitAfterA(norm.slice(i, j).toLowerCase())) return true;
      afterA = (len === 1 && lowerAscii === 97) || (len === 2 && lowerAscii === 97 && (norm.charCodeAt(i + 1) | 32) === 110);
    } else {
      const w = norm.slice(i, j).toLowerCase();
      if (opensQuantity(w) || (afterA && unitAfterA(w))) return true;
      afterA = false;
    }
    i = j;
  }
  return false;
}
