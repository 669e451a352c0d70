/// <reference types="node" />
import { fstatSync, statSync, type Stats } from 'node:fs';
import { Buffer } from 'node:buffer';
import { UsageError } from './errors.js';

export const STDIN = '-';

/**
 * Checks the input paths before anything is analysed: each must exist and be a file (or "-", once).
 * Returns the paths with "-" standing for stdin; no paths means stdin.
 */
export function checkInputs(files: readonly string[]): string[] {
  const inputs = files.length === 0 ? [STDIN] : [...files];
  if (inputs.filter((f) => f === STDIN).length > 1) throw new UsageError('stdin (-) can be read only once');
  for (const f of inputs) {
    if (f === STDIN) continue;
    let isDirectory: boolean;
    try {
      isDirectory = statSync(f).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`no such file: ${f}`);
      throw new UsageError(`cannot read ${f}: ${(err as Error).message}`);
    }
    if (isDirectory) throw new UsageError(`${f} is a directory; expecting a file (try: whosaid ${f}/*.txt)`);
  }
  return inputs;
}

/** The size in bytes of the inputs when all of them are regular files (stdin redirected from a file counts), or null. */
export function totalBytes(inputs: readonly string[], stdinFd = 0): number | null {
  let total = 0;
  for (const f of inputs) {
    try {
      const st: Stats = f === STDIN ? fstatSync(stdinFd) : statSync(f);
      if (!st.isFile()) return null;
      total += st.size;
    } catch {
      return null;
    }
  }
  return total;
}

/** All of a readable stream as one buffer (for a single article on stdin). */
export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts);
}
