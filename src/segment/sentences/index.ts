import {
  ASCII_PLAIN, isBullet, isCloser, isDash, isDigit, isInlineSpace, isLineBreak, isLower, isQuoteMark, isSpace, isTerminal, isUpper,
  isWideTerminal,
} from './chars.js';
import { stopEndsSentence, type StopContext } from './decide.js';
import { lineJudge } from './line-breaks.js';
import { findListMarkers } from './list-markers.js';
import { isPairOpener, matchPairs } from './pairs.js';
import { protectedRanges } from './protected.js';
import {
  MAX_WORD, classifyWord, isFrontingPreposition, peekNext, stripOpeners, wordsIn, type Next,
  type Word,
} from './words.js';

/**
 * Sentence boundaries inside [start, end) of the normalised text: ranges in order, which may include the
 * whitespace around a sentence (the caller trims them). Blank lines always end a sentence; inside a block of
 * lines, one left-to-right scan decides at each stop (. ! ? … and their clusters), each closing quotation mark
 * whose quotation ends in a stop, each line break and each list marker whether a sentence ends there.
 * Quotations and parentheses up to a bounded length are kept whole. Linear in the length of the text.
 */
export function splitSentences(norm: string, start: number, end: number): Array<[number, number]> {
  if (typeof norm !== 'string') throw new TypeError('whosaid: splitSentences expects a string.');
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > norm.length || start > end) {
    throw new RangeError(`whosaid: splitSentences expects 0 <= start <= end <= ${norm.length}, got ${start}, ${end}.`);
  }
  const out: Array<[number, number]> = [];
  let blockStart = start;
  let i = start;
  while (i < end) {
    const nl = norm.indexOf('\n', i);
    if (nl < 0 || nl >= end) break;
    i = nl;
    let j = i + 1;
    while (j < end && isInlineSpace(norm.charCodeAt(j))) j++;
    if (j < end && isLineBreak(norm.charCodeAt(j))) {
      splitBlock(norm, blockStart, i, out);
      while (j < end && isSpace(norm.charCodeAt(j))) j++;
      blockStart = j;
    }
    i = j;
  }
  splitBlock(norm, blockStart, end, out);
  return out;
}

