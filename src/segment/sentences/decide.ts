import { isCompanyForm, isPlaceInitialism, isStarter, isTimeZone, takesNumber, type Next, type Word } from './words.js';

/** What the scanner knows about the sentence so far when a full stop follows a word. */
export interface StopContext {
  /** The word is all the sentence has so far ("1." "Q." "Jun." at the start). */
  alone: boolean;
  /** The sentence so far is a short phrase opened by a preposition ("At 5 a.m."). */
  fronted: boolean;
  /** The token before the word starts with a lowercase letter ("you and I."). */
  afterLowercase: boolean;
  /** The token before the word is a capitalised word with a comma ("Washington, D.C."). */
  afterPlaceComma: boolean;
  /** The next token is an initial of its own ("J. R. R. Tolkien"). */
  nextIsInitial: boolean;
}

/**
 * Does a full stop after `word` end the sentence, given what follows? `next.kind` is never "end" here, and a
 * list marker after the stop has been dealt with by the caller.
 */
export function stopEndsSentence(word: Word, next: Next, ctx: StopContext): boolean {
  if (next.kind === 'lower') return false;
  if (next.kind === 'digit' && takesNumber(word.key)) return false;
  const capital = next.kind === 'upper';
  switch (word.kind) {
    case 'leading':
    case 'title':
      return false;
    case 'title-or-place':
      return capital && isStarter(next.word);
    case 'clock':
      if (ctx.alone || ctx.fronted || next.first === 40) return false;
      return !(capital && isTimeZone(next.word));
    case 'ending':
      if (ctx.alone || ctx.fronted || next.kind === 'digit' || next.first === 40) return false;
      return !(capital && isCompanyForm(word.key) && isCompanyForm(next.word));
    case 'initial':
      if (ctx.alone || ctx.nextIsInitial) return false;
      if (word.text === 'I' && ctx.afterLowercase) return true;
      return capital && isStarter(next.word);
    case 'lower-initial':
      return !ctx.alone;
    case 'initialism':
      if (ctx.alone || ctx.fronted || next.kind === 'digit') return false;
      if (ctx.afterPlaceComma && isPlaceInitialism(word.key)) return true;
      return capital && isStarter(next.word);
    case 'number':
      return !ctx.alone;
    case 'month':
    case 'before-number':
      return !ctx.alone;
    case 'plain':
      return true;
  }
}
