/// <reference types="node" />
import { Buffer } from 'node:buffer';

/**
 * One input line, numbered from 1, and its length in bytes (without its "\n"); `text` is null when the line was
 * longer than the limit (its bytes were then dropped unread).
 */
export interface Line {
  lineNo: number;
  text: string | null;
  bytes: number;
}

/** Lines longer than this many bytes are reported, not read: V8 strings stop near 512 M characters. */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

const LF = 0x0a;

/**
 * Splits a byte stream into lines at "\n" (a trailing "\r" is dropped, a UTF-8 byte order mark at the very start
 * too). Bytes are decoded as UTF-8 only once a line is complete, so a multi-byte character split across chunks is
 * read whole; invalid UTF-8 becomes U+FFFD. Cost is linear in the input: each byte is scanned once and each line
 * joined once, however many chunks it spans.
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  private lineNo: number;
  private discarding = false;
  private atStart = true;

  constructor(private readonly maxLineBytes = MAX_LINE_BYTES, firstLineNo = 1) {
    this.lineNo = firstLineNo - 1;
  }

  /** The number of the last line returned. */
  get lastLineNo(): number {
    return this.lineNo;
  }

  /** Feeds a chunk; returns the lines it completed. */
  push(chunk: Buffer): Line[] {
    const lines: Line[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(LF, pos);
      this.append(chunk, pos, nl < 0 ? chunk.length : nl);
      if (nl < 0) break;
      lines.push(this.take());
      pos = nl + 1;
    }
    return lines;
  }

  /** Ends the input; returns the last line if it had no "\n". */
  end(): Line[] {
    return this.size > 0 ? [this.take()] : [];
  }

  private append(chunk: Buffer, start: number, end: number): void {
    const n = end - start;
    if (n === 0) return;
    this.size += n;
    if (this.discarding) return;
    if (this.size > this.maxLineBytes) {
      this.discarding = true;
      this.parts = [];
      return;
    }
    this.parts.push(chunk.subarray(start, end));
  }

  private take(): Line {
    this.lineNo++;
    const lineNo = this.lineNo;
    const size = this.size;
    const discarded = this.discarding;
    const parts = this.parts;
    this.parts = [];
    this.size = 0;
    this.discarding = false;
    if (discarded) {
      this.atStart = false;
      return { lineNo, text: null, bytes: size };
    }
    const bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
    let text = bytes.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (this.atStart && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.atStart = false;
    return { lineNo, text, bytes: size };
  }
}

/** Lines of a stream of byte chunks, as they arrive (never the whole input in memory). */
export async function* readLines(
  chunks: AsyncIterable<Buffer | string>,
  splitter: LineSplitter,
): AsyncGenerator<Line> {
  for await (const chunk of chunks) {
    yield* splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  }
  yield* splitter.end();
}

/** Whether a line holds nothing but spaces and tabs (such lines are skipped, not answered). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}