/** Splits one block (no blank line inside) into sentences, appending to `out`. */
function splitBlock(norm: string, bs: number, be: number, out: Array<[number, number]>): void {
  while (bs < be && isSpace(norm.charCodeAt(bs))) bs++;
  while (be > bs && isSpace(norm.charCodeAt(be - 1))) be--;
  if (bs >= be) return;
  // Past the block a character is -1 (in no class), not NaN: the values stay small integers for the JIT.
  const code = (k: number): number => (k < be ? norm.charCodeAt(k) : -1);
  const pairs = matchPairs(norm, bs, be);
  const markers = findListMarkers(norm, bs, be);
  const lineBreakEnds = lineJudge(norm, be, markers);

  let sentStart = bs;
  /** First token of the current sentence, or -1 before it has one. */
  let content = bs;
  let tokStart = bs;
  let prevTokStart = -1;
  let prevTokEnd = -1;
  const shielded = protectedRanges(norm, bs, be);
  let shield = 0;
  let protectedUntil = shielded.length > 0 && shielded[0] === bs ? shielded[1]! : -1;
  /** Index right after a closing quotation mark or bracket: a stop there follows no word. */
  let wordless = -1;
  /** Index right after the last stop that was decided: a line break there needs no second decision. */
  let decidedAt = -1;
  let lineStart = bs;

  /** [from, to) holds nothing but a bullet or a dash: no sentence yet. */
  const bulletOnly = (from: number, to: number): boolean => {
    if (to - from > 2) return false;
    for (let q = from; q < to; q++) if (!isBullet(code(q)) && !isDash(code(q)) && code(q) !== 42) return false;
    return true;
  };

  const emit = (at: number): void => {
    if (at <= sentStart) return;
    if (content >= 0 && content < at) out.push([sentStart, at]);
    sentStart = at;
    content = at < be && !isSpace(code(at)) ? at : -1;
  };

  /** The word before the stop at `i`, and where it starts. */
  const wordBefore = (i: number): { word: Word; at: number } => {
    const from = i === wordless ? i : tokStart;
    const s = stripOpeners(norm, from, i);
    if (s >= i) return { word: { text: '', key: '', kind: 'plain' }, at: i };
    if (i - s > MAX_WORD) return { word: { text: '', key: '', kind: 'plain' }, at: s };
    return { word: classifyWord(norm.slice(s, i)), at: s };
  };

  const contextFor = (wordAt: number, next: Next): StopContext => {
    let alone = false;
    let fronted = false;
    if (content >= 0 && wordAt - content <= 8) {
      alone = true;
      for (let q = content; q < wordAt; q++) {
        const c = code(q);
        if (!isSpace(c) && !isBullet(c) && !isDash(c)) { alone = false; break; }
      }
    }
    if (!alone && content >= 0 && wordAt - content <= 40) {
      const ws = wordsIn(norm, content, wordAt, 3);
      fronted = ws !== null && ws.length > 0 && isUpper(ws[0]!.charCodeAt(0)) && isFrontingPreposition(ws[0]!);
    }
    let afterLowercase = false;
    let afterPlaceComma = false;
    if (prevTokStart >= 0 && prevTokEnd <= wordAt && prevTokStart >= sentStart && prevTokEnd - prevTokStart <= MAX_WORD) {
      const p = stripOpeners(norm, prevTokStart, prevTokEnd);
      afterLowercase = isLower(code(p));
      afterPlaceComma = isUpper(code(p)) && code(prevTokEnd - 1) === 44;
    }
    const nextIsInitial = next.word.length === 1 && next.kind === 'upper' && code(next.wordAt + 1) === 46;
    return { alone, fronted, afterLowercase, afterPlaceComma, nextIsInitial };
  };

  /** Some text follows `p` in the block beyond stops and spaces. */
  const textAfter = (p: number): boolean => {
    while (p < be && (isSpace(code(p)) || isTerminal(code(p)))) p++;
    return p < be;
  };

  /** A quotation (or a sentence in parentheses) that ends in a stop closed at `k - 1`: does a sentence end? */
  const afterQuotedStop = (k: number): void => {
    if (k < be && !isSpace(code(k))) return;
    const next = peekNext(norm, k, be);
    if (next.kind === 'end') return;
    decidedAt = k;
    if (markers.has(next.at)) { emit(k); return; }
    if (next.kind === 'lower') return;
    if (next.first === 40) {
      const close = pairs.get(next.at);
      if (close !== undefined && !textAfter(close + 1)) return;
    }
    emit(k);
  };

  const afterPair = (open: number, close: number): number => {
    const o = code(open);
    const k = close + 1;
    wordless = k;
    if (o === 40 || o === 91) {
      const first = stripOpeners(norm, open + 1, close);
      if (content === open && isUpper(code(first))) {
        const stop = stopBefore(norm, open, close);
        if (stop !== 0) afterQuotedStop(k);
      }
      return k;
    }
    const stop = stopBefore(norm, open, close);
    if (stop !== 0) afterQuotedStop(k);
    return k;
  };

  const afterStop = (i: number): number => {
    const attached = i > tokStart || i === wordless;
    let j = i;
    let dots = 0;
    let marks = 0;
    let spaced = false;
    let wide = false;
    while (j < be) {
      const d = code(j);
      if (d === 46) { dots++; j++; }
      else if (d === 0x2026) { dots += 3; j++; }
      else if (isWideTerminal(d)) { wide = true; marks++; j++; }
      else if (isTerminal(d)) { marks++; j++; }
      else if (d === 32 && dots > 0 && marks === 0 && code(j + 1) === 46 &&
        (j + 2 >= be || code(j + 2) === 32 || code(j + 2) === 46 || isCloser(code(j + 2)))) { spaced = true; j++; }
      else break;
    }
    const single = dots === 1 && marks === 0;
    if (!attached && !spaced && dots < 2 && !isSpace(code(j)) && j < be && !isCloser(code(j))) return j;

    let k = j;
    while (k < be && isCloser(code(k)) &&
      (k + 1 >= be || isSpace(code(k + 1)) || isCloser(code(k + 1)) || isTerminal(code(k + 1)) || code(k + 1) === 91)) k++;
    k = footnotesEnd(norm, k, be);
    if (single && attached && k === j && (isLower(code(i - 1)) || code(i - 1) === 41)) k = digitFootnoteEnd(norm, k, be);

    if (k < be && !isSpace(code(k))) {
      if (wide) { emit(k); return k; }
      if (single && attached && k === j && i !== wordless) {
        const b = code(i - 1);
        const a = code(k);
        if ((isLower(b) || isDigit(b)) && isUpper(a) && isLower(code(k + 1))) {
          const { word } = wordBefore(i);
          if (word.kind === 'plain' || word.kind === 'number') { emit(k); tokStart = k; }
        }
      }
      return k;
    }
    if (k >= be) return k;
    const next = peekNext(norm, k, be);
    decidedAt = k;
    if (next.kind === 'end') return k;
    if (markers.has(next.at)) { emit(k); return k; }
    let ends: boolean;
    let at = k;
    if (marks > 0) {
      ends = next.kind !== 'lower';
    } else if (!single || spaced) {
      if (!attached) ends = dots >= 4 && next.kind !== 'lower';
      else if (spaced && dots >= 4) { ends = next.kind === 'upper' || next.kind === 'digit'; at = i + 1; }
      else ends = next.kind === 'upper' || next.kind === 'digit';
    } else if (!attached || i === wordless) {
      ends = next.kind !== 'lower';
    } else {
      const { word, at: wordAt } = wordBefore(i);
      ends = stopEndsSentence(word, next, contextFor(wordAt, next));
    }
    if (ends) emit(at);
    // A line holding one token ("7 p.m.", "1.") is still judged as a line.
    else if (next.newlines > 0 && content === tokStart) decidedAt = -1;
    return k;
  };

  let i = bs;
  while (i < be) {
    const c = norm.charCodeAt(i);
    // A plain character needs no decision, unless a list marker may start a token there; nor does the rest of
    // its run.
    if (c < 128 && ASCII_PLAIN[c] === 1 && i >= protectedUntil && (i !== tokStart || markers.size === 0)) {
      i++;
      while (i < be) {
        const d = norm.charCodeAt(i);
        if (d >= 128 || ASCII_PLAIN[d] === 0) break;
        i++;
      }
      continue;
    }
    if (isSpace(c)) {
      const gapStart = i;
      let firstBreak = -1;
      let lastBreak = -1;
      for (; i < be; i++) {
        const d = norm.charCodeAt(i);
        if (!isSpace(d)) break;
        if (isLineBreak(d)) { if (firstBreak < 0) firstBreak = i; lastBreak = i; }
      }
      prevTokStart = tokStart;
      prevTokEnd = gapStart;
      if (content >= 0) {
        let brk: boolean;
        if (firstBreak >= 0 && decidedAt !== gapStart) {
          brk = lineBreakEnds(lineStart, gapStart, firstBreak, i);
        } else {
          brk = (markers.size > 0 && markers.has(i)) || (i < be && isBullet(norm.charCodeAt(i)));
        }
        if (brk && !bulletOnly(content, gapStart)) emit(gapStart);
      }
      if (lastBreak >= 0) lineStart = lastBreak + 1;
      tokStart = i;
      if (content < 0) content = i;
      while (shield < shielded.length && shielded[shield]! < i) shield += 2;
      if (shield < shielded.length && shielded[shield] === i) protectedUntil = shielded[shield + 1]!;
      continue;
    }
    if (i < protectedUntil) { i = protectedUntil; continue; }
    if (i === tokStart && markers.size > 0) {
      const m = markers.get(i);
      if (m !== undefined) { i = m; continue; }
    }
    if (isPairOpener(c)) {
      const close = pairs.get(i);
      if (close !== undefined) { i = afterPair(i, close); continue; }
    }
    if (isTerminal(c)) { i = afterStop(i); continue; }
    i++;
  }
  emit(be);
}

