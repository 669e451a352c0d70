import {
  ASCII_PLAIN, isBullet, isCloser, isDash, isDigit, isInlineSpace, isLineBreak, isLower, isQuoteMark, isSpace, isTerminal, isUpper,
  isWideTerminal,
} from './chars.js';
import { stopEndsSentence, type StopContext } from './decide.js';
import { LineJudge } from './line-breaks.js';
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
  new BlockScanner(norm, bs, be, out).run();
}

/**
 * The left-to-right scan of one block. A class rather than closures made afresh for every block: its methods are
 * one set of functions whatever the block, so the optimised code of the scan is not thrown away when it meets
 * the next block's closures ("wrong call target"), and no closures are allocated per block.
 */
class BlockScanner {
  // Declared only (no class-field definitions that would first set them to undefined): the constructor gives
  // every field its first value, numbers as small integers, in one order.
  declare readonly norm: string;
  declare readonly bs: number;
  declare readonly be: number;
  declare readonly out: Array<[number, number]>;
  declare readonly pairs: Map<number, number>;
  declare readonly markers: Map<number, number>;
  declare readonly lineBreakEnds: LineJudge;
  declare sentStart: number;
  /** First token of the current sentence, or -1 before it has one. */
  declare content: number;
  declare tokStart: number;
  declare prevTokStart: number;
  declare prevTokEnd: number;
  /** Index right after a closing quotation mark or bracket: a stop there follows no word. */
  declare wordless: number;
  /** Index right after the last stop that was decided: a line break there needs no second decision. */
  declare decidedAt: number;
  declare lineStart: number;

  constructor(norm: string, bs: number, be: number, out: Array<[number, number]>) {
    this.norm = norm;
    this.bs = bs;
    this.be = be;
    this.out = out;
    this.pairs = matchPairs(norm, bs, be);
    this.markers = findListMarkers(norm, bs, be);
    this.lineBreakEnds = new LineJudge(norm, be, this.markers);
    this.sentStart = bs;
    this.content = bs;
    this.tokStart = bs;
    this.prevTokStart = -1;
    this.prevTokEnd = -1;
    this.wordless = -1;
    this.decidedAt = -1;
    this.lineStart = bs;
  }

  /** The character at `k`; past the block -1 (in no class), not NaN: the values stay small integers. */
  code(k: number): number {
    return k < this.be ? this.norm.charCodeAt(k) : -1;
  }

  /** [from, to) holds nothing but a bullet or a dash: no sentence yet. */
  bulletOnly(from: number, to: number): boolean {
    if (to - from > 2) return false;
    for (let q = from; q < to; q++) if (!isBullet(this.code(q)) && !isDash(this.code(q)) && this.code(q) !== 42) return false;
    return true;
  }

  emit(at: number): void {
    if (at <= this.sentStart) return;
    if (this.content >= 0 && this.content < at) this.out.push([this.sentStart, at]);
    this.sentStart = at;
    this.content = at < this.be && !isSpace(this.code(at)) ? at : -1;
  }

  /** The word before the stop at `i`, and where it starts. */
  wordBefore(i: number): { word: Word; at: number } {
    const from = i === this.wordless ? i : this.tokStart;
    const s = stripOpeners(this.norm, from, i);
    if (s >= i) return { word: { text: '', key: '', kind: 'plain' }, at: i };
    if (i - s > MAX_WORD) return { word: { text: '', key: '', kind: 'plain' }, at: s };
    return { word: classifyWord(this.norm.slice(s, i)), at: s };
  }

  contextFor(wordAt: number, next: Next): StopContext {
    const content = this.content;
    let alone = false;
    let fronted = false;
    if (content >= 0 && wordAt - content <= 8) {
      alone = true;
      for (let q = content; q < wordAt; q++) {
        const c = this.code(q);
        if (!isSpace(c) && !isBullet(c) && !isDash(c)) { alone = false; break; }
      }
    }
    if (!alone && content >= 0 && wordAt - content <= 40) {
      const ws = wordsIn(this.norm, content, wordAt, 3);
      fronted = ws !== null && ws.length > 0 && isUpper(ws[0]!.charCodeAt(0)) && isFrontingPreposition(ws[0]!);
    }
    let afterLowercase = false;
    let afterPlaceComma = false;
    const prevTokStart = this.prevTokStart;
    const prevTokEnd = this.prevTokEnd;
    if (prevTokStart >= 0 && prevTokEnd <= wordAt && prevTokStart >= this.sentStart && prevTokEnd - prevTokStart <= MAX_WORD) {
      const p = stripOpeners(this.norm, prevTokStart, prevTokEnd);
      afterLowercase = isLower(this.code(p));
      afterPlaceComma = isUpper(this.code(p)) && this.code(prevTokEnd - 1) === 44;
    }
    const nextIsInitial = next.word.length === 1 && next.kind === 'upper' && this.code(next.wordAt + 1) === 46;
    return { alone, fronted, afterLowercase, afterPlaceComma, nextIsInitial };
  }

  /** Some text follows `p` in the block beyond stops and spaces. */
  textAfter(p: number): boolean {
    while (p < this.be && (isSpace(this.code(p)) || isTerminal(this.code(p)))) p++;
    return p < this.be;
  }

  /** A quotation (or a sentence in parentheses) that ends in a stop closed at `k - 1`: does a sentence end? */
  afterQuotedStop(k: number): void {
    if (k < this.be && !isSpace(this.code(k))) return;
    const next = peekNext(this.norm, k, this.be);
    if (next.kind === 'end') return;
    this.decidedAt = k;
    if (this.markers.has(next.at)) { this.emit(k); return; }
    if (next.kind === 'lower') return;
    if (next.first === 40) {
      const close = this.pairs.get(next.at);
      if (close !== undefined && !this.textAfter(close + 1)) return;
    }
    this.emit(k);
  }

