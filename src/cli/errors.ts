/// <reference types="node" />

/** Exit codes of the command line. */
export const EXIT_OK = 0;
/** At least one article (or JSONL line) could not be analysed; the others were. */
export const EXIT_SOME_FAILED = 1;
/** The command was used wrongly (unknown option, missing file, a directory): nothing was analysed. */
export const EXIT_USAGE = 2;

/** A mistake in how the command was called; its message starts "whosaid:". */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string) {
    super(`whosaid: ${message}`);
  }
}

/** The message of anything thrown, for an error record or stderr. */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
