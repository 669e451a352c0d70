/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { extract } from '../extract.js';
import type { ExtractOptions } from '../schema/options.js';
import { messageOf } from './errors.js';

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
  | 'worker_failed';

/** Runs one job. Never throws: every problem becomes an error record. */
export function runJob(job: Job, settings: JobSettings): Outcome {
  return job.kind === 'line' ? analyseLine(job.text, job.lineNo, settings) : analyseFile(job.path, settings);
}

/**
 * One JSONL line: {"id", "text", "publishedAt"?, ...} in; {"id", ...other fields, "analysis"} out, or
 * {"id", ...other fields, "error": {"code", "line", "message"}}. "text" is not copied to the output.
 */
export function analyseLine(line: string, lineNo: number, settings: JobSettings): Outcome {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return lineError(lineNo, null, 'invalid_json', `not JSON (${messageOf(err).slice(0, 200)})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return lineError(lineNo, null, 'not_an_object', `expecting a JSON object, instead found ${describe(value)}`);
  }
  const { text, ...rest } = value as Record<string, unknown>;
  if (!('text' in value)) return lineError(lineNo, rest, 'missing_text', 'expecting a "text" field');
  if (typeof text !== 'string') {
    return lineError(lineNo, rest, 'text_not_string', `expecting "text" to be a string, instead found ${describe(text)}`);
  }
  const publishedAt = 'publishedAt' in rest ? rest.publishedAt : settings.publishedAt;
  try {
    const analysis = extract(text, options(publishedAt, settings));
    return { out: JSON.stringify({ id: rest.id ?? null, ...rest, analysis }), failed: false };
  } catch (err) {
    return lineError(lineNo, rest, 'extract_failed', stripPrefix(messageOf(err)));
  }
}

/** The record for a line longer than the reader accepts (its bytes were dropped unread). */
export function tooLongLine(lineNo: number, bytes: number, limit: number): Outcome {
  return lineError(lineNo, null, 'line_too_long', `${bytes} bytes, more than the ${limit} a line may hold`);
}

/** The record for a job whose worker thread died (out of memory, for instance). */
export function workerFailed(job: Job, reason: string): Outcome {
  const message = `the worker thread stopped while analysing this article (${reason})`;
  if (job.kind === 'line') return lineError(job.lineNo, null, 'worker_failed', message);
  return fileError(job.path, 'worker_failed', message);
}

/** One file: the bare analysis, or {"file", "analysis"} / {"file", "error"} when several files are given. */
export function analyseFile(path: string, settings: JobSettings): Outcome {
  let text: string;
  try {
    text = readFileSync(path).toString('utf8');
  } catch (err) {
    return fileError(path, 'unreadable_file', `cannot read ${path}: ${messageOf(err)}`);
  }
  return analyseDocument(text, path, settings);
}

/** One article read from `path` ("-" for stdin), shaped as analyseFile() shapes it. */
export function analyseDocument(text: string, path: string, settings: JobSettings): Outcome {
  try {
    const analysis = extract(text, options(settings.publishedAt, settings));
    const value = settings.wrapFiles ? { file: path, analysis } : analysis;
    return { out: JSON.stringify(value, null, settings.pretty ? 2 : undefined), failed: false };
  } catch (err) {
    const where = path === '-' ? 'stdin' : path;
    return fileError(path, 'extract_failed', `${where}: ${stripPrefix(messageOf(err))}`);
  }
}

function options(publishedAt: unknown, settings: JobSettings): ExtractOptions {
  const o: Record<string, unknown> = {};
  if (publishedAt !== undefined && publishedAt !== null) o.publishedAt = publishedAt;
  if (settings.maxChars !== null) o.maxChars = settings.maxChars;
  return o as ExtractOptions;
}

function lineError(lineNo: number, fields: Record<string, unknown> | null, code: ErrorCode, message: string): Outcome {
  const error = { code, line: lineNo, message: `whosaid: line ${lineNo}: ${message}` };
  return { out: JSON.stringify({ id: fields?.id ?? null, ...fields, error }), failed: true };
}

function fileError(path: string, code: ErrorCode, message: string): Outcome {
  return { out: JSON.stringify({ file: path, error: { code, message: `whosaid: ${stripPrefix(message)}` } }), failed: true };
}

function stripPrefix(message: string): string {
  return message.startsWith('whosaid: ') ? message.slice('whosaid: '.length) : message;
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'string') return 'a string';
  return typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}