  afterPair(open: number, close: number): number {
    const o = this.code(open);
    const k = close + 1;
    this.wordless = k;
    if (o === 40 || o === 91) {
      const first = stripOpeners(this.norm, open + 1, close);
      if (this.content === open && isUpper(this.code(first))) {
        const stop = stopBefore(this.norm, open, close);
        if (stop !== 0) this.afterQuotedStop(k);
      }
      return k;
    }
    const stop = stopBefore(this.norm, open, close);
    if (stop !== 0) this.afterQuotedStop(k);
    return k;
  }

  afterStop(i: number): number {
    const be = this.be;
    const norm = this.norm;
    const attached = i > this.tokStart || i === this.wordless;
    let j = i;
    let dots = 0;
    let marks = 0;
    let spaced = false;
    let wide = false;
    while (j < be) {
      const d = this.code(j);
      if (d === 46) { dots++; j++; }
      else if (d === 0x2026) { dots += 3; j++; }
      else if (isWideTerminal(d)) { wide = true; marks++; j++; }
      else if (isTerminal(d)) { marks++; j++; }
      else if (d === 32 && dots > 0 && marks === 0 && this.code(j + 1) === 46 &&
        (j + 2 >= be || this.code(j + 2) === 32 || this.code(j + 2) === 46 || isCloser(this.code(j + 2)))) { spaced = true; j++; }
      else break;
    }
    const single = dots === 1 && marks === 0;
    if (!attached && !spaced && dots < 2 && !isSpace(this.code(j)) && j < be && !isCloser(this.code(j))) return j;

    let k = j;
    while (k < be && isCloser(this.code(k)) &&
      (k + 1 >= be || isSpace(this.code(k + 1)) || isCloser(this.code(k + 1)) || isTerminal(this.code(k + 1)) ||
        this.code(k + 1) === 91)) k++;
    k = footnotesEnd(norm, k, be);
    if (single && attached && k === j && (isLower(this.code(i - 1)) || this.code(i - 1) === 41)) k = digitFootnoteEnd(norm, k, be);

    if (k < be && !isSpace(this.code(k))) {
      if (wide) { this.emit(k); return k; }
      if (single && attached && k === j && i !== this.wordless) {
        const b = this.code(i - 1);
        const a = this.code(k);
        if ((isLower(b) || isDigit(b)) && isUpper(a) && isLower(this.code(k + 1))) {
          const { word } = this.wordBefore(i);
          if (word.kind === 'plain' || word.kind === 'number') { this.emit(k); this.tokStart = k; }
        }
      }
      return k;
    }
    if (k >= be) return k;
    const next = peekNext(norm, k, be);
    this.decidedAt = k;
    if (next.kind === 'end') return k;
    if (this.markers.has(next.at)) { this.emit(k); return k; }
    let ends: boolean;
    let at = k;
    if (marks > 0) {
      ends = next.kind !== 'lower';
    } else if (!single || spaced) {
      if (!attached) ends = dots >= 4 && next.kind !== 'lower';
      else if (spaced && dots >= 4) { ends = next.kind === 'upper' || next.kind === 'digit'; at = i + 1; }
      else ends = next.kind === 'upper' || next.kind === 'digit';
    } else if (!attached || i === this.wordless) {
      ends = next.kind !== 'lower';
    } else {
      const { word, at: wordAt } = this.wordBefore(i);
      ends = stopEndsSentence(word, next, this.contextFor(wordAt, next));
    }
    if (ends) this.emit(at);
    // A line holding one token ("7 p.m.", "1.") is still judged as a line.
    else if (next.newlines > 0 && this.content === this.tokStart) this.decidedAt = -1;
    return k;
  }

  run(): void {
    const norm = this.norm;
    const be = this.be;
    const markers = this.markers;
    const shielded = protectedRanges(norm, this.bs, be);
    let shield = 0;
    let protectedUntil = shielded.length > 0 && shielded[0] === this.bs ? shielded[1]! : -1;
    let i = this.bs;
    while (i < be) {
      const c = norm.charCodeAt(i);
      // A plain character needs no decision, unless a list marker may start a token there; nor does the rest of
      // its run.
      if (c < 128 && ASCII_PLAIN[c] === 1 && i >= protectedUntil && (i !== this.tokStart || markers.size === 0)) {
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
        this.prevTokStart = this.tokStart;
        this.prevTokEnd = gapStart;
        if (this.content >= 0) {
          let brk: boolean;
          if (firstBreak >= 0 && this.decidedAt !== gapStart) {
            brk = this.lineBreakEnds.ends(this.lineStart, gapStart, firstBreak, i);
          } else {
            brk = (markers.size > 0 && markers.has(i)) || (i < be && isBullet(norm.charCodeAt(i)));
          }
          if (brk && !this.bulletOnly(this.content, gapStart)) this.emit(gapStart);
        }
        if (lastBreak >= 0) this.lineStart = lastBreak + 1;
        this.tokStart = i;
        if (this.content < 0) this.content = i;
        while (shield < shielded.length && shielded[shield]! < i) shield += 2;
        if (shield < shielded.length && shielded[shield] === i) protectedUntil = shielded[shield + 1]!;
        continue;
      }
      if (i < protectedUntil) { i = protectedUntil; continue; }
      if (i === this.tokStart && markers.size > 0) {
        const m = markers.get(i);
        if (m !== undefined) { i = m; continue; }
      }
      if (isPairOpener(c)) {
        const close = this.pairs.get(i);
        if (close !== undefined) { i = this.afterPair(i, close); continue; }
      }
      if (isTerminal(c)) { i = this.afterStop(i); continue; }
      i++;
    }
    this.emit(be);
  }
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