/** The stop that ends the quotation or parenthesis (open, close): . ! ? … or a dash, looking past inner closers. */
function stopBefore(norm: string, open: number, close: number): number {
  let q = close - 1;
  while (q > open && close - q <= 3 && (isQuoteMark(norm.charCodeAt(q)) || norm.charCodeAt(q) === 41)) q--;
  if (q <= open) return 0;
  const c = norm.charCodeAt(q);
  if (isTerminal(c)) return c;
  if (isDash(c) && q - 1 > open && isDash(norm.charCodeAt(q - 1))) return c;
  if (c === 0x2014) return c;
  return 0;
}

/** Past footnote marks right after a stop: "[1]", "[7][8]", "[2–11]". */
function footnotesEnd(norm: string, k: number, end: number): number {
  while (k < end && norm.charCodeAt(k) === 91) {
    let q = k + 1;
    while (q < end && q - k <= 12 && (isDigit(norm.charCodeAt(q)) || norm.charCodeAt(q) === 44 ||
      isDash(norm.charCodeAt(q)))) q++;
    if (q > k + 1 && norm.charCodeAt(q) === 93) k = q + 1; else break;
  }
  return k;
}

/** Past a footnote number glued to a stop ("consultation.11 12 Take"): digits, then a space and a capital. */
function digitFootnoteEnd(norm: string, k: number, end: number): number {
  let q = k;
  for (;;) {
    const s = q;
    while (q < end && q - s < 3 && isDigit(norm.charCodeAt(q))) q++;
    if (q === s || isDigit(norm.charCodeAt(q))) return k;
    if (norm.charCodeAt(q) === 32 && isDigit(norm.charCodeAt(q + 1))) { q++; continue; }
    break;
  }
  return q < end && isSpace(norm.charCodeAt(q)) && isUpper(norm.charCodeAt(q + 1)) ? q : k;
}
