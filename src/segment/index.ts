import type { Span } from '../schema/span.js';
import type { Byline, Paragraph, Sentence, Warning, Zone } from '../schema/structure.js';
import { foldSpace, makeSpan, trimRange } from '../text/span.js';
import { findParagraphs } from './01-paragraphs.js';
import { assignZones } from './02-zones.js';
import { findDuplicates } from './03-duplicates.js';
import { datelineLength } from './04-dateline.js';
import { splitSentences } from './sentences/index.js';

export { findParagraphs, assignZones, findDuplicates, datelineLength, splitSentences };

export interface Structure {
  title: Span | null;
  byline: Byline | null;
  dateline: Span | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  warnings: Warning[];
}

/**
 * Article structure: paragraphs with their zones and repeats, title, byline, dateline and sentences.
 * `norm` is the normalised copy of `text` (same length); spans are cut from `text`.
 */
export function segment(text: string, norm: string = text): Structure {
  // Plain loops rather than map/find: every array and object below is built in one place with one shape, so the
  // optimised code of this function (and of its callers) is not thrown away for a new array or object kind.
  const ranges = findParagraphs(norm);
  const n = ranges.length;
  const paraTexts: string[] = [];
  const folded: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = norm.slice(ranges[i]![0], ranges[i]![1]);
    paraTexts.push(t);
    folded.push(foldSpace(t));
  }
  const { zones, bylineNames } = assignZones(paraTexts, folded);
  const dups = findDuplicates(paraTexts, folded);
  const warnings: Warning[] = [];
  const paragraphs: Paragraph[] = [];
  let titleP: Paragraph | null = null;
  let bylineP: Paragraph | null = null;
  let firstBody: Paragraph | null = null;
  for (let i = 0; i < n; i++) {
    const p = makeParagraph(text, ranges[i]![0], ranges[i]![1], i, zones[i]!, dups[i]!);
    paragraphs.push(p);
    if (titleP === null && p.zone === 'title') titleP = p;
    if (bylineP === null && p.zone === 'byline') bylineP = p;
    if (firstBody === null && p.zone === 'body') firstBody = p;
  }

  let dateline: Span | null = null;
  if (firstBody !== null) {
    const len = datelineLength(norm.slice(firstBody.start, firstBody.end));
    if (len > 0) dateline = makeSpan(text, firstBody.start, firstBody.start + len);
  } else if (n > 0) {
    warnings.push(makeWarning('no-body', 'No paragraph was recognised as article body.', null));
  }

  const sentences: Sentence[] = [];
  for (let pi = 0; pi < n; pi++) {
    const p = paragraphs[pi]!;
    if (p.duplicateOf !== null && p.zone === 'body') {
      warnings.push(makeWarning('duplicate-paragraph',
        `Paragraph ${p.index} repeats paragraph ${p.duplicateOf}; it is not analysed again.`, makeSpan(text, p.start, p.end)));
    }
    // The dateline stands outside the first sentence, unless it is all the paragraph holds.
    const datelineOnly = dateline !== null && p === firstBody && trimRange(norm, dateline.end, p.end)[0] >= p.end;
    const from = dateline !== null && p === firstBody && !datelineOnly ? dateline.end : p.start;
    const ranges = splitSentences(norm, from, p.end);
    for (let k = 0; k < ranges.length; k++) {
      const [s, e] = trimRange(norm, ranges[k]![0], ranges[k]![1]);
      if (s < e) sentences.push(makeSentence(text, s, e, sentences.length, p.index));
    }
  }

  return {
    title: titleP !== null ? makeSpan(text, titleP.start, titleP.end) : null,
    byline: bylineP !== null ? { span: makeSpan(text, bylineP.start, bylineP.end), names: bylineNames } : null,
    dateline,
    paragraphs,
    sentences,
    warnings,
  };
}

/** The one place a Paragraph is made: same fields, same order, every time. */
function makeParagraph(text: string, start: number, end: number, index: number, zone: Zone, duplicateOf: number | null): Paragraph {
  return { start, end, text: text.slice(start, end), index, zone, duplicateOf };
}

/** The one place a Sentence is made. */
function makeSentence(text: string, start: number, end: number, index: number, paragraph: number): Sentence {
  return { start, end, text: text.slice(start, end), index, paragraph };
}

/** The one place a Warning of this stage is made. */
function makeWarning(code: string, message: string, span: Span | null): Warning {
  return { code, message, span };
}
