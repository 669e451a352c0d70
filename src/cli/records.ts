/// <reference types="node" />
/** The jobs the CLI runs, their outcomes, and the error records it writes (no analysis here: see job.ts). */

/** Settings shared by every job of a run (sent once to each worker thread). */
export interface JobSettings {
  /** Publication date for articles that carry none. */
  publishedAt: string | null;
  maxChars: number | null;
  /** Indent the JSON (file mode only). */
  pretty: boolean;
  /** Wrap each file's result as {"file", "analysis"} (several files) or print the bare analysis (one file). */
  wrapFiles: boolean;
}

/** A JSONL line or a file to analyse; `seq` is its place in the output. */
export type Job =
  | { kind: 'line'; seq: number; lineNo: number; text: string }
  | { kind: 'file'; seq: number; path: string };

/** One output record (without its newline), and whether it reports a failure. */
export interface Outcome {
  out: string;
  failed: boolean;
}

/** Error codes of JSONL error records and file error records. */
export type ErrorCode =
  | 'invalid_json'
  | 'not_an_object'
  | 'missing_text'
  | 'text_not_string'
  | 'line_too_long'
  | 'unreadable_file'
  | 'extract_failed'
  | 'worker_failed'
  | 'timed_out';

/** The record for a line longer than the reader accepts (its bytes were dropped unread). */
export function tooLongLine(lineNo: number, bytes: number, limit: number): Outcome {
  return lineError(lineNo, null, 'line_too_long', `${bytes} bytes, more than the ${limit} a line may hold`);
}

/** The record for a job whose worker thread died (out of memory, for instance) or ran past --timeout. */
export function workerFailed(job: Job, reason: string, code: 'worker_failed' | 'timed_out' = 'worker_failed'): Outcome {
  const message =
    code === 'timed_out'
      ? `gave up on this article: ${reason} (--timeout)`
      : `the worker thread stopped while analysing this article (${reason})`;
  if (job.kind === 'line') return lineError(job.lineNo, fieldsOf(job.text), code, message);
  return fileError(job.path, code, message);
}

/** The fields of a JSONL line other than "text" (for an error record found outside the worker), or null. */
function fieldsOf(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    const { text: _text, ...fields } = value as Record<string, unknown>;
    return fields;
  } catch {
    return null;
  }
}

export function lineError(lineNo: number, fields: Record<string, unknown> | null, code: ErrorCode, message: string): Outcome {
  const error = { code, line: lineNo, message: `whosaid: line ${lineNo}: ${message}` };
  return { out: JSON.stringify({ id: fields?.id ?? null, ...fields, error }), failed: true };
}

export function fileError(path: string, code: ErrorCode, message: string): Outcome {
  return { out: JSON.stringify({ file: path, error: { code, message: `whosaid: ${stripPrefix(message)}` } }), failed: true };
}

export function stripPrefix(message: string): string {
  return message.startsWith('whosaid: ') ? message.slice('whosaid: '.length) : message;
}

export function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'string') return 'a string';
  return typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}
