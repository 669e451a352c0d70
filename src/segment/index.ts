import type { Span } from '../schema/span.js';
import type { Byline, Paragraph, Sentence, Warning } from '../schema/structure.js';
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
  const ranges = findParagraphs(norm);
  const paraTexts = ranges.map(([s, e]) => norm.slice(s, e));
  const folded = paraTexts.map(foldSpace);
  const { zones, bylineNames } = assignZones(paraTexts, folded);
  const dups = findDuplicates(paraTexts, folded);
  const warnings: Warning[] = [];
  const paragraphs: Paragraph[] = ranges.map(([s, e], index) => ({
    start: s,
    end: e,
    text: text.slice(s, e),
    index,
    zone: zones[index]!,
    duplicateOf: dups[index]!,
  }));

  const titleP = paragraphs.find((p) => p.zone === 'title');
  const bylineP = paragraphs.find((p) => p.zone === 'byline');
  let dateline: Span | null = null;
  const firstBody = paragraphs.find((p) => p.zone === 'body');
  if (firstBody) {
    const len = datelineLength(norm.slice(firstBody.start, firstBody.end));
    if (len > 0) dateline = makeSpan(text, firstBody.start, firstBody.start + len);
  } else if (paragraphs.length > 0) {
    warnings.push({ code: 'no-body', message: 'No paragraph was recognised as article body.', span: null });
  }

  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    if (p.duplicateOf !== null && p.zone === 'body') {
      warnings.push({
        code: 'duplicate-paragraph',
        message: `Paragraph ${p.index} repeats paragraph ${p.duplicateOf}; it is not analysed again.`,
        span: makeSpan(text, p.start, p.end),
      });
    }
    // The dateline stands outside the first sentence, unless it is all the paragraph holds.
    const datelineOnly = dateline !== null && p === firstBody && trimRange(norm, dateline.end, p.end)[0] >= p.end;
    const from = dateline && p === firstBody && !datelineOnly ? dateline.end : p.start;
    for (const [rs, re] of splitSentences(norm, from, p.end)) {
      const [s, e] = trimRange(norm, rs, re);
      if (s < e) sentences.push({ start: s, end: e, text: text.slice(s, e), index: sentences.length, paragraph: p.index });
    }
  }

  return {
    title: titleP ? makeSpan(text, titleP.start, titleP.end) : null,
    byline: bylineP ? { span: makeSpan(text, bylineP.start, bylineP.end), names: bylineNames } : null,
    dateline,
    paragraphs,
    sentences,
    warnings,
  };
}
