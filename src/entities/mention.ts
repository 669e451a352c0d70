import type { Mention } from '../schema/entity.js';

/**
 * A mention of [start, end) of the input, built as one object literal (the text is the input's slice): a
 * spread of a Span gives objects V8 stores slowly, and every later stage reads these.
 */
export function makeMention(input: string, start: number, end: number, sentence: number, kind: Mention['kind']): Mention {
  return { start, end, text: input.slice(start, end), sentence, kind };
}
