import { DEFAULT_MAX_CHARS, ExtractOptions } from './schema/options.js';

/** Options after checking, with defaults filled in. */
export interface ResolvedOptions {
  /** Publication date as "YYYY-MM-DD", or null. */
  publishedAt: string | null;
  maxChars: number;
}

/** Checks the caller's arguments; a mistake throws at once with a message that starts "whosaid:". */
export function resolveOptions(text: unknown, options: unknown): ResolvedOptions {
  if (typeof text !== 'string') {
    throw new TypeError(`whosaid: expecting the article as a string, instead found ${describe(text)}`);
  }
  const parsed = ExtractOptions.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `options.${issue.path.join('.')}` : 'options';
    throw new TypeError(`whosaid: expecting ${where} to be valid: ${issue?.message ?? 'invalid options'}`);
  }
  const o = parsed.data;
  const maxChars = o.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) {
    throw new RangeError(
      `whosaid: expecting a text of at most ${maxChars} characters (options.maxChars), instead found ${text.length}`,
    );
  }
  let publishedAt: string | null = null;
  if (o.publishedAt instanceof Date) {
    if (Number.isNaN(o.publishedAt.getTime())) throw new TypeError('whosaid: expecting options.publishedAt to be a valid date');
    publishedAt = o.publishedAt.toISOString().slice(0, 10);
  } else if (typeof o.publishedAt === 'string') {
    publishedAt = o.publishedAt.slice(0, 10);
    // "2026-02-30" has the shape of a date and is none: the calendar must agree.
    const d = new Date(`${publishedAt}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== publishedAt) {
      throw new TypeError(`whosaid: expecting options.publishedAt to be a real calendar date, instead found "${o.publishedAt}"`);
    }
  }
  return { publishedAt, maxChars };
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'object' ? 'an object' : `${typeof x} ${String(x).slice(0, 40)}`;
}
