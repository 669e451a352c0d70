/// <reference types="node" />
/** --html: the HTML view of one article. Loads extract() and toHtml() only when asked. */
import { writeFileSync } from 'node:fs';
import { extract } from '../extract.js';
import { toHtml } from '../view/index.js';
import { messageOf } from './errors.js';
import type { JobSettings } from './records.js';

/** Analyses `text` and writes its page to `out`; returns an error message, or null when all went well. */
export function writeHtml(text: string, out: string, settings: JobSettings): string | null {
  try {
    const options: Record<string, unknown> = {};
    if (settings.publishedAt !== null) options.publishedAt = settings.publishedAt;
    if (settings.maxChars !== null) options.maxChars = settings.maxChars;
    writeFileSync(out, toHtml(extract(text, options), text));
    return null;
  } catch (err) {
    return `whosaid: cannot write the HTML view to ${out}: ${messageOf(err)}`;
  }
}
