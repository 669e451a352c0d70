/// <reference types="node" />
/** Analysing one job: the only CLI module that loads extract() (the main thread loads it only when it analyses). */
import { readFileSync } from 'node:fs';
import { extract } from '../extract.js';
import type { ExtractOptions } from '../schema/options.js';
import { messageOf } from './errors.js';
import { describe, fileError, lineError, stripPrefix, type Job, type JobSettings, type Outcome } from './records.js';

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

